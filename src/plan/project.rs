//! Multi-year projection of coverage (UCJ) and budget.
//!
//! Year by year after the base year:
//! - the workforce grows by the growth rate (rounded half up to whole workers);
//! - formal participants grow with the workforce;
//! - unsubsidised informal participants lapse by the lapse rate, then organic new enrolment is
//!   added (computed for the low, central and high lapse rates, giving a band);
//! - each target group from its start year adds the workers it pays for (group less those
//!   already covered); they count as covered in every year their premium is paid;
//! - covered is capped at the workforce; UCJ = covered ÷ workforce, in basis points, rounded half up;
//! - each group's budget is the sum over the months paid (January onward) of that month's
//!   premium under the rules in force, × workers paid for; the funder pays its share (rounded
//!   half up), workers the rest.

pub(crate) use super::premium::group_year_cost;
use super::premium::push_unique_warning;
pub use super::premium::PremiumCache;
use super::scenario::{FundingSource, Scenario};
use crate::money::{Overflow, Rupiah};
use crate::params::{Applied, REVIEWED};
use crate::rules::Warning;

/// One projected year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Year {
    /// Calendar year.
    pub year: i32,
    /// Workforce (when known).
    pub workers: Option<i64>,
    /// Formal participants.
    pub formal_covered: i64,
    /// Unsubsidised informal participants (central lapse).
    pub informal_covered: i64,
    /// Workers whose premium the groups pay.
    pub subsidised: i64,
    /// All covered, capped at the workforce.
    pub covered: i64,
    /// UCJ in basis points (central, low-lapse-side high, high-lapse-side low).
    pub coverage_bp: Option<i64>,
    /// UCJ with the high lapse rate (the band's lower edge).
    pub coverage_low_bp: Option<i64>,
    /// UCJ with the low lapse rate (the band's upper edge).
    pub coverage_high_bp: Option<i64>,
    /// Workers still to enrol to reach the target (0 once reached).
    pub gap: Option<i64>,
    /// Paid by funders.
    pub budget: Rupiah,
    /// The budget with village budgets' premiums under the other reading of PP 50/2025 (discounted),
    /// when it differs from `budget` (which counts them in full).
    pub budget_if_discounted: Option<Rupiah>,
    /// Paid by the workers themselves (where a funder pays less than 100 %).
    pub worker_paid: Rupiah,
    /// Funders' budget by source (every source, zero included, in [`FundingSource::ALL`] order).
    pub by_source: [(FundingSource, Rupiah); 10],
    /// Funders' budget by group, aligned with the scenario's groups.
    pub by_group: Vec<Rupiah>,
    /// Funders' budget from the first projected year through this one.
    pub cumulative: Rupiah,
    /// Budget ÷ workers covered above the base year, when there are any.
    pub cost_per_extra: Option<Rupiah>,
    /// What APBD sources pay (APBD province or regency/city, DBHCHT, DBH Sawit, Otsus) as parts
    /// per million of the APBD total, when given; the APBN, APBDes, CSR and zakat are not counted.
    pub apbd_share_ppm: Option<i64>,
}

/// Per-group summary for the first year the group is paid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupSummary {
    /// Workers the program pays for.
    pub subsidised: i64,
    /// Premium per worker per month in the group's first paid month (all payers).
    pub monthly_premium: Rupiah,
    /// Whole premium for all workers over the months of the first paid year (all payers).
    pub annual_cost: Rupiah,
    /// The funder's part of `annual_cost`.
    pub funder_cost: Rupiah,
    /// The year these figures are for (the group's first paid year in the projection), if any.
    pub year: Option<i32>,
}

/// How a group's cost in one year is reached, for the page to write it out: workers × the
/// months' premiums (runs of months at one premium, in order) = the whole premium; the funder's
/// share of it, rounded half up; and the parameters the premiums used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupCost<'a> {
    /// The year.
    pub year: i32,
    /// Workers paid for.
    pub workers: i64,
    /// Runs of consecutive months at one premium per worker: (premium, months), in month order.
    pub runs: &'a [(Rupiah, i64)],
    /// workers × Σ premium × months (all payers).
    pub whole: Rupiah,
    /// The funder's share, basis points (10,000 = 100 %).
    pub share_bp: i64,
    /// `whole × share`, rounded half up.
    pub funder: Rupiah,
    /// The parameters the year's premiums used (each value once, by id and effective date).
    pub applied: &'a [Applied],
}

/// A projection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Projection {
    /// Covered in the base year.
    pub base_covered: i64,
    /// UCJ in the base year, basis points.
    pub base_coverage_bp: Option<i64>,
    /// The projected years.
    pub years: Vec<Year>,
    /// One summary per group.
    pub groups: Vec<GroupSummary>,
    /// Parameters used (each value once, by id and effective date).
    pub applied: Vec<Applied>,
    /// Warnings (each once).
    pub warnings: Vec<Warning>,
    /// Whether covered was capped at the workforce in some year.
    pub capped: bool,
}

/// Parameters applied and warnings, each once, gathered over one or many projections.
#[derive(Debug, Clone, Default)]
pub struct Notes {
    /// Parameters used (each value once, by id and effective date).
    pub applied: Vec<Applied>,
    /// Warnings (each once).
    pub warnings: Vec<Warning>,
}

impl Notes {
    fn warn(&mut self, w: Warning) {
        push_unique_warning(&mut self.warnings, &w);
    }
    fn has(&self, code: &str) -> bool {
        self.warnings.iter().any(|w| w.code == code)
    }
}

/// `v × (10,000 + bp) ÷ 10,000`, rounded half up, never below zero.
pub(crate) fn grow(v: i64, bp: i64) -> Result<i64, Overflow> {
    if bp == 0 {
        return Ok(v.max(0));
    }
    // In i64 when nothing overflows (always, for real counts): i128 is slow on wasm32.
    if let Some(p) = v.checked_mul(10_000 + bp).and_then(|p| p.checked_add(5_000)) {
        return Ok(p.div_euclid(10_000).max(0));
    }
    let p = i128::from(v) * i128::from(10_000 + bp);
    let q = (p + 5_000).div_euclid(10_000);
    i64::try_from(q.max(0)).map_err(|_| Overflow)
}

/// `part ÷ whole` in basis points, rounded half up.
pub(crate) fn ratio_bp(part: i64, whole: i64) -> Option<i64> {
    if whole <= 0 {
        return None;
    }
    if let (Some(n), Some(d)) = (part.checked_mul(20_000).and_then(|p| p.checked_add(whole)), whole.checked_mul(2)) {
        return Some(n / d);
    }
    let q = (i128::from(part) * 10_000 * 2 + i128::from(whole)) / (2 * i128::from(whole));
    i64::try_from(q).ok()
}

/// Smallest whole number of workers that is at least `bp` of `whole`.
pub(crate) fn workers_for_bp(bp: i64, whole: i64) -> i64 {
    if let Some(p) = bp.checked_mul(whole).and_then(|p| p.checked_add(9_999)) {
        return p / 10_000;
    }
    let p = i128::from(bp) * i128::from(whole);
    i64::try_from((p + 9_999) / 10_000).unwrap_or(i64::MAX)
}

// The projection's reading of the cache (which is `plan::premium`'s): a group's figures explained.
impl PremiumCache {
    /// How `g`'s figures in `sum` were reached (see [`GroupCost`]): the months' premiums of
    /// its year, looked up again (or found in the cache), beside the summary's amounts. `None`
    /// when nothing is paid, or on an overflow (impossible once the projection succeeded).
    pub fn group_cost(&mut self, g: &super::scenario::Group, sum: &GroupSummary) -> Option<GroupCost<'_>> {
        let year = sum.year?;
        let e = self.entry(g, year).ok()?;
        Some(GroupCost {
            year,
            workers: sum.subsidised,
            runs: &e.runs,
            whole: sum.annual_cost,
            share_bp: g.share_bp,
            funder: sum.funder_cost,
            applied: &e.applied,
        })
    }
}

/// Projects `s` over its settings' years.
///
/// # Errors
/// [`Overflow`] when an amount leaves the exact range.
pub fn project(s: &Scenario) -> Result<Projection, Overflow> {
    project_with(s, &mut PremiumCache::default())
}

/// [`project`], filling `cache` (which then explains each group's cost without looking the
/// rules up again: [`PremiumCache::group_cost`]).
///
/// # Errors
/// [`Overflow`] when an amount leaves the exact range.
pub fn project_with(s: &Scenario, cache: &mut PremiumCache) -> Result<Projection, Overflow> {
    let mut notes = Notes::default();
    let mut p = project_cached(s, cache, &mut notes)?;
    p.applied = notes.applied;
    p.warnings = notes.warnings;
    Ok(p)
}

/// [`project`], reusing (and filling) `cache`, and gathering parameters and warnings into `notes`
/// (the projection's own lists stay empty): the same figures, faster for many scenarios.
///
/// # Errors
/// [`Overflow`] when an amount leaves the exact range.
pub fn project_cached(s: &Scenario, cache: &mut PremiumCache, notes: &mut Notes) -> Result<Projection, Overflow> {
    let base_covered = s.formal_covered + s.informal_covered;
    let base_coverage_bp = s.workforce.and_then(|w| ratio_bp(base_covered.min(w), w));
    if s.workforce.is_none() {
        notes.warn(Warning::new(
            "no_workforce",
            "Jumlah pekerja belum diisi: persentase cakupan (UCJ) tidak dihitung, anggaran tetap dihitung.",
            "No workforce total: coverage (UCJ) is not computed; budgets still are.",
        ));
    }
    let mut workforce = s.workforce;
    let mut formal = s.formal_covered;
    let mut informal = [s.informal_covered; 3];
    let mut cumulative = Rupiah::ZERO;
    let mut years = Vec::with_capacity(usize::try_from(s.settings.years).unwrap_or(0));
    let mut summaries: Vec<Option<GroupSummary>> = vec![None; s.groups.len()];
    let mut capped = false;

    for k in 1..=s.settings.years {
        let year = s.base_year + k;
        workforce = match workforce {
            Some(w) => Some(grow(w, s.settings.growth_bp)?),
            None => None,
        };
        formal = grow(formal, s.settings.growth_bp)?;
        for (inf, lapse) in informal.iter_mut().zip(&s.settings.lapse_bp) {
            *inf = grow(*inf, -lapse)?.saturating_add(s.settings.new_enrolment);
        }

        let mut subsidised = 0i64;
        let mut budget = Rupiah::ZERO;
        let mut budget_discounted = Rupiah::ZERO;
        let mut worker_paid = Rupiah::ZERO;
        let mut by_group = Vec::with_capacity(s.groups.len());
        let mut by_source = FundingSource::ALL.map(|f| (f, Rupiah::ZERO));
        for (g, summary) in s.groups.iter().zip(summaries.iter_mut()) {
            if g.paid_months(year).is_none() || g.subsidised() == 0 {
                by_group.push(Rupiah::ZERO);
                continue;
            }
            let n = g.subsidised();
            subsidised += n;
            let (whole, funder, first) = group_year_cost(g, n, year, cache, &mut notes.applied, &mut notes.warnings)?;
            budget = budget.add(funder)?;
            let other_reading = cache.entry(g, year)?.per_worker_discounted.times(n)?;
            budget_discounted =
                budget_discounted.add(crate::money::apply_rate(other_reading, crate::money::Ppm(g.share_bp * 100))?)?;
            worker_paid = worker_paid.add(whole.sub(funder)?)?;
            by_group.push(funder);
            if let Some(slot) = by_source.iter_mut().find(|(f, _)| *f == g.source) {
                slot.1 = slot.1.add(funder)?;
            }
            if summary.is_none() {
                *summary = Some(GroupSummary {
                    subsidised: n,
                    monthly_premium: first,
                    annual_cost: whole,
                    funder_cost: funder,
                    year: Some(year),
                });
            }
        }
        cumulative = cumulative.add(budget)?;

        let covered_with = |inf: i64| {
            let c = formal.saturating_add(inf).saturating_add(subsidised);
            match workforce {
                Some(w) => c.min(w),
                None => c,
            }
        };
        let covered = covered_with(informal[1]);
        if workforce.is_some_and(|w| formal.saturating_add(informal[1]).saturating_add(subsidised) > w) {
            capped = true;
        }
        let pct = |c: i64| workforce.and_then(|w| ratio_bp(c, w));
        let gap = match (s.target, workforce) {
            (Some(t), Some(w)) => Some((workers_for_bp(t.bp, w) - covered).max(0)),
            _ => None,
        };
        let extra = covered - base_covered;
        let cost_per_extra = if extra > 0 && budget.get() > 0 {
            let q = (i128::from(budget.get()) * 2 + i128::from(extra)) / (2 * i128::from(extra));
            Some(Rupiah::new(i64::try_from(q).map_err(|_| Overflow)?)?)
        } else {
            None
        };
        // Only what is spent through the region's own APBD is a share of it: its APBD (a
        // regency's, a province's) and the transfers spent through it (DBHCHT, DBH sawit, Otsus).
        // The APBN, village budgets, another level's APBD, CSR and zakat are other payers' money:
        // a plan paid only from them shows no such card.
        let through_apbd =
            Rupiah::sum(by_source.iter().filter(|(f, _)| f.through_apbd(s.level)).map(|(_, a)| *a))?;
        let apbd_share_ppm = s.settings.apbd_total.filter(|t| t.get() > 0 && through_apbd.get() > 0).map(|t| {
            let q = (i128::from(through_apbd.get()) * 2_000_000 + i128::from(t.get())) / (2 * i128::from(t.get()));
            i64::try_from(q).unwrap_or(i64::MAX)
        });
        years.push(Year {
            year,
            workers: workforce,
            formal_covered: formal,
            informal_covered: informal[1],
            subsidised,
            covered,
            coverage_bp: pct(covered),
            coverage_low_bp: pct(covered_with(informal[2])),
            coverage_high_bp: pct(covered_with(informal[0])),
            gap,
            budget,
            budget_if_discounted: (budget_discounted != budget).then_some(budget_discounted),
            worker_paid,
            by_source,
            by_group,
            cumulative,
            cost_per_extra,
            apbd_share_ppm,
        });
    }

    if capped {
        notes.warn(Warning::new(
            "coverage_capped",
            "Jumlah peserta melebihi jumlah pekerja dan dibatasi 100%. Periksa apakah kelompok sasaran sudah termasuk peserta aktif.",
            "Participants exceed the workforce and are capped at 100%. Check whether target groups are already counted as active participants.",
        ));
    }
    if s.base_year + s.settings.years > REVIEWED.year() && !notes.has("future_rules") {
        notes.warn(Warning::new(
            "future_rules",
            format!(
                "Tahun setelah {} memakai aturan iuran terakhir yang diketahui; tarif bisa berubah.",
                REVIEWED.year()
            ),
            format!("Years after {} use the latest known contribution rules; rates may change.", REVIEWED.year()),
        ));
    }
    let groups = summaries
        .into_iter()
        .map(|g| {
            g.unwrap_or(GroupSummary {
                subsidised: 0,
                monthly_premium: Rupiah::ZERO,
                annual_cost: Rupiah::ZERO,
                funder_cost: Rupiah::ZERO,
                year: None,
            })
        })
        .collect();
    Ok(Projection { base_covered, base_coverage_bp, years, groups, applied: Vec::new(), warnings: Vec::new(), capped })
}

#[cfg(test)]
mod tests {
    // Test code may unwrap: a failure here is a test failure, never a panic in the wasm.
    use super::*;

    /// The i128 forms these functions had before their i64 fast paths.
    fn grow_ref(v: i64, bp: i64) -> Option<i64> {
        let q = (i128::from(v) * i128::from(10_000 + bp) + 5_000).div_euclid(10_000);
        i64::try_from(q.max(0)).ok()
    }
    fn ratio_ref(part: i64, whole: i64) -> Option<i64> {
        if whole <= 0 {
            return None;
        }
        i64::try_from((i128::from(part) * 20_000 + i128::from(whole)) / (2 * i128::from(whole))).ok()
    }
    fn workers_ref(bp: i64, whole: i64) -> i64 {
        i64::try_from((i128::from(bp) * i128::from(whole) + 9_999) / 10_000).unwrap_or(i64::MAX)
    }

    #[test]
    fn fast_paths_give_the_exact_results() {
        let vs = [0, 1, 7, 4_999, 5_000, 12_345, 70_479, i64::MAX / 20_000, i64::MAX / 10_000, i64::MAX / 9_999, i64::MAX, -1, -5_000, i64::MIN / 10_000, i64::MIN];
        let bps = [-10_000, -9_999, -150, -1, 0, 1, 50, 9_999, 10_000, 20_000, 5_000_000];
        for v in vs {
            for bp in bps {
                assert_eq!(grow(v, bp).ok(), grow_ref(v, bp), "grow({v}, {bp})");
                assert_eq!(ratio_bp(v, bp), ratio_ref(v, bp), "ratio_bp({v}, {bp})");
                assert_eq!(ratio_bp(bp, v), ratio_ref(bp, v), "ratio_bp({bp}, {v})");
                assert_eq!(workers_for_bp(bp, v), workers_ref(bp, v), "workers_for_bp({bp}, {v})");
            }
        }
    }
}
