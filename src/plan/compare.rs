//! Comparing two projections of plans: the difference per year, alternative minus baseline.

use super::project::Projection;
use crate::money::Rupiah;

/// One year's difference, alternative minus baseline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delta {
    /// Calendar year.
    pub year: i32,
    /// Covered workers.
    pub covered: i64,
    /// UCJ, basis points (when both know their workforce).
    pub coverage_bp: Option<i64>,
    /// Budget (zero when the difference leaves the exact range).
    pub budget: Rupiah,
}

/// The differences for the years both projections cover, in the alternative's order.
pub fn delta(baseline: &Projection, alternative: &Projection) -> Vec<Delta> {
    alternative
        .years
        .iter()
        .filter_map(|a| {
            let b = baseline.years.iter().find(|b| b.year == a.year)?;
            Some(Delta {
                year: a.year,
                covered: a.covered - b.covered,
                coverage_bp: a.coverage_bp.zip(b.coverage_bp).map(|(x, y)| x - y),
                budget: a.budget.sub(b.budget).unwrap_or(Rupiah::ZERO),
            })
        })
        .collect()
}
