//! The planning questions on the page: `solveView` (a `solve` request with `width` and `lang`) answers "what reaches the target?" and "what
//! does this budget buy?" with a sentence, the groups that add the answer to the scenario, and
//! the scenario with them projected and drawn.

use super::project::{projected_for_view, ProjectResponse};
use super::scenario::GroupRequest;
use super::solve::{answer, SolveRequest, SolveResponse, Solved};
use super::charts::{chart_data, ChartData, DRAWN_HERE};
use super::view::{ChartOut, Charts};
use crate::api::input::{count, percent, plain};
use crate::api::FieldError;
use crate::plan::scenario::{Group, Package, PackageKind};
use crate::report::answers::{budget_answer, budget_group_name, target_answer, target_group_name};
use crate::report::cards::{cards, Cards};
use crate::report::chart::{svg, Which};
use crate::report::summary::{budget_summary, coverage_summary, groups_summary};
use serde::Serialize;

/// Response of `solveView`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SolveViewResponse {
    /// The answer year by year (with its own `ok` and `errors`).
    pub solve: SolveResponse,
    /// The answer in one sentence.
    pub summary: String,
    /// The groups that add the answer to the scenario (empty when it needs none).
    pub groups: Vec<GroupRequest>,
    /// The scenario with those groups, projected.
    pub projection: Option<ProjectResponse>,
    /// Its charts (coverage, budget by source, cost per group); in the panels' module
    /// (`jamsostek/plan-tools`) each `svg` is empty and `chartData` says what `drawCharts` draws.
    pub charts: Option<Charts>,
    /// What `drawCharts` draws the charts from, when this module does not draw them.
    pub chart_data: Option<ChartData>,
    /// Its headline figures.
    pub cards: Option<Cards>,
}

/// A domain group written back as the form's group, numbers as a person types them.
pub(crate) fn group_request(g: &Group) -> GroupRequest {
    let (package, income) = match g.package {
        Package::Bpu { income } => (PackageKind::BpuBasic, income),
        Package::BpuWithJht { income } => (PackageKind::BpuJht, income),
        Package::PuWage { wage } => (PackageKind::PuWage, wage),
    };
    GroupRequest {
        name: Some(g.name.clone()),
        workers: count(g.workers),
        package: Some(package),
        income: count(income.get()),
        months: plain(g.months),
        government_share: percent(g.share_bp),
        source: Some(g.source),
        worker_type: Some(g.worker_type),
        start_year: plain(g.start_year),
        ..Default::default()
    }
}

/// Answers a planning question and shows the scenario with the answer added.
///
/// # Errors
/// None thrown: problems come back in `solve.errors`.
pub fn solve_view(req: &SolveRequest) -> SolveViewResponse {
    solve_view_drawn::<DRAWN_HERE>(req)
}

/// [`solve_view`], drawing the charts (`DRAW`) or giving their data.
pub fn solve_view_drawn<const DRAW: bool>(req: &SolveRequest) -> SolveViewResponse {
    let lang = req.lang.unwrap_or_default();
    let a = match answer(req) {
        Ok(a) => a,
        Err(e) => return SolveViewResponse::failed(e),
    };
    let mut groups = a.groups();
    let summary = match &a.solution {
        Solved::Target(t, sol) => target_answer(&sol.years, *t, lang),
        Solved::Budget(b, sol) => budget_answer(&sol.years, *b, lang),
    };
    for g in &mut groups {
        g.name = match &a.solution {
            Solved::Target(t, _) => target_group_name(*t, g.start_year, lang),
            Solved::Budget(b, _) => budget_group_name(*b, lang),
        };
    }
    let mut with = a.scenario.clone();
    with.groups.extend(groups.iter().cloned());
    let (projection, domain) = projected_for_view(&with);
    let width = req.width.unwrap_or(640);
    let picture = |which, p| if DRAW { svg(which, &with, p, width, lang) } else { String::new() };
    let charts = domain.as_ref().map(|p| Charts {
        coverage: ChartOut { svg: picture(Which::Coverage, p), summary: coverage_summary(&with, p, lang) },
        budget: ChartOut { svg: picture(Which::Budget, p), summary: budget_summary(p, lang) },
        groups: ChartOut { svg: picture(Which::Groups, p), summary: groups_summary(&with, p, lang) },
    });
    let chart_data = if DRAW { None } else { domain.as_ref().map(|p| chart_data(&with, p)) };
    let cards = domain.as_ref().and_then(|p| cards(&with, p, lang));
    SolveViewResponse {
        summary,
        groups: groups.iter().map(group_request).collect(),
        projection: Some(projection),
        charts,
        chart_data,
        cards,
        solve: a.response(),
    }
}

impl SolveViewResponse {
    pub(crate) fn failed(errors: Vec<FieldError>) -> Self {
        SolveViewResponse {
            solve: SolveResponse::failed(errors),
            summary: String::new(),
            groups: Vec::new(),
            projection: None,
            charts: None,
            chart_data: None,
            cards: None,
        }
    }
}
