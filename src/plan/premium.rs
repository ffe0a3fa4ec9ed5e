//! The premium cache: a year of one group's premiums per worker, looked up in the rules once for
//! every group and area that shares its package, kind of work, funder and months (a plan's edit
//! and the national batch's 84,000 areas walk it), and a group's cost in a year from it.

use super::scenario::{premium, FundingSource, Package};
use crate::date::Date;
use crate::money::{Overflow, Rupiah};
use crate::params::Applied;
use crate::rules::{Warning, WorkerType};

/// Adds (a copy of) `w` unless the same warning is already there.
pub(super) fn push_unique_warning(list: &mut Vec<Warning>, w: &Warning) {
    if !list.iter().any(|x| x.code == w.code && x.message_en == w.message_en) {
        list.push(w.clone());
    }
}

/// Adds (a copy of) `a` unless the same parameter value is already there.
pub(super) fn push_unique_applied(list: &mut Vec<Applied>, a: &Applied) {
    if !list.iter().any(|x| x.id == a.id && x.effective_from == a.effective_from) {
        list.push(*a);
    }
}

/// A year of one group's premiums, per worker: what the rules give for its package, kind of work,
/// funding source and months in that year. Areas and groups sharing these share the entry.
#[derive(Debug, Clone)]
pub(super) struct CostEntry {
    key: (Package, WorkerType, FundingSource, u8, u8, i32),
    per_worker: Rupiah,
    /// `per_worker` with a village budget's months under the discounted reading of PP 50/2025.
    pub(super) per_worker_discounted: Rupiah,
    first: Rupiah,
    /// Runs of consecutive months at one premium: (premium, months).
    pub(super) runs: Vec<(Rupiah, i64)>,
    pub(super) applied: Vec<Applied>,
    warnings: Vec<Warning>,
}

/// Premiums already looked up, so that many groups or many areas with the same package do not
/// walk the rules again for every month (the national batch projects 84,000 areas).
#[derive(Debug, Clone, Default)]
pub struct PremiumCache {
    /// Entries by year, so that a lookup walks the years and then one year's entries (a
    /// 50-group 30-year plan made 1,500 lookups through 270 entries on every edit).
    by_year: Vec<(i32, Vec<CostEntry>)>,
}

impl PremiumCache {
    #[inline(never)]
    pub(super) fn entry(&mut self, g: &super::scenario::Group, year: i32) -> Result<&CostEntry, Overflow> {
        let (from, to) = g.paid_months(year).unwrap_or((1, 0));
        let key = (g.package, g.worker_type, g.source, from, to, year);
        let yi = match self.by_year.iter().position(|(y, _)| *y == year) {
            Some(i) => i,
            None => {
                self.by_year.push((year, Vec::new()));
                self.by_year.len() - 1
            }
        };
        let entries = &mut self.by_year.get_mut(yi).ok_or(Overflow)?.1;
        if let Some(i) = entries.iter().position(|e| e.key == key) {
            return entries.get(i).ok_or(Overflow);
        }
        let mut e = CostEntry {
            key,
            per_worker: Rupiah::ZERO,
            per_worker_discounted: Rupiah::ZERO,
            first: Rupiah::ZERO,
            runs: Vec::new(),
            applied: Vec::new(),
            warnings: Vec::new(),
        };
        // A premium's date enters only through the contribution rules' parameters (projections
        // know no birth date): without a change in the months paid, each month's is the first's,
        // looked up once. The test below walks every month of 46 years to check it.
        use crate::params::{bpu, pu, relief};
        let (first_day, last_day) = (Date::new(year, from, 1).ok_or(Overflow)?, Date::new(year, to.max(from), 1).ok_or(Overflow)?);
        let same = !crate::params::changes_between(&[bpu::ALL, pu::ALL, relief::ALL], first_day, last_day);
        let mut first_discounted = Rupiah::ZERO;
        for m in from..=to {
            if same && m > from {
                e.per_worker = e.per_worker.add(e.first)?;
                e.per_worker_discounted = e.per_worker_discounted.add(first_discounted)?;
                if let Some((_, n)) = e.runs.last_mut() {
                    *n += 1;
                }
                continue;
            }
            let date = Date::new(year, m, 1).ok_or(Overflow)?;
            let p = premium(g, date)?;
            if m == from {
                e.first = p.amount;
                first_discounted = p.if_discounted.unwrap_or(p.amount);
            }
            e.per_worker = e.per_worker.add(p.amount)?;
            match e.runs.last_mut() {
                Some((q, n)) if *q == p.amount => *n += 1,
                _ => e.runs.push((p.amount, 1)),
            }
            e.per_worker_discounted = e.per_worker_discounted.add(p.if_discounted.unwrap_or(p.amount))?;
            for a in &p.applied {
                push_unique_applied(&mut e.applied, a);
            }
            for w in &p.warnings {
                push_unique_warning(&mut e.warnings, w);
            }
        }
        entries.push(e);
        entries.last().ok_or(Overflow)
    }
}

/// Cost of one group's premiums in `year`: (whole premium, funder's share, first month's premium).
pub(crate) fn group_year_cost(
    g: &super::scenario::Group,
    workers: i64,
    year: i32,
    cache: &mut PremiumCache,
    applied: &mut Vec<Applied>,
    warnings: &mut Vec<Warning>,
) -> Result<(Rupiah, Rupiah, Rupiah), Overflow> {
    let e = cache.entry(g, year)?;
    for a in &e.applied {
        push_unique_applied(applied, a);
    }
    for w in &e.warnings {
        push_unique_warning(warnings, w);
    }
    let whole = e.per_worker.times(workers)?;
    let funder = crate::money::apply_rate(whole, crate::money::Ppm(g.share_bp * 100))?;
    Ok((whole, funder, e.first))
}

#[cfg(test)]
mod tests {
    // Test code may unwrap: a failure here is a test failure, never a panic in the wasm.
    use super::*;

    /// A year's entry the way it was built before the unchanged months were skipped: every
    /// month's premium looked up.
    fn entry_month_by_month(g: &super::super::scenario::Group, year: i32) -> CostEntry {
        let (from, to) = g.paid_months(year).unwrap_or((1, 0));
        let mut e = CostEntry { key: (g.package, g.worker_type, g.source, from, to, year), per_worker: Rupiah::ZERO,
            per_worker_discounted: Rupiah::ZERO, first: Rupiah::ZERO, runs: Vec::new(), applied: Vec::new(), warnings: Vec::new() };
        for m in from..=to {
            let p = premium(g, Date::new(year, m, 1).unwrap()).unwrap();
            if m == from {
                e.first = p.amount;
            }
            e.per_worker = e.per_worker.add(p.amount).unwrap();
            match e.runs.last_mut() {
                Some((q, n)) if *q == p.amount => *n += 1,
                _ => e.runs.push((p.amount, 1)),
            }
            e.per_worker_discounted = e.per_worker_discounted.add(p.if_discounted.unwrap_or(p.amount)).unwrap();
            for a in &p.applied {
                push_unique_applied(&mut e.applied, a);
            }
            for w in &p.warnings {
                push_unique_warning(&mut e.warnings, w);
            }
        }
        e
    }

    #[test]
    fn a_years_entry_is_the_month_by_month_walk() {
        use super::super::scenario::{FundingSource, Group, Package};
        use crate::rules::WorkerType;
        let r = |v| Rupiah::new(v).unwrap();
        let packages = [Package::Bpu { income: r(1_000_000) }, Package::Bpu { income: r(50_000) }, Package::BpuWithJht { income: r(3_500_000) },
            Package::PuWage { wage: r(1_000_000) }, Package::PuWage { wage: r(12_000_000) }];
        let mut checked = 0;
        for package in packages {
            for worker_type in [WorkerType::Transport, WorkerType::Other] {
                for source in FundingSource::ALL {
                    for (months, start_month) in [(12, None), (5, None), (1, None), (14, Some(11)), (3, Some(2))] {
                        let g = Group { name: String::new(), workers: 10, covered: 0, package, worker_type, months, start_month, share_bp: 10_000, source, start_year: 2015 };
                        let mut cache = PremiumCache::default();
                        for year in 2015..=2060 {
                            let fast = format!("{:?}", cache.entry(&g, year).unwrap());
                            assert_eq!(fast, format!("{:?}", entry_month_by_month(&g, year)), "{g:?} in {year}");
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert_eq!(checked, 5 * 2 * 10 * 5 * 46);
    }
}
