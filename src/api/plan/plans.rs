//! Plans side by side on the page: `compareView` projects a scenario (the baseline) and the
//! alternatives it carries, each named, with cards, the coverage lines overlaid, the difference
//! per year against the baseline and a sentence for each; `exportCsv` appends the same table.

use super::project::{projected_for_view, ProjectResponse};
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
use super::charts::{chart_data, PlanChartData, DRAWN_HERE};
use crate::report::plans_chart::plans_svg;
use crate::report::export::compare_csv;
use crate::report::summary::plans_summary;
use serde::{Deserialize, Serialize};

/// Most alternatives a scenario carries (five plans in all).
pub const MAX_ALTERNATIVES: usize = 4;

/// One plan: a name and its scenario.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(optional_fields))]
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
    #[cfg_attr(not(target_arch = "wasm32"), ts(skip))]
    pub unknown: Unknown,
}

/// Request of `compareView`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct CompareViewRequest {
    /// The baseline, with its `planName` and `alternatives`.
    #[serde(default)]
    pub scenario: ScenarioRequest,
    /// Chart width in CSS pixels (default 640).
    pub width: Option<u32>,
    /// Language of names, sentences and the chart.
    pub lang: Option<Lang>,
    /// Unknown fields, reported as errors.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(skip))]
    pub unknown: Unknown,
}

/// One plan's results.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
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
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CompareViewResponse {
    /// True when every plan is valid.
    pub ok: bool,
    /// The plans in order, the baseline first.
    pub plans: Vec<PlanOut>,
    /// Coverage of every plan, overlaid, with its one-sentence summary (in the panels' module,
    /// `jamsostek/plan-tools`, its `svg` is empty: `drawComparison` draws it from `chartData`).
    pub coverage: Option<ChartOut>,
    /// What `drawComparison` draws the chart from, when this module does not draw it (empty
    /// otherwise): the plans drawn, the baseline first.
    pub chart_data: Vec<PlanChartData>,
    /// Field errors: the baseline's by their own paths (`workforce.total`), an alternative's as
    /// `alternatives.1.scenario.groups.0.workers`.
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
pub(crate) struct Projected {
    pub names: Vec<String>,
    pub domain: Vec<(Scenario, Option<Projection>)>,
    pub responses: Vec<ProjectResponse>,
    pub errors: Vec<FieldError>,
}

/// The baseline and its alternatives, validated and projected (the baseline's errors keep their
/// own paths; an alternative's are prefixed `alternatives.<i>.scenario.`).
pub(crate) fn project_all(base: &ScenarioRequest, lang: Lang) -> Projected {
    let mut errors = Vec::new();
    if base.alternatives.len() > MAX_ALTERNATIVES {
        errors.push(FieldError::new(
            "alternatives",
            "too_many_plans",
            format!("Paling banyak {MAX_ALTERNATIVES} alternatif."),
            format!("At most {MAX_ALTERNATIVES} alternatives."),
        ));
    }
    let mut out = Projected { names: Vec::new(), domain: Vec::new(), responses: Vec::new(), errors: Vec::new() };
    let none = Unknown::new();
    let plans = std::iter::once((None, base.plan_name.as_deref(), base, &none))
        .chain(base.alternatives.iter().take(MAX_ALTERNATIVES).enumerate().map(|(i, a)| {
            (Some(i), a.name.as_deref(), &a.scenario, &a.unknown)
        }))
        .collect::<Vec<_>>();
    for (n, (alt, name, scenario, unknown)) in plans.into_iter().enumerate() {
        let prefix = |mut x: FieldError| {
            if let Some(i) = alt {
                x.field = format!("alternatives.{i}.{}", x.field);
            }
            x
        };
        let mut inner = Vec::new();
        unknown_fields(unknown, &mut inner);
        if alt.is_some() && !scenario.alternatives.is_empty() {
            inner.push(FieldError::new(
                "scenario.alternatives",
                "nested_plans",
                "Alternatif tidak bisa memuat alternatif lagi.",
                "An alternative cannot carry alternatives of its own.",
            ));
        }
        errors.extend(inner.into_iter().map(prefix));
        out.names.push(clean_name(name, default_name(n, lang)));
        let scenario_path = |mut x: FieldError| {
            if alt.is_some() {
                x.field = format!("scenario.{}", x.field);
            }
            prefix(x)
        };
        match validate(scenario) {
            Ok(s) => {
                let (response, p) = projected_for_view(&s);
                errors.extend(response.errors.iter().cloned().map(scenario_path));
                out.responses.push(response);
                out.domain.push((s, p));
            }
            Err(e) => {
                errors.extend(e.iter().cloned().map(scenario_path));
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
    compare_view_drawn::<DRAWN_HERE>(req)
}

/// [`compare_view`], drawing the chart (`DRAW`) or giving its data.
pub fn compare_view_drawn<const DRAW: bool>(req: &CompareViewRequest) -> CompareViewResponse {
    let lang = req.lang.unwrap_or_default();
    let mut all = project_all(&req.scenario, lang);
    unknown_fields(&req.unknown, &mut all.errors);
    if req.scenario.alternatives.is_empty() {
        all.errors.push(FieldError::new(
            "alternatives",
            "no_alternative",
            "Tambahkan sedikitnya satu alternatif untuk dibandingkan.",
            "Add at least one alternative to compare.",
        ));
    }
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
    let shown = ok && !drawn.is_empty();
    let coverage = shown.then(|| ChartOut {
        svg: if DRAW { plans_svg(&drawn, width, lang) } else { String::new() },
        summary: plans_summary(&drawn, lang),
    });
    let chart_data = if DRAW || !shown {
        Vec::new()
    } else {
        drawn.iter().map(|(name, s, p)| PlanChartData { name: (*name).to_string(), data: chart_data(s, p) }).collect()
    };
    CompareViewResponse { ok, plans, coverage, chart_data, errors: all.errors }
}

/// The comparison's table for the scenario's CSV: `None` without alternatives, the errors when
/// one plan is not valid.
pub(crate) fn comparison_csv(base: &ScenarioRequest, lang: Lang) -> Option<Result<String, Vec<FieldError>>> {
    if base.alternatives.is_empty() {
        return None;
    }
    let all = project_all(base, lang);
    let plans: Vec<_> = all
        .names
        .iter()
        .zip(&all.domain)
        .filter_map(|(n, (s, p))| p.as_ref().map(|p| (n.as_str(), s, p)))
        .collect();
    if !all.errors.is_empty() || plans.len() != all.names.len() {
        return Some(Err(all.errors));
    }
    Some(Ok(compare_csv(&plans, lang)))
}
