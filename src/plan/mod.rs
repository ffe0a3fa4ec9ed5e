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

/// One budget year of a program paid across budget years.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpanYear {
    /// The fiscal (calendar) year.
    pub year: i32,
    /// First and last month paid in it (1–12).
    pub first_month: u8,
    /// Last month paid in it.
    pub last_month: u8,
    /// Runs of months at one premium, in order: (premium per worker per month, months).
    pub runs: Vec<(Rupiah, i64)>,
    /// Per worker for the year's months, each under the rules of its month.
    pub per_worker: Rupiah,
    /// For all workers.
    pub total: Rupiah,
}

/// A program paid from a start month for a number of months, across budget years.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgramSpan {
    /// The cost split by fiscal year.
    pub years: Vec<SpanYear>,
    /// Per worker for every month.
    pub per_worker: Rupiah,
    /// For all workers.
    pub total: Rupiah,
    /// The first month's premium (the monthly premium when it does not change).
    pub first_premium: Rupiah,
    /// Whether every month has the same premium (then total = workers × premium × months).
    pub uniform: bool,
    /// The months' contributions: parameters and warnings of each, gathered without repeats.
    pub contribution: Contribution,
}

/// The budget for paying the BPU basic package of `workers` workers, as an APBD pays it, for
/// `months` months from `start_month` of `start_year` ("from November 2026 for 14 months"): each
/// month under the rules in force that month, the cost split by fiscal year (the calendar year).
///
/// # Errors
/// [`Overflow`] when a total leaves the exact range (or a month is not a date).
pub fn program_span(workers: i64, start_year: i32, start_month: u8, months: u8) -> Result<ProgramSpan, Overflow> {
    let mut years: Vec<SpanYear> = Vec::new();
    let mut gathered: Option<Contribution> = None;
    let (mut per_worker, mut first_premium, mut uniform) = (Rupiah::ZERO, None, true);
    let last_year = start_year + (i32::from(start_month) - 1 + i32::from(months) - 1) / 12;
    for year in start_year..=last_year {
        let Some((a, b)) = scenario::paid_in_year(start_year, start_month, months, year) else { continue };
        let mut y = SpanYear { year, first_month: a, last_month: b, runs: Vec::new(), per_worker: Rupiah::ZERO, total: Rupiah::ZERO };
        for m in a..=b {
            let date = crate::date::Date::new(year, m, 1).ok_or(Overflow)?;
            let c = program_cost(1, 1, Lookup::new(date))?;
            let premium = c.monthly_premium;
            uniform &= *first_premium.get_or_insert(premium) == premium;
            match y.runs.last_mut() {
                Some((p, n)) if *p == premium => *n += 1,
                _ => y.runs.push((premium, 1)),
            }
            y.per_worker = y.per_worker.add(premium)?;
            gathered = Some(match gathered.take() {
                None => c.contribution,
                Some(mut g) => {
                    for a in c.contribution.applied {
                        if !g.applied.iter().any(|x| x.id == a.id && x.effective_from == a.effective_from) {
                            g.applied.push(a);
                        }
                    }
                    for w in c.contribution.warnings {
                        if !g.warnings.contains(&w) {
                            g.warnings.push(w);
                        }
                    }
                    g
                }
            });
        }
        y.total = y.per_worker.times(workers)?;
        per_worker = per_worker.add(y.per_worker)?;
        years.push(y);
    }
    let contribution = gathered.ok_or(Overflow)?;
    Ok(ProgramSpan {
        total: Rupiah::sum(years.iter().map(|y| y.total))?,
        years,
        per_worker,
        first_premium: first_premium.unwrap_or(Rupiah::ZERO),
        uniform,
        contribution,
    })
}

pub mod batch;
pub mod compare;
pub mod premium;
pub mod presets;
pub mod project;
pub mod scenario;
pub mod solve;
