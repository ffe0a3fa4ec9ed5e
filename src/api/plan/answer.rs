//! The planning questions on the page: `solveView` (a `solve` request with `width` and `lang`) answers "what reaches the target?" and "what
//! does this budget buy?" with a sentence, the groups that add the answer to the scenario, and
//! the scenario with them projected and drawn.

use super::project::{projected_for_view, ProjectResponse};
use super::scenario::GroupRequest;
use super::solve::{answer, SolveRequest, SolveResponse, Solved};
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
    /// Its charts (coverage, budget by source, cost per group).
    pub charts: Option<Charts>,
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
    let charts = domain.as_ref().map(|p| Charts {
        coverage: ChartOut { svg: svg(Which::Coverage, &with, p, width, lang), summary: coverage_summary(&with, p, lang) },
        budget: ChartOut { svg: svg(Which::Budget, &with, p, width, lang), summary: budget_summary(p, lang) },
        groups: ChartOut { svg: svg(Which::Groups, &with, p, width, lang), summary: groups_summary(&with, p, lang) },
    });
    let cards = domain.as_ref().and_then(|p| cards(&with, p, lang));
    SolveViewResponse {
        summary,
        groups: groups.iter().map(group_request).collect(),
        projection: Some(projection),
        charts,
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
            cards: None,
        }
    }
}
