//! Presentation: what a person reads of a domain result — charts, their one-sentence summaries,
//! summary cards, the assumptions in words, CSV for budget documents, charts to keep with their
//! title and source line — in Indonesian or English.
//!
//! Everything here takes domain values ([`Scenario`], [`Projection`], [`Batch`]) and a
//! [`Lang`]; nothing here knows the JavaScript contract. Percentages are shown from whole basis
//! points; floats appear only as chart coordinates and displayed percentages.
//!
//! [`Scenario`]: crate::plan::scenario::Scenario
//! [`Projection`]: crate::plan::project::Projection
//! [`Batch`]: crate::plan::batch::Batch

use crate::fmt::{rupiah, rupiah_short, scaled, Lang};
use crate::money::Rupiah;
use crate::params::Status;
use crate::plan::scenario::{Denominator, FundingSource};
use serde::Serialize;

pub mod answers;
pub mod cards;
pub mod chart;
pub(crate) mod legend;
pub mod plans_chart;
pub(crate) mod plot;
pub mod download;
pub mod explain;
pub mod export;
pub mod summary;
pub mod svg;

/// An amount formatted for display in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Money {
    /// Whole rupiah.
    pub value: Rupiah,
    /// `Rp 1.290.240.000`.
    pub text: String,
    /// `Rp 1,29 miliar`.
    pub short: String,
}

impl Money {
    /// `value` formatted in `lang`.
    pub fn new(value: Rupiah, lang: Lang) -> Money {
        Money { value, text: rupiah(value.get(), lang), short: rupiah_short(value.get(), lang) }
    }
}

/// Basis points as a displayed percentage (two decimals).
pub fn pct(bp: Option<i64>) -> Option<f64> {
    bp.map(|b| b as f64 / 100.0)
}

/// A displayed percentage as text with two decimals: `72,75%`.
pub(crate) fn pct_text(v: f64, lang: Lang) -> String {
    // Display only: two decimals from a value that came from whole basis points.
    format!("{}%", scaled((v * 100.0).round() as i64, 2, lang))
}

/// [`pct_text`] without a `,00` tail: `100%`, `72,75%`.
pub(crate) fn pct_short(v: f64, lang: Lang) -> String {
    let s = pct_text(v, lang);
    let dec = if lang == Lang::Id { ",00%" } else { ".00%" };
    s.strip_suffix(dec).map_or(s.clone(), |w| format!("{w}%"))
}

/// The text for `lang` of a pair.
pub(crate) fn t<'a>(lang: Lang, id: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// A funding source's name.
pub fn source_label(s: FundingSource, lang: Lang) -> &'static str {
    use FundingSource::*;
    match (s, lang) {
        (Apbn, _) => "APBN",
        (ApbdProvince, Lang::Id) => "APBD provinsi",
        (ApbdProvince, Lang::En) => "Provincial APBD",
        (ApbdRegency, Lang::Id) => "APBD kabupaten/kota",
        (ApbdRegency, Lang::En) => "Regency/city APBD",
        (Apbdes, Lang::Id) => "APBDes / Dana Desa",
        (Apbdes, Lang::En) => "Village budget / Dana Desa",
        (Dbhcht, _) => "DBHCHT",
        (DbhSawit, _) => "DBH Sawit",
        (Otsus, Lang::Id) => "Dana Otsus",
        (Otsus, Lang::En) => "Special autonomy fund",
        (Csr, _) => "CSR",
        (Zakat, _) => "Zakat (BAZNAS)",
        (Other, Lang::Id) => "Lainnya",
        (Other, Lang::En) => "Other",
    }
}

/// What the coverage percentage divides by, in words.
pub fn denominator_label(d: Denominator, lang: Lang) -> &'static str {
    match (d, lang) {
        (Denominator::Working, Lang::Id) => "Penduduk bekerja",
        (Denominator::Working, Lang::En) => "Working population",
        (Denominator::LabourForce, Lang::Id) => "Angkatan kerja",
        (Denominator::LabourForce, Lang::En) => "Labour force",
        (Denominator::ExcludingCivilServants, Lang::Id) => "Pekerja di luar ASN/TNI/Polri",
        (Denominator::ExcludingCivilServants, Lang::En) => "Workers excluding civil servants, military, police",
        (Denominator::InformalOnly, Lang::Id) => "Pekerja bukan penerima upah (BPU) saja",
        (Denominator::InformalOnly, Lang::En) => "Informal (BPU) workers only",
    }
}

/// How sure a parameter's value is, in words: `berlaku` / `enacted`, `proyeksi` / `projected`,
/// `belum dikonfirmasi` / `unconfirmed`.
pub fn status_label(status: Status, lang: Lang) -> &'static str {
    match status {
        Status::Enacted => t(lang, "berlaku", "enacted"),
        Status::Projected => t(lang, "proyeksi", "projected"),
        Status::Unconfirmed => t(lang, "belum dikonfirmasi", "unconfirmed"),
    }
}
