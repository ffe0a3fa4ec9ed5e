//! `desa/PP.txt`: one province's districts and villages, read for one of its regencies.

use super::{code_depth, count_field, lines, Problems};
use crate::csv::LineError;
use serde::Serialize;

/// Largest province file read, in bytes (the largest real one is about 320 KB).
pub const MAX_VILLAGE_FILE_BYTES: usize = 8_000_000;

const FORMAT: &str = "jamsostek-desa/1";
const HEADER: &str = "kode;nama;jenis;kodepos";

/// What kind of village: Kemendagri's code says it, the fourth part starting with 1 for a
/// kelurahan, 2 for a desa and 3 for a desa adat (`51.04.01.2001` is a desa).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum VillageKind {
    /// Desa: a village government with its own budget (APBDes).
    Desa,
    /// Kelurahan: an urban ward, part of the regency's or city's administration (no APBDes).
    Kelurahan,
    /// Desa adat: a customary village.
    DesaAdat,
}

impl VillageKind {
    /// The kind a village code gives, if it is a village code.
    pub fn of_code(code: &str) -> Option<VillageKind> {
        if code_depth(code) != Some(4) {
            return None;
        }
        match code.rsplit('.').next()?.as_bytes().first()? {
            b'1' => Some(VillageKind::Kelurahan),
            b'2' => Some(VillageKind::Desa),
            b'3' => Some(VillageKind::DesaAdat),
            _ => None,
        }
    }

    fn word(self) -> &'static str {
        match self {
            VillageKind::Desa => "desa",
            VillageKind::Kelurahan => "kelurahan",
            VillageKind::DesaAdat => "desa_adat",
        }
    }
}

/// A district (kecamatan; distrik in Papua).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct District {
    /// Dotted code, `51.04.01`.
    pub code: String,
    /// Name.
    pub name: String,
}

/// A desa, kelurahan or desa adat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Village {
    /// Dotted code, `51.04.01.2001`.
    pub code: String,
    /// Name.
    pub name: String,
    /// Desa, kelurahan or desa adat.
    pub kind: VillageKind,
    /// Its district's code.
    pub district_code: String,
    /// Its district's name.
    pub district_name: String,
    /// Postal code, when the data has one.
    pub postal_code: Option<String>,
}

/// The districts and villages of one regency or city, in code order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RegencyVillages {
    /// Districts.
    pub districts: Vec<District>,
    /// Villages of every kind.
    pub villages: Vec<Village>,
}

impl RegencyVillages {
    /// The villages of one kind.
    pub fn of_kind(&self, kind: VillageKind) -> impl Iterator<Item = &Village> {
        self.villages.iter().filter(move |v| v.kind == kind)
    }
}

/// Reads a province's file and returns the districts and villages of `regency` (`51.04`). The
/// whole file is checked, so a damaged or cut-short file is refused even when the regency's
/// own lines are intact.
///
/// # Errors
/// The file's problems by line: not the format, the file of another province, a bad code,
/// kind or postal code, a village whose district is missing, fewer or more villages than the
/// file says it has.
pub fn villages_of(text: &str, regency: &str) -> Result<RegencyVillages, Vec<LineError>> {
    let l = lines(text);
    let mut p = Problems::default();
    let province = regency.get(..2).unwrap_or(regency);
    if !head(text, &l, province, &mut p) {
        return Err(p.0);
    }
    let prefix = format!("{regency}.");
    let mut out = RegencyVillages::default();
    let mut villages_in_file = 0_i64;
    // Villages of the regency with their line, to find their district once all are read.
    let mut pending: Vec<(usize, Village)> = Vec::new();
    for (n, row) in &l.rows {
        let f: Vec<&str> = row.split(';').collect();
        let [code, name, kind, postal] = f.as_slice() else {
            p.add(*n, None, "field_count", &format!("Perlu 4 kolom, ada {}.", f.len()), &format!("Needs 4 fields, has {}.", f.len()));
            continue;
        };
        let depth = code_depth(code);
        if !code.starts_with(province) || !matches!(depth, Some(3 | 4)) {
            let c: String = code.chars().take(20).collect();
            p.add(*n, Some("kode"), "bad_code", &format!("Kode \"{c}\" bukan kode kecamatan atau desa provinsi {province}."), &format!("Code \"{c}\" is not a district or village code of province {province}."));
            continue;
        }
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 100 {
            p.add(*n, Some("nama"), "bad_name", "Nama kosong atau terlalu panjang.", "Name empty or too long.");
            continue;
        }
        if depth == Some(3) {
            if *kind != "kecamatan" || !postal.is_empty() {
                p.add(*n, Some("jenis"), "bad_kind", "Kode kecamatan harus berjenis \"kecamatan\" tanpa kode pos.", "A district code must have kind \"kecamatan\" and no postal code.");
            } else if code.starts_with(&prefix) {
                out.districts.push(District { code: (*code).to_string(), name: name.to_string() });
            }
            continue;
        }
        villages_in_file += 1;
        let Some(k) = VillageKind::of_code(code).filter(|k| k.word() == *kind) else {
            p.add(*n, Some("jenis"), "bad_kind", "Jenis tidak sesuai kode (bagian keempat: 1 kelurahan, 2 desa, 3 desa adat).", "Kind does not agree with the code (fourth part: 1 kelurahan, 2 desa, 3 desa adat).");
            continue;
        };
        let postal_code = match *postal {
            "" => None,
            s if s.len() == 5 && s.bytes().all(|b| b.is_ascii_digit()) => Some(s.to_string()),
            _ => {
                p.add(*n, Some("kodepos"), "bad_postal_code", "Kode pos harus 5 angka.", "A postal code has 5 digits.");
                continue;
            }
        };
        if code.starts_with(&prefix) {
            let district_code = code.get(..8).unwrap_or(code).to_string();
            pending.push((
                *n,
                Village { code: (*code).to_string(), name: name.to_string(), kind: k, district_code, district_name: String::new(), postal_code },
            ));
        }
        if p.full() {
            return Err(p.0);
        }
    }
    match l.get("jumlah.desakelurahan") {
        Some((n, v)) if count_field(v, i64::MAX / 4) != Some(villages_in_file) => p.add(
            n,
            None,
            "row_count",
            &format!("Berkas menyebut {v} desa/kelurahan, ada {villages_in_file}: berkas terpotong atau rusak; muat ulang halaman."),
            &format!("The file says {v} villages, has {villages_in_file}: cut short or damaged; reload the page."),
        ),
        Some(_) => {}
        None => p.add(1, None, "missing_meta", "Baris \"#! jumlah.desakelurahan=…\" tidak ada.", "No \"#! jumlah.desakelurahan=…\" line."),
    }
    out.districts.sort_by(|a, b| a.code.cmp(&b.code));
    for (n, mut v) in pending {
        match out.districts.binary_search_by(|d| d.code.cmp(&v.district_code)) {
            Ok(i) => {
                v.district_name = out.districts.get(i).map(|d| d.name.clone()).unwrap_or_default();
                out.villages.push(v);
            }
            Err(_) => p.add(n, Some("kode"), "no_district", &format!("Kecamatan {} tidak ada di berkas.", v.district_code), &format!("District {} is not in the file.", v.district_code)),
        }
    }
    out.villages.sort_by(|a, b| a.code.cmp(&b.code));
    let repeated = out.villages.windows(2).filter_map(|w| match w {
        [a, b] if a.code == b.code => Some(b.code.clone()),
        _ => None,
    });
    let repeated = repeated.chain(out.districts.windows(2).filter_map(|w| match w {
        [a, b] if a.code == b.code => Some(b.code.clone()),
        _ => None,
    }));
    for code in repeated.collect::<Vec<_>>() {
        p.add(1, Some("kode"), "duplicate_code", &format!("Kode {code} muncul dua kali."), &format!("Code {code} appears twice."));
    }
    if !p.0.is_empty() {
        return Err(p.0);
    }
    Ok(out)
}

/// The checks of a province file as a whole, before its rows: size, format, which province,
/// header. False (with the problems) when the rows should not be read.
fn head(text: &str, l: &super::Lines<'_>, province: &str, p: &mut Problems) -> bool {
    if !p.file(text, l, MAX_VILLAGE_FILE_BYTES, FORMAT) {
        return false;
    }
    match l.get("provinsi") {
        Some((_, v)) if v == province => {}
        Some((n, v)) => {
            let v: String = v.chars().take(10).collect();
            p.add(n, None, "other_province", &format!("Ini berkas provinsi {v}, bukan {province}."), &format!("This is the file of province {v}, not {province}."));
            return false;
        }
        None => p.add(1, None, "missing_meta", "Baris \"#! provinsi=…\" tidak ada.", "No \"#! provinsi=…\" line."),
    }
    match l.header {
        Some((_, h)) if h == HEADER => {}
        Some((n, _)) => p.add(n, None, "bad_header", &format!("Baris judul harus \"{HEADER}\"."), &format!("The header line must be \"{HEADER}\".")),
        None => p.add(1, None, "empty", "Berkas tidak berisi desa.", "The file lists no villages."),
    }
    p.0.is_empty()
}

/// A province's districts and villages as (code, name), in code order: what a code book needs of
/// `desa/PP.txt`. The file is checked as a whole as [`villages_of`] checks it (format, province,
/// header, each line's fields and code, the number of villages, repeated codes), without
/// building the villages.
///
/// # Errors
/// The file's problems by line.
pub fn names_of<'a>(text: &'a str, province: &str) -> Result<Vec<(&'a str, &'a str)>, Vec<LineError>> {
    let l = lines(text);
    let mut p = Problems::default();
    if !head(text, &l, province, &mut p) {
        return Err(p.0);
    }
    let mut out = Vec::with_capacity(l.rows.len());
    let mut villages = 0_i64;
    for (n, row) in &l.rows {
        let mut f = row.split(';');
        let (Some(code), Some(name), Some(kind), Some(_), None) = (f.next(), f.next(), f.next(), f.next(), f.next()) else {
            p.add(*n, None, "field_count", "Perlu 4 kolom.", "Needs 4 fields.");
            continue;
        };
        let depth = code_depth(code);
        let name = name.trim();
        let kind_ok = match depth {
            Some(3) => kind == "kecamatan",
            Some(4) => VillageKind::of_code(code).is_some_and(|k| k.word() == kind),
            _ => false,
        };
        if !code.starts_with(province) || !kind_ok || name.is_empty() || name.chars().count() > 100 {
            let c: String = code.chars().take(20).collect();
            p.add(*n, Some("kode"), "bad_row", &format!("Baris kode \"{c}\" tidak sesuai format."), &format!("The line of code \"{c}\" is not in the format."));
            if p.full() {
                return Err(p.0);
            }
            continue;
        }
        if depth == Some(4) {
            villages += 1;
        }
        out.push((code, name));
    }
    match l.get("jumlah.desakelurahan") {
        Some((n, v)) if count_field(v, i64::MAX / 4) != Some(villages) => p.add(
            n,
            None,
            "row_count",
            &format!("Berkas menyebut {v} desa/kelurahan, ada {villages}: berkas terpotong atau rusak; muat ulang halaman."),
            &format!("The file says {v} villages, has {villages}: cut short or damaged; reload the page."),
        ),
        Some(_) => {}
        None => p.add(1, None, "missing_meta", "Baris \"#! jumlah.desakelurahan=…\" tidak ada.", "No \"#! jumlah.desakelurahan=…\" line."),
    }
    // The files are written in code order: sorted only when one is not.
    if !out.is_sorted_by(|a, b| a.0 <= b.0) {
        out.sort_unstable_by(|a, b| a.0.cmp(b.0));
    }
    if let Some(w) = out.windows(2).find(|w| matches!(w, [a, b] if a.0 == b.0)) {
        let code = w.first().map(|x| x.0.to_string()).unwrap_or_default();
        p.add(1, Some("kode"), "duplicate_code", &format!("Kode {code} muncul dua kali."), &format!("Code {code} appears twice."));
    }
    if !p.0.is_empty() {
        return Err(p.0);
    }
    Ok(out)
}
