//! The presets' shapes: what an article gives as a scenario to fill the form with ([`Draft`]),
//! its figures marked published or derived, the claims recomputed, and the helpers the articles'
//! presets are written with.

use crate::plan::project::ratio_bp;
use crate::plan::scenario::{Denominator, FundingSource, Level, PackageKind, Target, VillageSet};
use crate::fmt::{group, scaled, Lang};
use crate::money::Rupiah;
use crate::rules::WorkerType;
use serde::Serialize;

/// Where a preset's numbers come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Source {
    /// News outlet.
    pub outlet: &'static str,
    /// Publication date, `YYYY-MM-DD`.
    pub date: &'static str,
    /// Headline.
    pub title: &'static str,
}

/// Whether a number is in the article or computed / assumed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Kind {
    /// Stated in the article.
    Published,
    /// Computed from published numbers, or an assumption (the label says which).
    Derived,
}

/// One number of a preset, formatted in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Figure {
    /// What it is, in Indonesian.
    pub label_id: String,
    /// What it is, in English.
    pub label_en: String,
    /// The value, Indonesian style.
    pub value_id: String,
    /// The value, English style.
    pub value_en: String,
    /// Published or derived.
    pub kind: Kind,
}

/// A figure the article states, recomputed from its own numbers or set against the official list.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Check {
    /// What is checked, in Indonesian.
    pub label_id: String,
    /// What is checked, in English.
    pub label_en: String,
    /// The article's figure, %, when it is a percentage.
    pub stated_pct: Option<f64>,
    /// Recomputed from the article's numbers, %, two decimals, when it is a percentage.
    pub computed_pct: Option<f64>,
    /// The check in a sentence, when it is not of percentages (which the page words itself), in
    /// Indonesian.
    pub note_id: Option<String>,
    /// The same in English.
    pub note_en: Option<String>,
    /// True when they agree to the precision the article uses.
    pub agrees: bool,
}

/// The region a draft describes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// Name, e.g. "Kota Ternate".
    pub name: &'static str,
    /// Administrative level.
    pub level: Level,
    /// The year the figures describe.
    pub base_year: i32,
    /// Where the figures come from.
    pub source: &'static str,
    /// Its Kemendagri code (Kepmendagri 300.2.2-2138/2025), so that the region picker knows it.
    pub code: &'static str,
    /// The province it lies in (empty for a province).
    pub parent: &'static str,
}

/// Participants now, as the article gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Current {
    /// All participants.
    Total(i64),
    /// Formal and informal participants.
    Split {
        /// Formal (wage-earner) participants.
        formal: i64,
        /// Informal participants.
        informal: i64,
    },
    /// Only a coverage percentage, basis points.
    CoverageBp(i64),
}

/// How big a target group is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    /// A number of workers.
    Workers(i64),
    /// Villages × workers in each.
    PerVillage {
        /// Number of villages.
        villages: i64,
        /// Workers covered in each.
        per_village: i64,
    },
}

/// A target group of a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftGroup {
    /// Name.
    pub name: String,
    /// Its size.
    pub size: Size,
    /// What the premium buys.
    pub package: PackageKind,
    /// Declared income or wage basis, when not the lowest.
    pub income: Option<Rupiah>,
    /// Months paid per year.
    pub months: u8,
    /// Who pays.
    pub source: FundingSource,
    /// Kind of work, when it matters (transport workers).
    pub worker_type: Option<WorkerType>,
    /// First year paid.
    pub start_year: i32,
    /// Which villages of the region a per-village size counts, when taken from the list.
    pub village_set: Option<VillageSet>,
}

/// A scenario as the form is filled with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// The region.
    pub region: Region,
    /// The workforce, when the article gives it.
    pub workforce: Option<i64>,
    /// What the workforce counts, when the preset says.
    pub denominator: Option<Denominator>,
    /// Participants now.
    pub current: Current,
    /// Target groups.
    pub groups: Vec<DraftGroup>,
    /// The coverage target, if any.
    pub target: Option<Target>,
    /// Years to project.
    pub years: i32,
}

/// A ready scenario from a seed article.
#[derive(Debug, Clone, PartialEq)]
pub struct Preset {
    /// Stable id.
    pub id: &'static str,
    /// Region name.
    pub name: &'static str,
    /// The article.
    pub source: Source,
    /// What the preset models and leaves out, in Indonesian.
    pub note_id: &'static str,
    /// The same in English.
    pub note_en: &'static str,
    /// Its numbers, published or derived.
    pub figures: Vec<Figure>,
    /// The article's claims, recomputed.
    pub checks: Vec<Check>,
    /// The scenario to load.
    pub scenario: Draft,
}

pub(super) fn count(label_id: &str, label_en: &str, v: i64, kind: Kind) -> Figure {
    Figure {
        label_id: label_id.into(),
        label_en: label_en.into(),
        value_id: group(v, Lang::Id),
        value_en: group(v, Lang::En),
        kind,
    }
}

pub(super) fn percent(label_id: &str, label_en: &str, bp: i64, kind: Kind) -> Figure {
    Figure {
        label_id: label_id.into(),
        label_en: label_en.into(),
        value_id: format!("{}%", scaled(bp, 2, Lang::Id)),
        value_en: format!("{}%", scaled(bp, 2, Lang::En)),
        kind,
    }
}

/// Compares a stated percentage (in basis points, with `decimals` decimals shown) to a computed
/// one: they agree when the computed value, cut to the stated precision, is the stated value,
/// or rounds to it (articles do both).
pub(super) fn check(label_id: &str, label_en: &str, stated_bp: i64, decimals: u32, computed_bp: i64) -> Check {
    let unit = 10_i64.pow(2 - decimals.min(2));
    let truncated = computed_bp / unit * unit;
    let rounded = (computed_bp + unit / 2) / unit * unit;
    Check {
        label_id: label_id.into(),
        label_en: label_en.into(),
        stated_pct: Some(stated_bp as f64 / 100.0),
        computed_pct: Some(computed_bp as f64 / 100.0),
        note_id: None,
        note_en: None,
        agrees: stated_bp == truncated || stated_bp == rounded,
    }
}

pub(super) fn growth_bp(from: i64, to: i64) -> i64 {
    ratio_bp(to - from, from).unwrap_or(0)
}

pub(super) fn bpu_group(name: &str, workers: i64, start: i32, worker_type: Option<WorkerType>) -> DraftGroup {
    DraftGroup {
        name: name.into(),
        size: Size::Workers(workers),
        package: PackageKind::BpuBasic,
        income: None,
        months: 12,
        source: FundingSource::ApbdRegency,
        worker_type,
        start_year: start,
        village_set: None,
    }
}

pub(super) fn region(
    name: &'static str,
    level: Level,
    base_year: i32,
    source: &'static str,
    code: &'static str,
    parent: &'static str,
) -> Region {
    Region { name, level, base_year, source, code, parent }
}

pub(super) fn target(bp: i64, year: i32) -> Option<Target> {
    Some(Target { bp, year })
}
