//! The projection as the page reads it: a response per projected year, per group and for the
//! base year, converted from the domain [`Projection`].

use super::scenario::ScenarioRequest;
use super::validate::validate;
use crate::api::{overflow_error, FieldError};
use crate::money::Rupiah;
use crate::params::Applied;
use crate::fmt::Lang;
use crate::plan::project::{self, PremiumCache, Projection};
use crate::report::explain;
use crate::plan::scenario::{Denominator, FundingSource, Scenario};
use crate::report::pct;
use crate::rules::Warning;
use serde::Serialize;

/// An amount by funding source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SourceAmount {
    /// The source.
    pub source: FundingSource,
    /// Whole rupiah.
    pub amount: Rupiah,
}

/// An amount for one group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct GroupAmount {
    /// The group's name.
    pub name: String,
    /// Whole rupiah.
    pub amount: Rupiah,
}

/// One projected year.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct YearOut {
    /// Calendar year.
    pub year: i32,
    /// Workforce, when known.
    pub workers: Option<i64>,
    /// Covered (capped at the workforce).
    pub covered: i64,
    /// Formal participants.
    pub formal_covered: i64,
    /// Unsubsidised informal participants.
    pub informal_covered: i64,
    /// Workers whose premium groups pay.
    pub subsidised: i64,
    /// UCJ %, two decimals (display only; `coverageBp` is exact).
    pub coverage_pct: Option<f64>,
    /// UCJ in basis points.
    pub coverage_bp: Option<i64>,
    /// Band: UCJ % with the high lapse rate.
    pub coverage_low_pct: Option<f64>,
    /// Band: UCJ % with the low lapse rate.
    pub coverage_high_pct: Option<f64>,
    /// Workers still to enrol to reach the target.
    pub gap: Option<i64>,
    /// Funders' budget.
    pub budget: Rupiah,
    /// The budget with village-budget (APBDes / Dana Desa) groups under the other reading of
    /// PP 50/2025, discounted, when it differs (`budget` counts them in full; a warning says why).
    pub budget_if_discounted: Option<Rupiah>,
    /// Paid by workers themselves.
    pub worker_paid: Rupiah,
    /// Budget by funding source (non-zero only).
    pub budget_by_source: Vec<SourceAmount>,
    /// Budget by group (paid groups only).
    pub budget_by_group: Vec<GroupAmount>,
    /// Budget so far.
    pub cumulative_budget: Rupiah,
    /// Budget per worker covered above the base year.
    pub cost_per_extra_worker: Option<Rupiah>,
    /// Budget as % of the APBD total.
    pub apbd_share_pct: Option<f64>,
    /// The national UCJ path that year, % (RPJMN, RKP, RPJPN; straight lines between), when
    /// the target asks for it (`target.national`): what the coverage chart draws beside the line.
    pub national_pct: Option<f64>,
}

/// One group's figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct GroupOut {
    /// Name.
    pub name: String,
    /// Workers in the group.
    pub workers: i64,
    /// Workers the program pays for.
    pub subsidised: i64,
    /// Premium per worker per month (first paid month, all payers).
    pub monthly_premium: Rupiah,
    /// Cost for the first paid year (all payers).
    pub annual_cost: Rupiah,
    /// The funder's part of it.
    pub funder_cost: Rupiah,
    /// Who pays.
    pub source: FundingSource,
    /// Months paid a year.
    pub months: u8,
    /// First year paid.
    pub start_year: i32,
    /// First month paid of a program paid once across budget years (then `months` counts from it).
    pub start_month: Option<u8>,
    /// How the first paid year's cost is reached, as a budget writes it, then the regulations
    /// its premiums used: `2026: 100 pekerja × Rp 16.800 × 12 bulan = Rp 20.160.000 — PP 44/2015
    /// (JKK dan JKM)`; runs of months summed when the premium changes within the year, `× 50% = …`
    /// when the funder pays a share (empty when nothing is paid).
    pub formula_id: String,
    /// The same in English.
    pub formula_en: String,
    /// The ids of the parameters its premiums used, each once, separated by spaces (`bpu.jkk
    /// bpu.jkm`; each is in `applied`, with its citation). A string, not a list: the planning
    /// module stays within its size budget.
    pub params: String,
}

/// The base year.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BaseOut {
    /// Region name.
    pub name: String,
    /// Base year.
    pub year: i32,
    /// Workforce, when known.
    pub workers: Option<i64>,
    /// What the percentage divides by.
    pub denominator: Denominator,
    /// Covered now.
    pub covered: i64,
    /// UCJ % now.
    pub coverage_pct: Option<f64>,
    /// Target UCJ %, if set.
    pub target_pct: Option<f64>,
    /// Target year, if set.
    pub target_year: Option<i32>,
    /// The national UCJ path in the base year, %, when drawn (see [`YearOut::national_pct`]).
    pub national_pct: Option<f64>,
}

/// Response of `project(scenario)`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ProjectResponse {
    /// True when there are no errors.
    pub ok: bool,
    /// The base year.
    pub base: Option<BaseOut>,
    /// Projected years.
    pub years: Vec<YearOut>,
    /// Groups.
    pub groups: Vec<GroupOut>,
    /// Parameters used.
    pub applied: Vec<Applied>,
    /// Warnings.
    pub warnings: Vec<Warning>,
    /// Field errors.
    pub errors: Vec<FieldError>,
}

impl ProjectResponse {
    pub(crate) fn failed(errors: Vec<FieldError>) -> Self {
        ProjectResponse {
            ok: false,
            base: None,
            years: vec![],
            groups: vec![],
            applied: vec![],
            warnings: vec![],
            errors,
        }
    }
}

pub(crate) fn project_out(s: &Scenario, p: &Projection) -> ProjectResponse {
    project_out_with(s, p, &mut PremiumCache::default(), ByGroup::Kept)
}

/// Whether a response carries each year's budget by group (`budgetByGroup`). The planning view's
/// own answers (`planView`, `solveView`, `compareView`) leave it empty: the view draws and tables
/// the groups from `groups`, and with 50 groups over 30 years those 1,500 entries (a name each)
/// were four fifths of what crossed to JavaScript on every keystroke. `project` keeps it.
#[derive(Clone, Copy)]
pub(crate) enum ByGroup {
    Kept,
    Left,
}

/// [`project_out`] with the premiums the projection looked up (each group's explanation reads
/// them again from `cache`).
pub(crate) fn project_out_with(s: &Scenario, p: &Projection, cache: &mut PremiumCache, by_group: ByGroup) -> ProjectResponse {
    let national = crate::report::chart::national_in_view(s, p);
    let path = |year: i32| national.iter().find(|(y, _)| *y == year).map(|(_, bp)| *bp as f64 / 100.0);
    let years = p
        .years
        .iter()
        .map(|y| YearOut {
            year: y.year,
            workers: y.workers,
            covered: y.covered,
            formal_covered: y.formal_covered,
            informal_covered: y.informal_covered,
            subsidised: y.subsidised,
            coverage_pct: pct(y.coverage_bp),
            coverage_bp: y.coverage_bp,
            coverage_low_pct: pct(y.coverage_low_bp),
            coverage_high_pct: pct(y.coverage_high_bp),
            gap: y.gap,
            budget: y.budget,
            budget_if_discounted: y.budget_if_discounted,
            worker_paid: y.worker_paid,
            budget_by_source: y
                .by_source
                .iter()
                .filter(|(_, a)| a.get() != 0)
                .map(|(source, amount)| SourceAmount { source: *source, amount: *amount })
                .collect(),
            budget_by_group: match by_group {
                ByGroup::Left => Vec::new(),
                ByGroup::Kept => s
                    .groups
                    .iter()
                    .zip(&y.by_group)
                    .filter(|(_, a)| a.get() != 0)
                    .map(|(g, a)| GroupAmount { name: g.name.clone(), amount: *a })
                    .collect(),
            },
            cumulative_budget: y.cumulative,
            cost_per_extra_worker: y.cost_per_extra,
            apbd_share_pct: y.apbd_share_ppm.map(|p| p as f64 / 10_000.0),
            national_pct: path(y.year),
        })
        .collect();
    let groups = s
        .groups
        .iter()
        .zip(&p.groups)
        .map(|(g, sum)| {
            let cost = cache.group_cost(g, sum);
            let text = |lang| cost.as_ref().map(|c| explain::group_line(c, lang)).unwrap_or_default();
            GroupOut {
                name: g.name.clone(),
                workers: g.workers,
                subsidised: g.subsidised(),
                monthly_premium: sum.monthly_premium,
                annual_cost: sum.annual_cost,
                funder_cost: sum.funder_cost,
                source: g.source,
                months: g.months,
                start_year: g.start_year,
                start_month: g.start_month,
                formula_id: text(Lang::Id),
                formula_en: text(Lang::En),
                params: cost.as_ref().map(|c| explain::param_ids(c.applied)).unwrap_or_default(),
            }
        })
        .collect();
    ProjectResponse {
        ok: true,
        base: Some(BaseOut {
            name: s.name.clone(),
            year: s.base_year,
            workers: s.workforce,
            denominator: s.denominator,
            covered: p.base_covered,
            coverage_pct: pct(p.base_coverage_bp),
            target_pct: s.target.map(|t| t.bp as f64 / 100.0),
            target_year: s.target.map(|t| t.year),
            national_pct: path(s.base_year),
        }),
        years,
        groups,
        applied: p.applied.clone(),
        warnings: p.warnings.clone(),
        errors: vec![],
    }
}

/// Projects a scenario year by year: coverage, gap to target, budget by source and by group.
///
/// # Errors
/// None thrown: problems come back in `errors`.
pub fn project(req: &ScenarioRequest) -> ProjectResponse {
    match validate(req) {
        Err(e) => ProjectResponse::failed(e),
        Ok(s) => project_scenario(&s),
    }
}

pub(crate) fn project_scenario(s: &Scenario) -> ProjectResponse {
    projected(s).0
}

/// Projects `s`, keeping the domain projection beside its response (for charts, comparisons
/// and exports, which read the domain result).
pub(crate) fn projected(s: &Scenario) -> (ProjectResponse, Option<Projection>) {
    projected_as(s, ByGroup::Kept)
}

/// [`projected`] for the planning view's own answers: no budget by group ([`ByGroup`]).
pub(crate) fn projected_for_view(s: &Scenario) -> (ProjectResponse, Option<Projection>) {
    projected_as(s, ByGroup::Left)
}

fn projected_as(s: &Scenario, by_group: ByGroup) -> (ProjectResponse, Option<Projection>) {
    let mut cache = PremiumCache::default();
    match project::project_with(s, &mut cache) {
        Ok(p) => (project_out_with(s, &p, &mut cache, by_group), Some(p)),
        Err(_) => (ProjectResponse::failed(vec![overflow_error("groups")]), None),
    }
}

