//! The national batch through the API: a CSV of areas and a template scenario in, per-area
//! columns and yearly totals (with the coverage and budget charts of the total) out.
//!
//! The page runs it in a Web Worker: [`start`], then [`crate::plan::batch::Job::step`] until
//! done (reporting progress), then [`finish`]. Charts are drawn here too: their text is measured
//! in Rust, so they need no page.

use super::plan::{validate, ChartOut, CurrentRequest, ScenarioRequest};
use super::{unknown_fields, FieldError, Money, NumInput, Unknown};
use crate::csv::LineError;
use crate::fmt::Lang;
use crate::params::Applied;

pub use crate::plan::batch::{binary_head, snapshot, Areas, Batch, Job, SubtotalLevel, Subtotals};
use crate::report::chart::{svg, Which};
use crate::report::export::batch_csv;
use crate::report::pct;
use crate::report::summary::{batch_summary, budget_summary, coverage_summary};
use crate::rules::Warning;
use serde::{Deserialize, Serialize};

/// Settings of a batch: every area is projected with this scenario's settings, target and first
/// group's package (its workforce and group sizes are each area's).
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct BatchRequest {
    /// The template scenario.
    #[serde(default)]
    pub scenario: ScenarioRequest,
    /// Language of summaries, charts and the export.
    pub lang: Option<Lang>,
    /// Chart width in CSS pixels.
    pub width: Option<u32>,
    /// What to do with rows that have problems: refuse the file (the default) or skip them.
    pub bad_rows: Option<BadRows>,
    /// Unknown fields, reported as errors.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(skip))]
    pub unknown: Unknown,
}

/// What a batch does with rows that have problems.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum BadRows {
    /// All or nothing: any bad row refuses the file, its problems listed.
    #[default]
    Refuse,
    /// Leave bad rows out and list them; compute the rest.
    Skip,
}

/// A batch that could not run: the settings' field errors or the file's line errors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BatchFailure {
    /// Always false.
    pub ok: bool,
    /// Problems with the settings, by field (`scenario.settings.years`, …).
    pub errors: Vec<FieldError>,
    /// Problems in the file, by line (the first 50).
    pub line_errors: Vec<LineError>,
    /// How many problems the file has in all.
    pub error_count: usize,
}

impl BatchFailure {
    fn fields(errors: Vec<FieldError>) -> Self {
        BatchFailure { ok: false, errors, line_errors: Vec::new(), error_count: 0 }
    }
    fn lines(line_errors: Vec<LineError>, error_count: usize) -> Self {
        BatchFailure { ok: false, errors: Vec::new(), line_errors, error_count }
    }
}

/// Checks the settings and reads the file's header.
///
/// # Errors
/// The settings' field errors (with the field paths the request uses) or the header's problems.
pub fn start(text: String, req: &BatchRequest) -> Result<Job, BatchFailure> {
    let mut e = Vec::new();
    unknown_fields(&req.unknown, &mut e);
    // Each area brings its own workforce and participants: the template's are placeholders.
    let mut scenario = req.scenario.clone();
    scenario.workforce.total = Some(NumInput::Number(1.0));
    scenario.current = CurrentRequest { total: Some(NumInput::Number(0.0)), ..CurrentRequest::default() };
    let template = validate(&scenario).map_err(|mut v| {
        for x in &mut v {
            x.field = format!("scenario.{}", x.field);
        }
        e.extend(v);
        BatchFailure::fields(e.clone())
    })?;
    if !e.is_empty() {
        return Err(BatchFailure::fields(e));
    }
    if template.groups.is_empty() {
        return Err(BatchFailure::fields(vec![FieldError::new(
            "scenario.groups",
            "required",
            "Pilih paket iuran untuk kelompok sasaran.",
            "Choose the target groups' package.",
        )]));
    }
    let mut job = Job::new(text, template).map_err(|errs| {
        let n = errs.len();
        BatchFailure::lines(errs, n)
    })?;
    if req.bad_rows == Some(BadRows::Skip) {
        job.skip_bad_rows();
    }
    Ok(job)
}

/// One year of the total.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TotalYear {
    /// Calendar year.
    pub year: i32,
    /// Workers.
    pub workers: i64,
    /// Participants.
    pub covered: i64,
    /// UCJ %.
    pub coverage_pct: Option<f64>,
    /// Workers the program pays for.
    pub subsidised: i64,
    /// The program's budget.
    pub budget: Money,
    /// Budget so far.
    pub cumulative: Money,
    /// Workers still needed (each area to its target).
    pub gap: Option<i64>,
    /// Areas at or above the target.
    pub areas_at_target: Option<usize>,
}

/// The batch's totals, summary and charts (the per-area columns travel separately).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BatchSummary {
    /// True.
    pub ok: bool,
    /// Areas read.
    pub count: usize,
    /// Workers in the base year.
    pub base_workers: i64,
    /// Participants in the base year.
    pub base_covered: i64,
    /// UCJ in the base year, %.
    pub base_coverage_pct: Option<f64>,
    /// Base year.
    pub base_year: i32,
    /// The year the per-area "final" columns are for.
    pub report_year: i32,
    /// Target %, when set.
    pub target_pct: Option<f64>,
    /// Totals per year.
    pub years: Vec<TotalYear>,
    /// One sentence for the whole batch.
    pub summary: String,
    /// Coverage chart of the total.
    pub coverage: ChartOut,
    /// Budget chart of the total.
    pub budget: ChartOut,
    /// Parameters applied.
    pub applied: Vec<Applied>,
    /// Warnings.
    pub warnings: Vec<Warning>,
    /// Rows left out (bad rows skipped): their problems, the first 50.
    pub skipped: Vec<LineError>,
    /// How many rows were left out.
    pub skipped_rows: usize,
}

/// The batch's totals, summary sentence and charts.
///
/// # Errors
/// The file's problems (the first 50 in full) and their count.
pub fn finish(job: Job, req: &BatchRequest) -> Result<(BatchSummary, Batch), BatchFailure> {
    let lang = req.lang.unwrap_or_default();
    let b = job.finish().map_err(|(e, n)| BatchFailure::lines(e, n))?;
    let t = &b.totals;
    let count = b.areas.len();
    let (s, p) = t.as_region();
    let width = req.width.unwrap_or(640);
    let money = |v: crate::money::Rupiah| Money::new(v, lang);
    let out = BatchSummary {
        ok: true,
        count,
        base_workers: t.base_workers,
        base_covered: t.base_covered,
        base_coverage_pct: pct(t.base_coverage_bp()),
        base_year: t.base_year,
        report_year: t.report_year,
        target_pct: t.target_bp.map(|t| t as f64 / 100.0),
        years: t
            .years
            .iter()
            .map(|y| TotalYear {
                year: y.year,
                workers: y.workers,
                covered: y.covered,
                coverage_pct: pct(y.coverage_bp),
                subsidised: y.subsidised,
                budget: money(y.budget),
                cumulative: money(y.cumulative),
                gap: y.gap,
                areas_at_target: y.areas_at_target,
            })
            .collect(),
        summary: batch_summary(t, count, lang),
        coverage: ChartOut { svg: svg(Which::Coverage, &s, &p, width, lang), summary: coverage_summary(&s, &p, lang) },
        budget: ChartOut { svg: svg(Which::Budget, &s, &p, width, lang), summary: budget_summary(&p, lang) },
        applied: t.applied.clone(),
        warnings: t.warnings.clone(),
        skipped: b.skipped.clone(),
        skipped_rows: b.skipped_rows,
    };
    Ok((out, b))
}

/// The rows of a table: the areas (`None`) or one level's subtotals.
pub fn rows(b: &Batch, level: Option<SubtotalLevel>) -> &Areas {
    match level {
        None => &b.areas,
        Some(l) => b.subtotals.level(l),
    }
}

/// The per-area table for spreadsheets (a row per area in file order, or per district, regency
/// or province), then the total.
pub fn export_csv(b: &Batch, level: Option<SubtotalLevel>, lang: Lang) -> String {
    batch_csv(rows(b, level), &b.areas, &b.totals, lang, level)
}

/// A name with its level's word in front, unless it has one (`Sukawati` → `Kecamatan Sukawati`).
fn titled(word: &str, name: &str) -> String {
    let n = crate::regions::normalize(name);
    let w = crate::regions::normalize(word);
    if n.starts_with(&w) || (word == "Kecamatan" && n.starts_with("distrik")) {
        name.to_string()
    } else {
        format!("{word} {name}")
    }
}

/// One area or subtotal as a scenario of its own, for the planning view: its workforce,
/// participants and target groups (one per target column, with the batch's package, months and
/// funding source), the batch's base year, target and projection settings, its name, code and
/// the region it lies in. A subtotal is planned as one region: its participants and groups are
/// its areas' sums, and the gap is the region's as a whole (the batch sums each area's own).
pub fn scenario_of(b: &Batch, req: &BatchRequest, level: Option<SubtotalLevel>, i: usize) -> Option<ScenarioRequest> {
    use crate::plan::scenario::Level;
    let r = rows(b, level).row(i)?;
    let lang = req.lang.unwrap_or_default();
    let first = |v: [&str; 4]| v.into_iter().find(|s| !s.is_empty()).map(str::to_string);
    let depth = crate::regions::code_depth(r.code.trim());
    let (name, scenario_level, parent) = match level {
        None => (
            r.name.to_string(),
            match depth {
                Some(1) => Level::Province,
                Some(2) => Level::Regency,
                _ => Level::Village,
            },
            match depth {
                Some(1) => None,
                Some(2) => first([r.province, "", "", ""]),
                Some(3) => first([r.regency, r.province, r.parent, ""]),
                _ => first([r.district, r.regency, r.province, r.parent]),
            },
        ),
        Some(SubtotalLevel::District) => (titled("Kecamatan", r.name), Level::Village, first([r.regency, r.province, "", ""])),
        Some(SubtotalLevel::Regency) => (r.name.to_string(), Level::Regency, first([r.province, "", "", ""])),
        Some(SubtotalLevel::Province) => (titled("Provinsi", r.name), Level::Province, None),
    };
    let t = &req.scenario;
    let template = t.groups.first()?;
    let groups = r
        .targets
        .iter()
        .zip(&b.target_names)
        .filter(|(n, _)| **n > 0)
        .map(|(n, head)| {
            let label = head
                .trim()
                .trim_start_matches(|c: char| c.is_alphabetic())
                .trim_start_matches(['_', '-', ' '])
                .replace('_', " ");
            let label = if label.is_empty() { head.trim().to_string() } else { label };
            super::plan::GroupRequest { name: Some(label), workers: Some(NumInput::Number(*n as f64)), ..template.clone() }
        })
        .collect();
    let source = match (level, lang) {
        (None, Lang::Id) => format!("Berkas banyak wilayah, baris {}", r.line),
        (None, Lang::En) => format!("Many-areas file, line {}", r.line),
        (Some(_), Lang::Id) => format!("Jumlah {} wilayah dari berkas banyak wilayah", crate::fmt::group(r.count, lang)),
        (Some(_), Lang::En) => format!("Sum of {} areas of the many-areas file", crate::fmt::group(r.count, lang)),
    };
    Some(ScenarioRequest {
        schema_version: Some(super::plan::SCHEMA_VERSION),
        region: super::plan::RegionRequest {
            name: Some(name),
            level: Some(scenario_level),
            base_year: t.region.base_year.clone(),
            source: Some(source),
            code: Some(r.code.trim().to_string()).filter(|c| !c.is_empty()),
            parent,
            unknown: Unknown::default(),
        },
        workforce: super::plan::WorkforceRequest { total: Some(NumInput::Number(r.workers as f64)), denominator: t.workforce.denominator, unknown: Unknown::default() },
        current: CurrentRequest {
            formal: Some(NumInput::Number(r.formal as f64)),
            informal: Some(NumInput::Number(r.informal as f64)),
            ..CurrentRequest::default()
        },
        groups,
        target: t.target.clone(),
        settings: t.settings.clone(),
        plan_name: None,
        alternatives: Vec::new(),
        unknown: Unknown::default(),
    })
}
