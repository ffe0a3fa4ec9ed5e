//! All areas together: the totals per year, and the whole batch read as one region.

use crate::money::Rupiah;
use crate::params::Applied;
use crate::plan::project::{ratio_bp, Projection, Year};
use crate::plan::scenario::{Denominator, FundingSource, Level, Scenario, Settings, Target};
use crate::rules::Warning;

/// All areas together in one year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearTotal {
    /// Calendar year.
    pub year: i32,
    /// Workers.
    pub workers: i64,
    /// Active participants, each area capped at its workers.
    pub covered: i64,
    /// UCJ, basis points.
    pub coverage_bp: Option<i64>,
    /// Workers the program pays for.
    pub subsidised: i64,
    /// The program's budget.
    pub budget: Rupiah,
    /// Budget so far.
    pub cumulative: Rupiah,
    /// Workers still needed, summed over areas (each area to reach the target itself).
    pub gap: Option<i64>,
    /// Areas at or above the target.
    pub areas_at_target: Option<usize>,
}

/// All areas together: totals per year and what the projection used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Totals {
    /// Totals per projected year.
    pub years: Vec<YearTotal>,
    /// Workers in the base year, all areas.
    pub base_workers: i64,
    /// Participants in the base year, all areas (each capped at its workers).
    pub base_covered: i64,
    /// The template's base year.
    pub base_year: i32,
    /// The year the per-area "final" figures are for.
    pub report_year: i32,
    /// The template's target, basis points.
    pub target_bp: Option<i64>,
    /// Who pays every area's program (the template's first group's source).
    pub source: FundingSource,
    /// The template's projection settings.
    pub settings: Settings,
    /// Parameters applied.
    pub applied: Vec<Applied>,
    /// Warnings (each once; areas with more participants than workers are counted).
    pub warnings: Vec<Warning>,
}

impl Totals {
    /// UCJ of all areas in the base year, basis points.
    pub fn base_coverage_bp(&self) -> Option<i64> {
        ratio_bp(self.base_covered, self.base_workers)
    }

    /// The totals as one region's scenario and projection (no groups; one funding source), so
    /// that the charts and summaries of a region draw the whole batch too.
    pub fn as_region(&self) -> (Scenario, Projection) {
        let scenario = Scenario {
            name: String::new(),
            level: Level::Village,
            base_year: self.base_year,
            workforce: Some(self.base_workers),
            denominator: Denominator::Working,
            formal_covered: self.base_covered,
            informal_covered: 0,
            groups: Vec::new(),
            target: self.target_bp.map(|bp| Target { bp, year: self.report_year }),
            settings: self.settings,
        };
        let years = self
            .years
            .iter()
            .map(|y| Year {
                year: y.year,
                workers: Some(y.workers),
                formal_covered: 0,
                informal_covered: 0,
                subsidised: y.subsidised,
                covered: y.covered,
                coverage_bp: y.coverage_bp,
                coverage_low_bp: None,
                coverage_high_bp: None,
                gap: y.gap,
                budget: y.budget,
                budget_if_discounted: None, // village money counted in full; the warning gives both readings
                worker_paid: Rupiah::ZERO,
                by_source: FundingSource::ALL.map(|s| (s, if s == self.source { y.budget } else { Rupiah::ZERO })),
                by_group: Vec::new(),
                cumulative: y.cumulative,
                cost_per_extra: None,
                apbd_share_ppm: None,
            })
            .collect();
        let projection = Projection {
            base_covered: self.base_covered,
            base_coverage_bp: self.base_coverage_bp(),
            years,
            groups: Vec::new(),
            applied: Vec::new(),
            warnings: Vec::new(),
            capped: false,
        };
        (scenario, projection)
    }
}
