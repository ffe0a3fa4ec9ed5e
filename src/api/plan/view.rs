//! The planning view in one call per edit — projection, charts with their summaries, cards and
//! assumptions — and the scenario's CSV for budget documents, drawn by [`crate::report`].

use super::charts::{chart_data, ChartData, DRAWN_HERE};
use super::plans::comparison_csv;
use super::project::{projected, projected_for_view, ProjectResponse};
use super::scenario::ScenarioRequest;
use super::validate::{conflicts, validate};
use crate::api::{unknown_fields, FieldError, Unknown};
use crate::fmt::Lang;
use crate::report::cards::{assumptions, cards, Cards};
use crate::params::version;
use crate::report::chart::{svg, Which};
use crate::report::export;
use crate::report::summary::{budget_summary, coverage_summary, groups_summary};
use serde::{Deserialize, Serialize};

/// Request of `planView`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct PlanViewRequest {
    /// The scenario.
    #[serde(default)]
    pub scenario: ScenarioRequest,
    /// Chart width in CSS pixels (default 640; clamped to 280–1200).
    pub width: Option<u32>,
    /// Language of chart text and summaries.
    pub lang: Option<Lang>,
    /// Whether to draw the charts (default true; false for a computation-only call).
    pub charts: Option<bool>,
    /// Unknown fields, reported as errors.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(skip))]
    pub unknown: Unknown,
}

/// One chart: the picture and a sentence saying what it shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ChartOut {
    /// SVG markup (text escaped).
    pub svg: String,
    /// One-sentence summary in the requested language.
    pub summary: String,
}

/// The three charts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Charts {
    /// Coverage path vs target with the lapse band (empty SVG without a workforce).
    pub coverage: ChartOut,
    /// Budget per year by funding source.
    pub budget: ChartOut,
    /// Cost per group.
    pub groups: ChartOut,
}

/// Response of `planView`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PlanViewResponse {
    /// The projection (with its own `ok` and `errors`); each year's `budgetByGroup` is left empty
    /// (the view shows the groups from `groups`; `project` fills it).
    pub projection: ProjectResponse,
    /// Charts, when the projection succeeded and charts were asked for. The planning module
    /// (`jamsostek/plan`) leaves each `svg` empty: its charts are drawn by `drawCharts`
    /// (`jamsostek/charts`) from `chartData`.
    pub charts: Option<Charts>,
    /// What `drawCharts` draws the charts from, when this module does not draw them (the
    /// planning module's) and charts were asked for.
    pub chart_data: Option<ChartData>,
    /// The assumptions in words, for the memo: `[[label, value], …]`.
    pub assumptions: Vec<(String, String)>,
    /// Headline figures, formatted in the requested language.
    pub cards: Option<Cards>,
    /// Fields that say the same thing twice, each with the value used (`code: "conflict"`).
    pub notices: Vec<FieldError>,
}

/// Projects a scenario and draws its charts and summaries, in one call per edit (in the planning
/// module, the charts' data for `drawCharts` instead of their pictures: [`super::charts`]).
///
/// # Errors
/// None thrown: problems come back in `projection.errors`.
pub fn plan_view(req: &PlanViewRequest) -> PlanViewResponse {
    plan_view_drawn::<DRAWN_HERE>(req)
}

/// [`plan_view`], drawing the charts (`DRAW`) or giving their data: a constant, so that the
/// planning module, which never draws, ships none of the drawing code.
pub fn plan_view_drawn<const DRAW: bool>(req: &PlanViewRequest) -> PlanViewResponse {
    let lang = req.lang.unwrap_or_default();
    let mut extra = Vec::new();
    unknown_fields(&req.unknown, &mut extra);
    let scenario = match validate(&req.scenario) {
        Ok(s) if extra.is_empty() => s,
        Ok(_) => return PlanViewResponse::failed(extra, conflicts(&req.scenario)),
        Err(e) => return PlanViewResponse::failed(extra.into_iter().chain(e).collect(), conflicts(&req.scenario)),
    };
    let s = &scenario;
    let (projection, domain) = projected_for_view(s);
    let Some(p) = domain else {
        return PlanViewResponse {
            projection,
            charts: None,
            chart_data: None,
            assumptions: assumptions(s, lang),
            cards: None,
            notices: conflicts(&req.scenario),
        };
    };
    let width = req.width.unwrap_or(640);
    let wanted = req.charts.unwrap_or(true);
    // The pictures here, or (the planning module) the data `drawCharts` draws them from.
    let picture = |which| if DRAW { svg(which, s, &p, width, lang) } else { String::new() };
    let charts = wanted.then(|| Charts {
        coverage: ChartOut { svg: picture(Which::Coverage), summary: coverage_summary(s, &p, lang) },
        budget: ChartOut { svg: picture(Which::Budget), summary: budget_summary(&p, lang) },
        groups: ChartOut { svg: picture(Which::Groups), summary: groups_summary(s, &p, lang) },
    });
    PlanViewResponse {
        projection,
        charts,
        chart_data: (wanted && !DRAW).then(|| chart_data(s, &p)),
        assumptions: assumptions(s, lang),
        cards: cards(s, &p, lang),
        notices: conflicts(&req.scenario),
    }
}

impl PlanViewResponse {
    /// No projection: the errors, and still the notices (a contradiction stays said while
    /// another field is being corrected).
    pub(crate) fn failed(errors: Vec<FieldError>, notices: Vec<FieldError>) -> Self {
        PlanViewResponse {
            projection: ProjectResponse::failed(errors),
            charts: None,
            chart_data: None,
            assumptions: Vec::new(),
            cards: None,
            notices,
        }
    }
}

/// Request of `exportCsv`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct ExportRequest {
    /// The scenario.
    #[serde(default)]
    pub scenario: ScenarioRequest,
    /// `id` (`;` and decimal comma, the default) or `en` (`,` and decimal point).
    pub lang: Option<Lang>,
    /// Unknown fields, reported as errors.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(skip))]
    pub unknown: Unknown,
}

/// Response of `exportCsv`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ExportResponse {
    /// True when the scenario is valid.
    pub ok: bool,
    /// The CSV text, starting with a UTF-8 BOM.
    pub csv: String,
    /// A file name: `jamsostek-<region>-<year>.csv`.
    pub filename: String,
    /// Field errors.
    pub errors: Vec<FieldError>,
}

/// The scenario's projection as CSV for budget documents.
///
/// # Errors
/// None thrown: problems come back in `errors`.
pub fn export_csv(req: &ExportRequest) -> ExportResponse {
    let lang = req.lang.unwrap_or_default();
    let mut errors = Vec::new();
    unknown_fields(&req.unknown, &mut errors);
    let scenario = match validate(&req.scenario) {
        Ok(s) if errors.is_empty() => s,
        Ok(_) => return ExportResponse { ok: false, csv: String::new(), filename: String::new(), errors },
        Err(e) => return ExportResponse { ok: false, csv: String::new(), filename: String::new(), errors: e },
    };
    let (response, domain) = projected(&scenario);
    let mut csv = domain
        .map(|p| export::csv(&scenario, &p, &assumptions(&scenario, lang), &version(), lang))
        .unwrap_or_else(|| String::from("\u{feff}"));
    // Alternatives travel with the scenario: their comparison follows the scenario's own table.
    match comparison_csv(&req.scenario, lang) {
        Some(Ok(table)) => {
            csv.push_str("\r\n");
            csv.push_str(table.trim_start_matches('\u{feff}'));
        }
        Some(Err(errors)) => return ExportResponse { ok: false, csv: String::new(), filename: String::new(), errors },
        None => {}
    }
    ExportResponse {
        ok: response.ok,
        csv,
        filename: format!("jamsostek-{}-{}.csv", slug(&scenario.name), scenario.base_year),
        errors: response.errors,
    }
}

/// A region's name for a file name: lower-case letters and digits joined by `-` (`wilayah` when empty).
pub(crate) fn slug(name: &str) -> String {
    // ASCII only: other letters become '-' anyway, and str::to_lowercase would ship Unicode's tables.
    let slug: String = name
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        "wilayah".into()
    } else {
        slug
    }
}
