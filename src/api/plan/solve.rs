//! Solving backwards on the page's terms: the budget that reaches a target, and what a yearly
//! budget buys, as requests and responses around [`crate::plan::solve`].

use super::project::{project_out, ProjectResponse};
use super::scenario::{GroupRequest, ScenarioRequest, TargetRequest};
use super::validate::{group, is_blank, validate};
use crate::api::input::{percent_bp, rupiah_in, year, NumInput};
use crate::api::{overflow_error, unknown_fields, FieldError, Unknown};
use crate::money::{Rupiah, MAX_RUPIAH};
use crate::params::Applied;
use crate::plan::scenario::{Group, Scenario, Target, MAX_YEARS};
use crate::plan::solve;
use crate::report::pct;
use crate::rules::Warning;
use serde::{Deserialize, Serialize};

/// What to solve for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum SolveMode {
    /// The enrolments and budget that reach a target UCJ by a year.
    Target,
    /// The workers a fixed yearly budget covers.
    Budget,
}

/// Request of `solve`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct SolveRequest {
    /// The scenario to add to.
    #[serde(default)]
    pub scenario: ScenarioRequest,
    /// `target` or `budget`.
    pub mode: Option<SolveMode>,
    /// Target mode: the target (defaults to the scenario's own).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<TargetRequest>,
    /// Budget mode: the yearly budget.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub budget: Option<NumInput>,
    /// How the extra workers are paid (default: BPU basic, 12 months, APBD regency/city, 100 %).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<GroupRequest>,
    /// `solveView`: chart width in CSS pixels (default 640).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub width: Option<u32>,
    /// `solveView`: language of the sentence, the groups' names and the charts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<crate::fmt::Lang>,
    /// Unknown fields, reported as errors.
    #[serde(flatten, skip_serializing)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(skip))]
    pub unknown: Unknown,
}

/// One year of a solution.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SolveYear {
    /// Calendar year.
    pub year: i32,
    /// Extra workers to pay for (target mode) or workers the budget covers (budget mode).
    pub workers: i64,
    /// Their cost to the funder this year.
    pub budget: Rupiah,
    /// Budget mode: left over.
    pub left: Option<Rupiah>,
    /// Funder's cost per worker for the year.
    pub cost_per_worker: Option<Rupiah>,
    /// Target mode: UCJ % the path asks for.
    pub path_pct: Option<f64>,
    /// UCJ % without the extra workers.
    pub without_pct: Option<f64>,
    /// UCJ % with them.
    pub with_pct: Option<f64>,
}

/// Response of `solve`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SolveResponse {
    /// True when there are no errors.
    pub ok: bool,
    /// The mode solved.
    pub mode: Option<SolveMode>,
    /// Budget mode: workers covered in the first projected year. Target mode: extra workers in the target year.
    pub workers: Option<i64>,
    /// Budget for that year.
    pub budget: Option<Rupiah>,
    /// Per year.
    pub years: Vec<SolveYear>,
    /// The projection solved against.
    pub projection: Option<ProjectResponse>,
    /// Parameters used for the extra workers.
    pub applied: Vec<Applied>,
    /// Warnings.
    pub warnings: Vec<Warning>,
    /// Field errors.
    pub errors: Vec<FieldError>,
}

impl SolveResponse {
    pub(crate) fn failed(errors: Vec<FieldError>) -> Self {
        SolveResponse {
            ok: false,
            mode: None,
            workers: None,
            budget: None,
            years: vec![],
            projection: None,
            applied: vec![],
            warnings: vec![],
            errors,
        }
    }
}

/// Solves backwards: `mode: "target"` gives the enrolments and budget per year that reach a
/// target UCJ by a year (a straight path from today's UCJ); `mode: "budget"` gives the whole
/// workers a fixed yearly budget covers, never over budget, and the coverage that results.
///
/// # Errors
/// None thrown: problems come back in `errors`.
pub fn solve(req: &SolveRequest) -> SolveResponse {
    match answer(req) {
        Ok(a) => a.response(),
        Err(e) => SolveResponse::failed(e),
    }
}

/// A solved question in domain terms: the scenario solved against (its years stretched to the
/// target year), how extra workers are paid, and the solution.
#[derive(Debug, Clone)]
pub(crate) struct Answer {
    /// The scenario.
    pub scenario: Scenario,
    /// How the extra workers are paid (one worker; its size does not matter).
    pub template: Group,
    /// The solution.
    pub solution: Solved,
}

/// The solution of either question.
#[derive(Debug, Clone)]
pub(crate) enum Solved {
    /// What reaches `target`.
    Target(Target, solve::Solution<solve::TargetYear>),
    /// What a yearly `budget` buys.
    Budget(Rupiah, solve::Solution<solve::BudgetYear>),
}

impl Answer {
    /// The groups that add the answer to the scenario, paid as the template (names empty).
    pub fn groups(&self) -> Vec<Group> {
        match &self.solution {
            Solved::Target(_, sol) => solve::target_groups(&sol.years, &self.template),
            Solved::Budget(_, sol) => solve::budget_group(&sol.years, &self.template).into_iter().collect(),
        }
    }

    pub(crate) fn response(self) -> SolveResponse {
        let s = self.scenario;
        match self.solution {
            Solved::Target(target, sol) => {
                let at_target = sol.years.iter().find(|y| y.year == target.year);
                SolveResponse {
                    ok: true,
                    mode: Some(SolveMode::Target),
                    workers: at_target.map(|y| y.extra_workers),
                    budget: at_target.map(|y| y.budget),
                    years: sol
                        .years
                        .iter()
                        .map(|y| SolveYear {
                            year: y.year,
                            workers: y.extra_workers,
                            budget: y.budget,
                            left: None,
                            cost_per_worker: None,
                            path_pct: pct(Some(y.path_bp)),
                            without_pct: pct(Some(y.without_bp)),
                            with_pct: pct(Some(y.with_bp)),
                        })
                        .collect(),
                    projection: Some(project_out(&s, &sol.projection)),
                    applied: sol.applied,
                    warnings: sol.warnings,
                    errors: vec![],
                }
            }
            Solved::Budget(_, sol) => SolveResponse {
                ok: true,
                mode: Some(SolveMode::Budget),
                workers: sol.years.first().map(|y| y.workers),
                budget: sol.years.first().map(|y| y.spent),
                years: sol
                    .years
                    .iter()
                    .map(|y| SolveYear {
                        year: y.year,
                        workers: y.workers,
                        budget: y.spent,
                        left: Some(y.left),
                        cost_per_worker: Some(y.cost_per_worker),
                        path_pct: None,
                        without_pct: pct(y.without_bp),
                        with_pct: pct(y.with_bp),
                    })
                    .collect(),
                projection: Some(project_out(&s, &sol.projection)),
                applied: sol.applied,
                warnings: sol.warnings,
                errors: vec![],
            },
        }
    }
}

/// Validates a solve request and solves it.
///
/// # Errors
/// Every problem, with the request's field paths.
pub(crate) fn answer(req: &SolveRequest) -> Result<Answer, Vec<FieldError>> {
    let mut e = Vec::new();
    unknown_fields(&req.unknown, &mut e);
    let scenario = validate(&req.scenario).map_err(|errs| {
        e.extend(errs.into_iter().map(|mut x| {
            x.field = format!("scenario.{}", x.field);
            x
        }))
    });
    let base_year = scenario.as_ref().ok().map(|s| i64::from(s.base_year));
    // The template says how extra workers are paid; its own size does not matter.
    let mut probe = req.group.clone().unwrap_or_default();
    if is_blank(&probe.workers) && is_blank(&probe.villages) && is_blank(&probe.workers_per_village) {
        probe.workers = Some(NumInput::Number(1.0));
    }
    let mut template_errors = Vec::new();
    let template = group(0, &probe, base_year, &mut template_errors).map(|mut g| {
        g.workers = 1;
        g.covered = 0;
        g
    });
    e.extend(template_errors.into_iter().map(|mut x| {
        x.field = x.field.replacen("groups.0.", "group.", 1);
        x
    }));
    let Some(mode) = req.mode else {
        e.push(FieldError::from_num("mode", crate::parse::NumError::Empty));
        return Err(e);
    };
    match mode {
        SolveMode::Target => solve_target(req, scenario.ok(), template, e),
        SolveMode::Budget => solve_budget(req, scenario.ok(), template, e),
    }
}

fn target_needs_workforce() -> FieldError {
    FieldError::new(
        "scenario.workforce.total",
        "required_for_target",
        "Isi jumlah pekerja: target cakupan perlu jumlah pekerjanya.",
        "Enter the workforce: a coverage target needs its total.",
    )
}

fn solve_target(
    req: &SolveRequest,
    s: Option<Scenario>,
    template: Option<Group>,
    mut e: Vec<FieldError>,
) -> Result<Answer, Vec<FieldError>> {
    let target = match (&req.target, s.as_ref().and_then(|s| s.target)) {
        (Some(t), _) => {
            let bp = percent_bp("target.pct", &t.pct, 1, 10_000, &mut e);
            let min = s.as_ref().map_or(2016, |s| i64::from(s.base_year) + 1);
            let y = year("target.year", &t.year, min, min + MAX_YEARS - 1, &mut e);
            bp.zip(y)
        }
        (None, Some(t)) => Some((t.bp, i64::from(t.year))),
        (None, None) => {
            e.push(FieldError::from_num("target.pct", crate::parse::NumError::Empty));
            None
        }
    };
    let (Some(mut s), Some(template), Some((bp, year)), true) = (s, template, target, e.is_empty()) else {
        return Err(e);
    };
    if s.workforce.is_none() {
        return Err(vec![target_needs_workforce()]);
    }
    let year = i32::try_from(year).unwrap_or(s.base_year + 1);
    s.settings.years = s.settings.years.max(year - s.base_year);
    match solve::for_target(&s, bp, year, &template) {
        Ok(Some(sol)) => Ok(Answer { scenario: s, template, solution: Solved::Target(Target { bp, year }, sol) }),
        Ok(None) => Err(vec![target_needs_workforce()]),
        Err(_) => Err(vec![overflow_error("target.pct")]),
    }
}

fn solve_budget(
    req: &SolveRequest,
    s: Option<Scenario>,
    template: Option<Group>,
    mut e: Vec<FieldError>,
) -> Result<Answer, Vec<FieldError>> {
    // An empty budget is the question not asked yet: it asks for the figure, not "Required."
    let budget = if is_blank(&req.budget) {
        e.push(FieldError::new(
            "budget",
            "required",
            "Tulis anggaran per tahun untuk melihat jawabannya.",
            "Enter a yearly budget to see the answer.",
        ));
        None
    } else {
        rupiah_in("budget", &req.budget, 1, MAX_RUPIAH, &mut e)
    };
    let (Some(s), Some(template), Some(budget), true) = (s, template, budget, e.is_empty()) else {
        return Err(e);
    };
    match solve::for_budget(&s, budget, &template) {
        Ok(sol) => Ok(Answer { scenario: s, template, solution: Solved::Budget(budget, sol) }),
        Err(_) => Err(vec![overflow_error("budget")]),
    }
}
