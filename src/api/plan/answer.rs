//! The planning questions on the page: `solveView` answers "what reaches the target?" and "what
//! does this budget buy?" with a sentence, the groups that add the answer to the scenario, and
//! the scenario with them projected and drawn.

use super::project::{projected, ProjectResponse};
use super::scenario::{GroupRequest, ScenarioRequest, TargetRequest};
use super::solve::{answer, SolveMode, SolveRequest, SolveResponse, Solved};
use super::view::{ChartOut, Charts};
use crate::api::input::{count, percent, plain, NumInput};
use crate::api::{unknown_fields, FieldError, Unknown};
use crate::fmt::Lang;
use crate::plan::scenario::{Group, Package, PackageKind};
use crate::report::answers::{budget_answer, budget_group_name, target_answer, target_group_name};
use crate::report::cards::{cards, Cards};
use crate::report::chart::{svg, Which};
use crate::report::summary::{budget_summary, coverage_summary, groups_summary};
use serde::{Deserialize, Serialize};

/// Request of `solveView`: a `solve` request with the chart width and language.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SolveViewRequest {
    /// The scenario to add to.
    #[serde(default)]
    pub scenario: ScenarioRequest,
    /// `target` or `budget`.
    pub mode: Option<SolveMode>,
    /// Target mode: the target (defaults to the scenario's own).
    pub target: Option<TargetRequest>,
    /// Budget mode: the yearly budget.
    pub budget: Option<NumInput>,
    /// How the extra workers are paid (default: BPU basic, 12 months, APBD regency/city, 100 %).
    pub group: Option<GroupRequest>,
    /// Chart width in CSS pixels (default 640).
    pub width: Option<u32>,
    /// Language of the sentence, the groups' names and the charts.
    pub lang: Option<Lang>,
    /// Unknown fields, reported as errors.
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// Response of `solveView`.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
pub fn solve_view(req: &SolveViewRequest) -> SolveViewResponse {
    let lang = req.lang.unwrap_or_default();
    let mut extra = Vec::new();
    unknown_fields(&req.unknown, &mut extra);
    let solve_req = SolveRequest {
        scenario: req.scenario.clone(),
        mode: req.mode,
        target: req.target.clone(),
        budget: req.budget.clone(),
        group: req.group.clone(),
        unknown: Unknown::new(),
    };
    let a = match answer(&solve_req) {
        Ok(a) if extra.is_empty() => a,
        Ok(_) => return SolveViewResponse::failed(extra),
        Err(e) => return SolveViewResponse::failed(extra.into_iter().chain(e).collect()),
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
    let (projection, domain) = projected(&with);
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
    fn failed(errors: Vec<FieldError>) -> Self {
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
