//! Solving backwards: what a coverage target costs, and what a fixed budget covers.

use super::project::{group_year_cost, project, ratio_bp, workers_for_bp, PremiumCache, Projection};
use super::scenario::{Group, Scenario};
use crate::money::{Overflow, Rupiah};
use crate::params::Applied;
use crate::rules::Warning;

/// One year of a target path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetYear {
    /// Calendar year.
    pub year: i32,
    /// Coverage the path asks for this year, basis points.
    pub path_bp: i64,
    /// Coverage the scenario reaches without extra enrolment, basis points.
    pub without_bp: i64,
    /// Extra workers to pay for this year (in total, not only new ones).
    pub extra_workers: i64,
    /// Their cost to the funder this year.
    pub budget: Rupiah,
    /// Coverage with the extra workers, basis points.
    pub with_bp: i64,
}

/// One year of what a fixed budget buys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetYear {
    /// Calendar year.
    pub year: i32,
    /// Funder's cost per worker for the year.
    pub cost_per_worker: Rupiah,
    /// Whole workers the budget pays for (never over budget; never more than are uncovered).
    pub workers: i64,
    /// What that costs.
    pub spent: Rupiah,
    /// Budget left over.
    pub left: Rupiah,
    /// Coverage without them, basis points (when the workforce is known).
    pub without_bp: Option<i64>,
    /// Coverage with them, basis points (when the workforce is known).
    pub with_bp: Option<i64>,
}

/// A solution with what it used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Solution<T> {
    /// Per year.
    pub years: Vec<T>,
    /// The projection the solution adds to.
    pub projection: Projection,
    /// Parameters used for the extra workers.
    pub applied: Vec<Applied>,
    /// Warnings.
    pub warnings: Vec<Warning>,
}

/// Extra workers (paid as `template`) needed each year to follow a straight path from the base
/// year's UCJ to `target_bp` in `target_year`, and their cost. Years after the target keep it.
/// Needs the workforce; `None` when it is unknown.
///
/// # Errors
/// [`Overflow`] when an amount leaves the exact range.
pub fn for_target(
    s: &Scenario,
    target_bp: i64,
    target_year: i32,
    template: &Group,
) -> Result<Option<Solution<TargetYear>>, Overflow> {
    let projection = project(s)?;
    let Some(base_bp) = projection.base_coverage_bp else { return Ok(None) };
    let mut applied = Vec::new();
    let mut cache = PremiumCache::default();
    let mut warnings = Vec::new();
    let span = i64::from((target_year - s.base_year).max(1));
    let mut years = Vec::new();
    for y in &projection.years {
        let Some(workers) = y.workers else { return Ok(None) };
        let k = i64::from(y.year - s.base_year).min(span);
        let path_bp = base_bp + ((target_bp - base_bp) * k * 2 + span).div_euclid(2 * span);
        let need = (workers_for_bp(path_bp, workers) - y.covered).clamp(0, workers - y.covered);
        let (_, budget, _) = if need > 0 {
            group_year_cost(template, need, y.year, &mut cache, &mut applied, &mut warnings)?
        } else {
            (Rupiah::ZERO, Rupiah::ZERO, Rupiah::ZERO)
        };
        years.push(TargetYear {
            year: y.year,
            path_bp,
            without_bp: y.coverage_bp.unwrap_or(0),
            extra_workers: need,
            budget,
            with_bp: ratio_bp(y.covered + need, workers).unwrap_or(0),
        });
    }
    Ok(Some(Solution { years, projection, applied, warnings }))
}

/// How many whole workers (paid as `template`) a fixed yearly `budget` covers each year.
///
/// # Errors
/// [`Overflow`] when an amount leaves the exact range.
pub fn for_budget(s: &Scenario, budget: Rupiah, template: &Group) -> Result<Solution<BudgetYear>, Overflow> {
    let projection = project(s)?;
    let mut applied = Vec::new();
    let mut cache = PremiumCache::default();
    let mut warnings = Vec::new();
    let mut years = Vec::new();
    for y in &projection.years {
        let (_, cost, _) = group_year_cost(template, 1, y.year, &mut cache, &mut applied, &mut warnings)?;
        let mut workers = if cost.get() > 0 { budget.get() / cost.get() } else { 0 };
        if let Some(w) = y.workers {
            workers = workers.min((w - y.covered).max(0));
        }
        let spent = cost.times(workers)?;
        years.push(BudgetYear {
            year: y.year,
            cost_per_worker: cost,
            workers,
            spent,
            left: budget.sub(spent)?,
            without_bp: y.coverage_bp,
            with_bp: y.workers.and_then(|w| ratio_bp(y.covered + workers, w)),
        });
    }
    Ok(Solution { years, projection, applied, warnings })
}

/// A target answer as groups to add to the scenario, paid as `template` (names left empty):
/// one group a year, starting that year, for the extra workers the path adds then. The path's
/// extra workers are totals; a year that needs fewer than the years before keeps them (a group
/// has no end), so the scenario with these groups reaches at least the path every year.
pub fn target_groups(years: &[TargetYear], template: &Group) -> Vec<Group> {
    let mut so_far = 0;
    let mut groups = Vec::new();
    for y in years {
        let add = y.extra_workers - so_far;
        if add > 0 {
            groups.push(Group { name: String::new(), workers: add, covered: 0, start_year: y.year, ..template.clone() });
            so_far += add;
        }
    }
    groups
}

/// A budget answer as one group to add to the scenario, paid as `template` from the first
/// projected year: the fewest workers the budget covers in any year, so that no year goes over
/// the budget. None when the budget covers nobody.
pub fn budget_group(years: &[BudgetYear], template: &Group) -> Option<Group> {
    let first = years.first()?;
    let workers = years.iter().map(|y| y.workers).min()?;
    (workers > 0).then(|| Group { name: String::new(), workers, covered: 0, start_year: first.year, ..template.clone() })
}
