//! Regions through the API: the region picker's search, a region with its population, counts
//! and labelled workforce estimate, a regency's villages by kind, and the national targets.
//!
//! The page fetches `www/data/wilayah.txt` when the picker is first used and makes one
//! [`Regions`] of its text; for a regency's villages it fetches that province's
//! `www/data/desa/PP.txt` and passes its text with the code. (The service worker keeps both for
//! offline use after the first time.) A damaged file is not an exception: its problems come back
//! in `lineErrors`, beside a field error saying to reload.

use super::input::whole;
use super::{unknown_fields, FieldError};
use crate::csv::LineError;
use crate::fmt::{group, Lang};
use crate::regions::national::{self, WorkforceEstimate};
use crate::regions::{villages_of, Counts, Index, Level, Region, VillageKind};

mod targets;
mod types;

pub use targets::*;
pub use types::*;

/// Most matches one search returns.
pub const MAX_LIMIT: i64 = 100;
/// Matches returned when the request gives no `limit`.
pub const DEFAULT_LIMIT: i64 = 10;

/// The region index, read once from `wilayah.txt`'s text; every request is answered from it.
#[derive(Debug, Clone)]
pub struct Regions {
    index: Result<Index, Vec<LineError>>,
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

impl Regions {
    /// A province's or regency's villages as a many-areas template: code, name, province,
    /// regency and district filled from the list, the number columns empty.
    pub fn template(&self, req: &TemplateRequest) -> TemplateResponse {
        let v = self.villages(&VillagesRequest { code: req.code.clone(), text: req.text.clone(), unknown: req.unknown.clone() });
        let (Ok(index), Some(code), true) = (&self.index, v.code.as_deref(), v.ok) else {
            return TemplateResponse { errors: v.errors, line_errors: v.line_errors, ..Default::default() };
        };
        let name_of = |c: &str| index.get(c).map(|r| r.name.clone()).unwrap_or_default();
        let province = name_of(code.get(..2).unwrap_or(code));
        let mut all: Vec<&VillageOut> = v.desa.iter().chain(&v.kelurahan).chain(&v.desa_adat).collect();
        all.sort_by(|a, b| a.code.cmp(&b.code));
        let regencies: Vec<String> = all.iter().map(|x| name_of(x.code.get(..5).unwrap_or(""))).collect();
        let rows: Vec<_> = all
            .iter()
            .zip(&regencies)
            .map(|(x, regency)| [x.code.as_str(), x.name.as_str(), x.district_name.as_str(), regency.as_str(), province.as_str()])
            .collect();
        let name = v.name.clone().unwrap_or_default();
        let slug: String = name
            .to_lowercase()
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        TemplateResponse {
            ok: true,
            filename: format!("templat-wilayah-{code}-{slug}.csv"),
            csv: crate::report::export::area_template(&rows),
            rows: rows.len(),
            name: Some(name),
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

