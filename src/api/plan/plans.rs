//! Plans side by side on the page: `compareView` projects a baseline and its alternatives, each
//! named, with cards, the coverage lines overlaid, the difference per year against the baseline
//! and a sentence for each; `exportCompareCsv` writes the same for budget documents.

use super::project::{projected, ProjectResponse};
use super::scenario::ScenarioRequest;
use super::validate::{clean_name, validate};
use super::view::ChartOut;
use super::DeltaYear;
use crate::api::{unknown_fields, FieldError, Unknown};
use crate::fmt::Lang;
use crate::plan::compare;
use crate::plan::project::Projection;
use crate::plan::scenario::Scenario;
use crate::report::answers::compare_answer;
use crate::report::cards::{cards, Cards};
use crate::report::chart::plans_svg;
use crate::report::export::compare_csv;
use crate::report::summary::plans_summary;
use serde::{Deserialize, Serialize};

/// Most plans compared at once (a baseline and four alternatives).
pub const MAX_PLANS: usize = 5;

/// One plan: a name and its scenario.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanRequest {
    /// Name shown on its card, its line and in the export ("Rencana dasar", "12 bulan", …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The scenario.
    #[serde(default)]
    pub scenario: ScenarioRequest,
    /// Unknown fields, reported as errors.
    #[serde(flatten, skip_serializing)]
    pub unknown: Unknown,
}

/// Request of `compareView` and `exportCompareCsv`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CompareViewRequest {
    /// The baseline first, then the alternatives (2 to 5 plans).
    #[serde(default)]
    pub plans: Vec<PlanRequest>,
    /// Chart width in CSS pixels (default 640).
    pub width: Option<u32>,
    /// Language of names, sentences and the chart.
    pub lang: Option<Lang>,
    /// Unknown fields, reported as errors.
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// One plan's results.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanOut {
    /// Its name.
    pub name: String,
    /// Its projection.
    pub projection: ProjectResponse,
    /// Its headline figures.
    pub cards: Option<Cards>,
    /// Difference per year against the baseline (empty for the baseline itself).
    pub delta: Vec<DeltaYear>,
    /// The difference in one sentence (empty for the baseline).
    pub summary: String,
}

/// Response of `compareView`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CompareViewResponse {
    /// True when every plan is valid.
    pub ok: bool,
    /// The plans in order, the baseline first.
    pub plans: Vec<PlanOut>,
    /// Coverage of every plan, overlaid, with its one-sentence summary.
    pub coverage: Option<ChartOut>,
    /// Field errors (paths `plans.1.scenario.groups.0.workers`).
    pub errors: Vec<FieldError>,
}

/// A plan's default name: the baseline, then the alternatives by number.
fn default_name(i: usize, lang: Lang) -> String {
    match (i, lang) {
        (0, Lang::Id) => "Rencana dasar".into(),
        (0, Lang::En) => "Baseline".into(),
        (i, Lang::Id) => format!("Alternatif {i}"),
        (i, Lang::En) => format!("Alternative {i}"),
    }
}

/// Every plan validated and projected: names, domain values and responses, or the errors.
struct Projected {
    names: Vec<String>,
    domain: Vec<(Scenario, Option<Projection>)>,
    responses: Vec<ProjectResponse>,
    errors: Vec<FieldError>,
}

fn project_all(req: &CompareViewRequest, lang: Lang) -> Projected {
    let mut errors = Vec::new();
    unknown_fields(&req.unknown, &mut errors);
    if req.plans.len() < 2 || req.plans.len() > MAX_PLANS {
        errors.push(FieldError::new(
            "plans",
            "plan_count",
            format!("Bandingkan 2 sampai {MAX_PLANS} rencana: rencana dasar dan alternatifnya."),
            format!("Compare 2 to {MAX_PLANS} plans: a baseline and its alternatives."),
        ));
    }
    let mut out = Projected { names: Vec::new(), domain: Vec::new(), responses: Vec::new(), errors: Vec::new() };
    for (i, plan) in req.plans.iter().take(MAX_PLANS).enumerate() {
        let prefix = |mut x: FieldError| {
            x.field = format!("plans.{i}.{}", x.field);
            x
        };
        let mut inner = Vec::new();
        unknown_fields(&plan.unknown, &mut inner);
        errors.extend(inner.into_iter().map(prefix));
        out.names.push(clean_name(plan.name.as_deref(), default_name(i, lang)));
        match validate(&plan.scenario) {
            Ok(s) => {
                let (response, p) = projected(&s);
                errors.extend(response.errors.iter().cloned().map(|mut x| {
                    x.field = format!("scenario.{}", x.field);
                    prefix(x)
                }));
                out.responses.push(response);
                out.domain.push((s, p));
            }
            Err(e) => {
                errors.extend(e.iter().cloned().map(|mut x| {
                    x.field = format!("scenario.{}", x.field);
                    prefix(x)
                }));
                out.responses.push(ProjectResponse::failed(e));
            }
        }
    }
    out.errors = errors;
    out
}

/// Projects plans side by side: cards, the coverage lines overlaid, the differences per year.
///
/// # Errors
/// None thrown: problems come back in `errors`.
pub fn compare_view(req: &CompareViewRequest) -> CompareViewResponse {
    let lang = req.lang.unwrap_or_default();
    let all = project_all(req, lang);
    let ok = all.errors.is_empty();
    let base = all.domain.first().and_then(|(_, p)| p.as_ref());
    let baseline_name = all.names.first().cloned().unwrap_or_default();
    let mut plans = Vec::new();
    let mut drawn = Vec::new();
    for (i, (name, response)) in all.names.iter().zip(all.responses).enumerate() {
        let (card, delta, summary) = match (all.domain.get(i), base) {
            (Some((s, Some(p))), Some(b)) if ok => {
                drawn.push((name.as_str(), s, p));
                let d = if i == 0 { Vec::new() } else { compare::delta(b, p) };
                let summary = if i == 0 { String::new() } else { compare_answer(&baseline_name, name, &d, lang) };
                (cards(s, p, lang), d.iter().map(DeltaYear::from).collect(), summary)
            }
            _ => (None, Vec::new(), String::new()),
        };
        plans.push(PlanOut { name: name.clone(), projection: response, cards: card, delta, summary });
    }
    let width = req.width.unwrap_or(640);
    let coverage = (ok && !drawn.is_empty())
        .then(|| ChartOut { svg: plans_svg(&drawn, width, lang), summary: plans_summary(&drawn, lang) });
    CompareViewResponse { ok, plans, coverage, errors: all.errors }
}

/// Response of `exportCompareCsv`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CompareCsvResponse {
    /// True when every plan is valid.
    pub ok: bool,
    /// The CSV text, starting with a UTF-8 BOM.
    pub csv: String,
    /// A file name: `jamsostek-banding-<region>-<year>.csv`.
    pub filename: String,
    /// Field errors.
    pub errors: Vec<FieldError>,
}

/// The comparison as CSV for budget documents: each plan's years, then each alternative's
/// difference from the baseline.
///
/// # Errors
/// None thrown: problems come back in `errors`.
pub fn export_compare_csv(req: &CompareViewRequest) -> CompareCsvResponse {
    let lang = req.lang.unwrap_or_default();
    let all = project_all(req, lang);
    let plans: Vec<_> = all
        .names
        .iter()
        .zip(&all.domain)
        .filter_map(|(n, (s, p))| p.as_ref().map(|p| (n.as_str(), s, p)))
        .collect();
    if !all.errors.is_empty() || plans.len() != all.names.len() {
        return CompareCsvResponse { ok: false, csv: String::new(), filename: String::new(), errors: all.errors };
    }
    let (region, year) = plans.first().map_or((String::new(), 0), |(_, s, _)| (s.name.clone(), s.base_year));
    CompareCsvResponse {
        ok: true,
        csv: compare_csv(&plans, lang),
        filename: format!("jamsostek-banding-{}-{year}.csv", super::view::slug(&region)),
        errors: Vec::new(),
    }
}
