//! Finding a region as a person types it: case, accents, punctuation and the words Kab. /
//! Kabupaten / Kota / Provinsi tolerated, the provinces' everyday abbreviations known.

use super::{Index, Level, Region};

/// How a region matched a query; earlier kinds rank first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchKind {
    /// The whole name (without Kabupaten / Kota), an abbreviation or the code.
    Exact,
    /// The name (or code) starts with the query.
    Prefix,
    /// Every word of the query starts a word of the name.
    Word,
}

impl MatchKind {
    /// Stable id for the contract.
    pub fn id(self) -> &'static str {
        match self {
            MatchKind::Exact => "exact",
            MatchKind::Prefix => "prefix",
            MatchKind::Word => "word",
        }
    }
}

/// A region found by [`Index::search`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match<'a> {
    /// The region.
    pub region: &'a Region,
    /// How it matched.
    pub kind: MatchKind,
}

/// Longest query read, in characters (longer ones are cut).
const MAX_QUERY_CHARS: usize = 100;

/// The provinces' everyday abbreviations, keyed by the province's name as normalised here (so
/// a renumbering cannot attach one to another province). Each is the short form government
/// and the press write, the upstream data's own change log among them ("prov. Kalbar", "Kep
/// Babel, Kepri", "Sulut, Sulteng, Sulsel, Sultra", "Kalbar, Kalteng, Kalsel, Kaltim, Kaltara",
/// "Malut", "NTB, NTT", "DIY", "DKI"); `dki jakarta`, `di yogyakarta`, `jakarta` and
/// `yogyakarta` are how the two special regions are usually named.
const ABBREVIATIONS: &[(&str, &[&str])] = &[
    ("sumatera utara", &["sumut"]),
    ("sumatera barat", &["sumbar"]),
    ("sumatera selatan", &["sumsel"]),
    ("kepulauan bangka belitung", &["babel"]),
    ("kepulauan riau", &["kepri"]),
    ("daerah khusus ibukota jakarta", &["dki", "dki jakarta", "jakarta"]),
    ("jawa barat", &["jabar"]),
    ("jawa tengah", &["jateng"]),
    ("daerah istimewa yogyakarta", &["diy", "di yogyakarta", "yogyakarta"]),
    ("jawa timur", &["jatim"]),
    ("nusa tenggara barat", &["ntb"]),
    ("nusa tenggara timur", &["ntt"]),
    ("kalimantan barat", &["kalbar"]),
    ("kalimantan tengah", &["kalteng"]),
    ("kalimantan selatan", &["kalsel"]),
    ("kalimantan timur", &["kaltim"]),
    ("kalimantan utara", &["kaltara"]),
    ("sulawesi utara", &["sulut"]),
    ("sulawesi tengah", &["sulteng"]),
    ("sulawesi selatan", &["sulsel"]),
    ("sulawesi tenggara", &["sultra"]),
    ("sulawesi barat", &["sulbar"]),
    ("maluku utara", &["malut"]),
];

/// The leading words of a query that name a level rather than a region: `kab.`, `kabupaten`,
/// `kab. adm.`, `kota`, `kota administrasi`, `prov.`, `provinsi`, `propinsi`.
const LEVEL_WORDS: &[(&[&str], Level)] = &[
    (&["kabupaten", "administrasi"], Level::Regency),
    (&["kabupaten", "adm"], Level::Regency),
    (&["kab", "administrasi"], Level::Regency),
    (&["kab", "adm"], Level::Regency),
    (&["kabupaten"], Level::Regency),
    (&["kab"], Level::Regency),
    (&["kota", "administrasi"], Level::City),
    (&["kota", "adm"], Level::City),
    (&["kota"], Level::City),
    (&["provinsi"], Level::Province),
    (&["propinsi"], Level::Province),
    (&["prov"], Level::Province),
];

/// Lower case, accents and apostrophes dropped, every other mark a space, spaces single:
/// `"Kab. Pasi Kuala Ba'u"` → `"kab pasi kuala bau"`, `"Bú Nuapu’u"` → `"bu nuapuu"`.
///
/// Folds ASCII and the Latin-1 and Latin Extended-A letters by its own table rather than
/// through `char::to_lowercase` and `char::is_alphanumeric`, whose Unicode tables would add
/// kilobytes to the wasm module; other letters (none in the region names) are kept as they are.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars().take(MAX_QUERY_CHARS * 4) {
        let text = match fold(c) {
            Fold::Drop => continue,
            Fold::Space => {
                space = !out.is_empty();
                continue;
            }
            Fold::Text(t) => t,
            Fold::Char(ch) => {
                if space {
                    out.push(' ');
                    space = false;
                }
                out.push(ch);
                continue;
            }
        };
        if space {
            out.push(' ');
            space = false;
        }
        out.push_str(text);
    }
    out
}

enum Fold {
    Drop,
    Space,
    Text(&'static str),
    Char(char),
}

/// One character folded to lower-case plain Latin (combining accents dropped, so decomposed
/// text folds too).
fn fold(c: char) -> Fold {
    if c.is_ascii_alphanumeric() {
        return Fold::Char(c.to_ascii_lowercase());
    }
    let t = match c {
        '\'' | '\u{2019}' | '\u{2018}' | '`' | '\u{b4}' | '\u{2bc}' | '\u{300}'..='\u{36f}' => return Fold::Drop,
        'À'..='Å' | 'à'..='å' | 'Ā'..='ą' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć'..='č' => "c",
        'Ð' | 'ð' | 'Ď'..='đ' => "d",
        'È'..='Ë' | 'è'..='ë' | 'Ē'..='ě' => "e",
        'Ĝ'..='ģ' => "g",
        'Ĥ'..='ħ' => "h",
        'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ'..='ı' => "i",
        'Ĳ' | 'ĳ' => "ij",
        'Ĵ' | 'ĵ' => "j",
        'Ķ'..='ĸ' => "k",
        'Ĺ'..='ł' => "l",
        'Ñ' | 'ñ' | 'Ń'..='ŋ' => "n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō'..='ő' => "o",
        'Œ' | 'œ' => "oe",
        'Ŕ'..='ř' => "r",
        'Ś'..='š' => "s",
        'ß' => "ss",
        'Ţ'..='ŧ' => "t",
        'Þ' | 'þ' => "th",
        'Ù'..='Ü' | 'ù'..='ü' | 'Ũ'..='ų' => "u",
        'Ŵ' | 'ŵ' => "w",
        'Ý' | 'ý' | 'ÿ' | 'Ŷ'..='Ÿ' => "y",
        'Ź'..='ž' => "z",
        // Other letters are kept; ASCII marks, Latin-1 signs, general punctuation and spaces split words.
        c if c.is_ascii() || ('\u{80}'..='\u{bf}').contains(&c) || c == '×' || c == '÷' => return Fold::Space,
        c if ('\u{2000}'..='\u{206f}').contains(&c) || c == '\u{3000}' || c == '\u{feff}' => return Fold::Space,
        c => return Fold::Char(c),
    };
    Fold::Text(t)
}

/// A region's names as the search compares them, made once when the index is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Keys {
    /// The name without Kabupaten / Kota (Administrasi), the full name, abbreviations.
    names: Vec<String>,
    /// The same without spaces (`pangkal pinang` finds `Pangkalpinang`).
    compact: Vec<String>,
    /// Every word of every name.
    words: Vec<String>,
}

impl Keys {
    pub(crate) fn of(r: &Region) -> Keys {
        let full = normalize(&r.name);
        let mut names = Vec::new();
        for prefix in ["kabupaten administrasi ", "kota administrasi ", "kabupaten ", "kota "] {
            if let Some(bare) = full.strip_prefix(prefix) {
                names.push(bare.to_string());
                break;
            }
        }
        names.push(full.clone());
        if r.level == Level::Province {
            for (province, short) in ABBREVIATIONS {
                if *province == full {
                    names.extend(short.iter().map(|s| s.to_string()));
                }
            }
        }
        let compact = names.iter().map(|n| n.replace(' ', "")).collect();
        let mut words: Vec<String> = names.iter().flat_map(|n| n.split(' ')).map(str::to_string).collect();
        words.sort();
        words.dedup();
        Keys { names, compact, words }
    }

    fn matches(&self, q: &Query) -> Option<MatchKind> {
        if self.names.contains(&q.text) || self.compact.contains(&q.compact) {
            Some(MatchKind::Exact)
        } else if self.names.iter().any(|n| n.starts_with(&q.text)) || self.compact.iter().any(|n| n.starts_with(&q.compact)) {
            Some(MatchKind::Prefix)
        } else if q.words.iter().all(|w| self.words.iter().any(|x| x.starts_with(w.as_str()))) {
            Some(MatchKind::Word)
        } else {
            None
        }
    }
}

/// One reading of the query: its text and, when it began with a level word, that level.
struct Query {
    text: String,
    compact: String,
    words: Vec<String>,
    level: Option<Level>,
}

impl Query {
    fn new(words: &[&str], level: Option<Level>) -> Query {
        Query {
            text: words.join(" "),
            compact: words.concat(),
            words: words.iter().map(|w| w.to_string()).collect(),
            level,
        }
    }
}

/// A query of digits (and dots or spaces) read as a code: `5104`, `51.04`, `51 04`.
fn as_code(raw: &str) -> Option<String> {
    let t = raw.trim();
    if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ' ') {
        return None;
    }
    let digits: String = t.chars().filter(char::is_ascii_digit).collect();
    let mut out = String::new();
    for (i, c) in digits.chars().take(10).enumerate() {
        if matches!(i, 2 | 4 | 6) {
            out.push('.');
        }
        out.push(c);
    }
    (!out.is_empty()).then_some(out)
}

/// The region's level agrees with the level the query named (a regency and a city both
/// agree with "kab" only when they are a regency, with "kota" only when a city).
fn disagrees(q: &Query, r: &Region) -> bool {
    q.level.is_some_and(|l| l != r.level)
}

impl Index {
    /// Regions matching what a person typed, best first: exact names (or abbreviations, or the
    /// code) before names starting with the query before names containing its words; then
    /// regions of the level the query named (`kota bogor`: Kota Bogor before Kabupaten Bogor);
    /// then the larger population; then the code. At most `limit`; none for an empty query.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Match<'_>> {
        let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
        let mut found: Vec<(MatchKind, bool, &Region)> = Vec::new();
        if let Some(code) = as_code(&query) {
            for r in self.regions() {
                if r.code == code {
                    found.push((MatchKind::Exact, false, r));
                } else if r.code.starts_with(&code) {
                    found.push((MatchKind::Prefix, false, r));
                }
            }
        } else {
            let norm = normalize(&query);
            let words: Vec<&str> = norm.split(' ').filter(|w| !w.is_empty()).collect();
            if words.is_empty() {
                return Vec::new();
            }
            let mut readings = vec![Query::new(&words, None)];
            if let Some((lead, level)) = LEVEL_WORDS.iter().find(|(lead, _)| words.starts_with(lead)) {
                if let Some(rest) = words.get(lead.len()..).filter(|r| !r.is_empty()) {
                    readings.push(Query::new(rest, Some(*level)));
                }
            }
            for (r, keys) in self.regions().iter().zip(self.keys()) {
                let best = readings.iter().filter_map(|q| keys.matches(q).map(|k| (k, disagrees(q, r)))).min();
                if let Some((kind, off)) = best {
                    found.push((kind, off, r));
                }
            }
        }
        found.sort_by(|a, b| {
            (a.0, a.1, std::cmp::Reverse(a.2.population), &a.2.code).cmp(&(b.0, b.1, std::cmp::Reverse(b.2.population), &b.2.code))
        });
        found.into_iter().take(limit).map(|(kind, _, region)| Match { region, kind }).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_accents_and_marks() {
        assert_eq!(normalize("  Kab.  GIANYAR "), "kab gianyar");
        assert_eq!(normalize("Pasi Kuala Ba'u"), "pasi kuala bau");
        assert_eq!(normalize("Bu Nuapu\u{2019}u"), "bu nuapuu");
        assert_eq!(normalize("Lawe Sigala-Gala"), "lawe sigala gala");
        assert_eq!(normalize("Dénpasar"), "denpasar");
        assert_eq!(normalize("De\u{301}npasar"), "denpasar");
        assert_eq!(normalize("ÆØß"), "aeoss");
        assert_eq!(normalize("ŁÓDŹ ŠÉŸ"), "lodz sey");
        assert_eq!(normalize("a\u{a0}b\u{2013}c"), "a b c");
        assert_eq!(normalize("...''"), "");
    }

    #[test]
    fn codes_are_read_as_codes() {
        assert_eq!(as_code("5104").as_deref(), Some("51.04"));
        assert_eq!(as_code("51.04").as_deref(), Some("51.04"));
        assert_eq!(as_code("5104012001").as_deref(), Some("51.04.01.2001"));
        assert_eq!(as_code("ntb"), None);
        assert_eq!(as_code(" . "), None);
    }
}
