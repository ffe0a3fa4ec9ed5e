//! The Kemendagri list as a code book: a code's official name, for checking the codes of a file
//! of areas (the many-areas view) against it.
//!
//! Made from the index (`wilayah.txt`: provinces, regencies and cities) and, one by one, the
//! province files (`desa/PP.txt`: districts and villages) a file's codes need.

use super::{code_depth, normalize, villages::names_of, Index, Problems};
use crate::csv::LineError;
use std::cell::OnceCell;

/// What the list says about a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup<'a> {
    /// In the list, with its official name.
    Found(&'a str),
    /// Not in the list (or not a dotted Kemendagri code at all).
    Unknown,
    /// A district or village code of a province whose file is not loaded: not checked.
    Unchecked,
}

/// Official names by code.
#[derive(Debug, Clone)]
pub struct CodeBook {
    index: Index,
    /// Each loaded province's districts and villages, at the index its two-digit code is
    /// (`51` → 51). Set once each, through a shared book: a batch holds the book and checks the
    /// rows of the provinces already in while the others' files are still on their way.
    provinces: Vec<OnceCell<Places>>,
}

/// A province file's districts and villages: its text, kept whole, and where each line's code
/// and name lie in it, in code order. Two `String`s for each of the list's 91,000 lines made
/// reading all 38 files take 110–190 ms in the batch worker; this one allocation a file.
#[derive(Debug, Clone)]
struct Places {
    text: String,
    /// Byte ranges: code start and end, name start and end.
    rows: Vec<[u32; 4]>,
}

impl Places {
    fn new(text: &str, rows: &[(&str, &str)]) -> Option<Places> {
        let base = text.as_ptr() as usize;
        let at = |s: &str| -> Option<[u32; 2]> {
            let start = (s.as_ptr() as usize).checked_sub(base)?;
            Some([u32::try_from(start).ok()?, u32::try_from(start + s.len()).ok()?])
        };
        let rows = rows
            .iter()
            .map(|(c, n)| {
                let ([c0, c1], [n0, n1]) = (at(c)?, at(n)?);
                Some([c0, c1, n0, n1])
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Places { text: text.to_owned(), rows })
    }

    fn part(&self, from: u32, to: u32) -> &str {
        self.text.get(from as usize..to as usize).unwrap_or("")
    }

    fn name(&self, code: &str) -> Option<&str> {
        // Bytes compare as the texts do, without checking char boundaries at each step.
        let bytes = self.text.as_bytes();
        let i = self.rows.binary_search_by(|[c0, c1, _, _]| bytes.get(*c0 as usize..*c1 as usize).unwrap_or_default().cmp(code.as_bytes())).ok()?;
        self.rows.get(i).map(|[_, _, n0, n1]| self.part(*n0, *n1))
    }
}

/// The slot of a two-digit province code.
fn slot(province: &str) -> Option<usize> {
    match province.as_bytes() {
        [a, b] if a.is_ascii_digit() && b.is_ascii_digit() => Some(usize::from((a - b'0') * 10 + (b - b'0'))),
        _ => None,
    }
}

impl CodeBook {
    /// A code book of the provinces, regencies and cities of `index` (no district or village
    /// yet: see [`CodeBook::add_province`]).
    pub fn new(index: Index) -> CodeBook {
        CodeBook { index, provinces: vec![OnceCell::new(); 100] }
    }

    /// The index it was made from.
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// Adds a province's districts and villages from the text of its `desa/PP.txt`.
    ///
    /// # Errors
    /// The file's problems by line (another province's file, a damaged one, …); nothing is added.
    pub fn add_province(&self, province: &str, text: &str) -> Result<(), Vec<LineError>> {
        if self.has_province(province) {
            return Ok(());
        }
        let rows = names_of(text, province)?;
        let Some(places) = Places::new(text, &rows) else {
            // Only a text of 4 GB or more, which no province file is (their size is checked).
            let mut p = Problems::default();
            p.add(1, None, "file_too_large", "Berkas data terlalu besar.", "The data file is too large.");
            return Err(p.0);
        };
        if let Some(s) = slot(province).and_then(|i| self.provinces.get(i)) {
            // Checked empty above; a second file of the province would be the same list.
            let _ = s.set(places);
        }
        Ok(())
    }

    fn places(&self, province: &str) -> Option<&Places> {
        self.provinces.get(slot(province)?)?.get()
    }

    /// Whether a province's districts and villages are loaded.
    pub fn has_province(&self, province: &str) -> bool {
        self.places(province).is_some()
    }

    /// The official name of a dotted code (`51.04.01.2001`, `51.04.01`, `51.04`, `51`).
    pub fn name(&self, code: &str) -> Lookup<'_> {
        match code_depth(code) {
            Some(1 | 2) => self.index.get(code).map_or(Lookup::Unknown, |r| Lookup::Found(&r.name)),
            Some(_) => {
                let province = code.get(..2).unwrap_or(code);
                let Some(places) = self.places(province) else {
                    return if self.index.get(province).is_none() { Lookup::Unknown } else { Lookup::Unchecked };
                };
                places.name(code).map_or(Lookup::Unknown, Lookup::Found)
            }
            None => Lookup::Unknown,
        }
    }

    /// The official name of the code's first `parts` parts, when it has more than that and the
    /// list has them (`51.04.01.2001`, 2 → `Kabupaten Gianyar`).
    pub fn name_of_part(&self, code: &str, parts: usize) -> Option<&str> {
        let end = code.match_indices('.').nth(parts.checked_sub(1)?)?.0;
        match self.name(code.get(..end)?) {
            Lookup::Found(n) => Some(n),
            _ => None,
        }
    }
}

/// Whether a name in a file is the official one, written another way: case, accents, spacing and
/// marks aside, and a level's word in front (`Kab.`, `Kabupaten`, `Kota`, `Desa`, `Kelurahan`,
/// `Kecamatan`, `Provinsi`) on either side.
pub fn same_name(given: &str, official: &str) -> bool {
    if given == official {
        return true;
    }
    fn bare(s: &str) -> String {
        let n = normalize(s);
        const WORDS: [&str; 12] =
            ["kabupaten ", "kab ", "kota ", "desa adat ", "desa ", "kelurahan ", "kel ", "kecamatan ", "kec ", "distrik ", "provinsi ", "prov "];
        let mut t = n.as_str();
        for w in WORDS {
            if let Some(rest) = t.strip_prefix(w) {
                t = rest;
                break;
            }
        }
        t.replace(' ', "")
    }
    bare(given) == bare(official)
}
