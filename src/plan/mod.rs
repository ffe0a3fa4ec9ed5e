//! Planning: what covering workers costs a budget — program cost, scenarios and their
//! projection, solving backwards, comparing plans, the seed presets and the national batch.

use crate::money::{Overflow, Rupiah};
use crate::params::{bpu, Lookup};
use crate::rules::{informal, Contribution, Funder, Informal, WorkerType};

/// The yearly cost of paying the BPU basic package for a group of workers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgramCost {
    /// The basic package per worker per month (JKK + JKM on the lowest declared income).
    pub monthly_premium: Rupiah,
    /// Per worker for the months paid.
    pub per_worker: Rupiah,
    /// For all workers for the months paid.
    pub total: Rupiah,
    /// The monthly contribution behind the premium, with its sources.
    pub contribution: Contribution,
}

/// The budget for paying the BPU basic package (JKK + JKM) of `workers` workers for `months`
/// months, as a regional government (APBD) pays it on `lookup.as_of()`.
///
/// Budget = workers × months × monthly premium, exact. APBD-paid premiums get no PP 50/2025
/// discount, so in 2026 the premium is Rp 16,800: 12,800 workers × 6 months = Rp 1,290,240,000.
///
/// # Errors
/// [`Overflow`] when the total leaves the exact range.
pub fn program_cost(workers: i64, months: i64, mut lookup: Lookup) -> Result<ProgramCost, Overflow> {
    let income = Rupiah::new(lookup.get(&bpu::MIN_INCOME).unwrap_or(0))?;
    let worker =
        Informal { declared_income: income, with_jht: false, worker_type: WorkerType::Other, funder: Funder::Apbd };
    let mut contribution = informal(&worker, lookup)?;
    // The premium is government-paid: the "discount does not apply" note is expected, not news.
    contribution.warnings.retain(|w| w.code != "discount_not_for_government");
    let monthly_premium = contribution.total;
    let per_worker = monthly_premium.times(months)?;
    let total = per_worker.times(workers)?;
    Ok(ProgramCost { monthly_premium, per_worker, total, contribution })
}

pub mod batch;
pub mod compare;
pub mod presets;
pub mod project;
pub mod scenario;
pub mod solve;
