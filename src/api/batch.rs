//! The national batch through the API: a CSV of areas and a template scenario in, per-area
//! columns and yearly totals (with the coverage and budget charts of the total) out.
//!
//! The page runs it in a Web Worker: [`start`], then [`crate::plan::batch::Job::step`] until
//! done (reporting progress), then [`finish`]. Charts are drawn here too: their text is measured
//! in Rust, so they need no page.

use super::plan::{pct, validate, BaseOut, ChartOut, ProjectResponse, ScenarioRequest, SourceAmount, YearOut};
use super::plan::CurrentRequest;
use super::{unknown_fields, Money, NumInput, Unknown};
use crate::csv::LineError;
use crate::errors::FieldError;
use crate::fmt::{group, scaled, Lang};
use crate::params::Applied;
use crate::plan::batch::{base_coverage_bp, Areas, Batch, Job};
use crate::plan::scenario::Denominator;
use crate::rules::Warning;
use serde::{Deserialize, Serialize};

/// Settings of a batch: every area is projected with this scenario's settings, target and first
/// group's package (its workforce and group sizes are each area's).
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchRequest {
    /// The template scenario.
    #[serde(default)]
    pub scenario: ScenarioRequest,
    /// Language of summaries, charts and the export.
    pub lang: Option<Lang>,
    /// Chart width in CSS pixels.
    pub width: Option<u32>,
    /// Unknown fields, reported as errors.
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// A batch that could not run: the settings' field errors or the file's line errors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
    Job::new(text, template).map_err(|errs| {
        let n = errs.len();
        BatchFailure::lines(errs, n)
    })
}

/// One year of the total.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
}

fn pct_text(bp: i64, lang: Lang) -> String {
    format!("{}%", scaled(bp, 2, lang))
}

/// The totals as a one-region projection, for the charts.
fn as_projection(b: &Batch, base_year: i32, source: crate::plan::scenario::FundingSource) -> ProjectResponse {
    let years = b
        .years
        .iter()
        .map(|y| YearOut {
            year: y.year,
            workers: Some(y.workers),
            covered: y.covered,
            formal_covered: 0,
            informal_covered: 0,
            subsidised: y.subsidised,
            coverage_pct: pct(y.coverage_bp),
            coverage_bp: y.coverage_bp,
            coverage_low_pct: None,
            coverage_high_pct: None,
            gap: y.gap,
            budget: y.budget,
            worker_paid: crate::money::Rupiah::ZERO,
            budget_by_source: if y.budget.get() > 0 {
                vec![SourceAmount { source, amount: y.budget }]
            } else {
                vec![]
            },
            budget_by_group: vec![],
            cumulative_budget: y.cumulative,
            cost_per_extra_worker: None,
            apbd_share_pct: None,
        })
        .collect();
    ProjectResponse {
        ok: true,
        base: Some(BaseOut {
            name: String::new(),
            year: base_year,
            workers: Some(b.base_workers),
            denominator: Denominator::Working,
            covered: b.base_covered,
            coverage_pct: pct(base_coverage_bp(b)),
            target_pct: b.target_bp.map(|t| t as f64 / 100.0),
            target_year: b.target_bp.map(|_| b.report_year),
        }),
        years,
        groups: vec![],
        applied: vec![],
        warnings: vec![],
        errors: vec![],
    }
}

/// The batch's totals, summary sentence and charts.
///
/// # Errors
/// The file's problems (the first 50 in full) and their count.
pub fn finish(job: Job, req: &BatchRequest) -> Result<(BatchSummary, Areas), BatchFailure> {
    use crate::chart::{budget_summary, coverage_summary, svg, Which};
    let lang = req.lang.unwrap_or_default();
    let base_year = job.base_year();
    let source = job.source();
    let b = job.finish().map_err(|(e, n)| BatchFailure::lines(e, n))?;
    let count = b.areas.line.len();
    let p = as_projection(&b, base_year, source);
    let report = b.years.iter().find(|y| y.year == b.report_year);
    let first = b.years.first();
    let money = |v: crate::money::Rupiah| Money::new(v, lang);
    let summary = match (report, first, base_coverage_bp(&b)) {
        (Some(r), Some(f), Some(base)) => {
            let now = pct_text(base, lang);
            let then = r.coverage_bp.map(|v| pct_text(v, lang)).unwrap_or_default();
            let at_target = r.areas_at_target.map(|n| group(n as i64, lang));
            let n = group(count as i64, lang);
            match lang {
                Lang::Id => format!(
                    "{n} wilayah: UCJ {now} pada {base_year} menjadi {then} pada {}; anggaran {} {}{}.",
                    r.year,
                    f.year,
                    money(f.budget).short,
                    at_target.map(|a| format!("; {a} wilayah mencapai target")).unwrap_or_default()
                ),
                Lang::En => format!(
                    "{n} areas: UCJ {now} in {base_year} becomes {then} in {}; budget {} {}{}.",
                    r.year,
                    f.year,
                    money(f.budget).short,
                    at_target.map(|a| format!("; {a} areas reach the target")).unwrap_or_default()
                ),
            }
        }
        _ => String::new(),
    };
    let width = req.width.unwrap_or(640);
    let out = BatchSummary {
        ok: true,
        count,
        base_workers: b.base_workers,
        base_covered: b.base_covered,
        base_coverage_pct: pct(base_coverage_bp(&b)),
        base_year,
        report_year: b.report_year,
        target_pct: b.target_bp.map(|t| t as f64 / 100.0),
        years: b
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
        summary,
        coverage: ChartOut { svg: svg(Which::Coverage, &p, width, lang), summary: coverage_summary(&p, lang) },
        budget: ChartOut { svg: svg(Which::Budget, &p, width, lang), summary: budget_summary(&p, lang) },
        applied: b.applied,
        warnings: b.warnings,
    };
    Ok((out, b.areas))
}
