//! Subtotals of a batch: its areas summed per district, regency and province.
//!
//! An area belongs to a district, regency or province by its Kemendagri code when it has one
//! below that level (`51.04.01.2001` lies in district `51.04.01`, regency `51.04`, province
//! `51`), else by the names its row gives (`provinsi`, `kabupaten`, `kecamatan`; compared
//! without case, accents or extra spaces). An area with neither is in no subtotal of that level.
//! Counts and rupiah are summed; the two UCJ columns are the sums' ratios (participants ÷
//! workers), not an average of percentages; "gap" is the sum of what each area needs to reach
//! the target itself, as in the totals.

use super::{Areas, Texts};
use crate::plan::project::ratio_bp;
use crate::regions::normalize;
use std::borrow::Cow;
use std::collections::BTreeMap;

/// The level of a subtotal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Kecamatan (distrik in Papua).
    District,
    /// Kabupaten / kota.
    Regency,
    /// Provinsi.
    Province,
}

impl Level {
    /// Every level, smallest first.
    pub const ALL: [Level; 3] = [Level::District, Level::Regency, Level::Province];

    /// Parts of a dotted code at this level (`51.04` has 2).
    fn parts(self) -> usize {
        match self {
            Level::District => 3,
            Level::Regency => 2,
            Level::Province => 1,
        }
    }

    /// The word the page and files use: `kecamatan`, `kabupaten`, `provinsi`.
    pub fn id(self) -> &'static str {
        match self {
            Level::District => "kecamatan",
            Level::Regency => "kabupaten",
            Level::Province => "provinsi",
        }
    }

    /// The level named by [`Level::id`] (or its English word).
    pub fn parse(s: &str) -> Option<Level> {
        match s {
            "kecamatan" | "district" => Some(Level::District),
            "kabupaten" | "regency" => Some(Level::Regency),
            "provinsi" | "province" => Some(Level::Province),
            _ => None,
        }
    }
}

/// The subtotals of every level, each with the columns of [`Areas`] (a row per district,
/// regency or province, in code order, then those known by name only, in name order).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Subtotals {
    /// Per district.
    pub district: Areas,
    /// Per regency or city.
    pub regency: Areas,
    /// Per province.
    pub province: Areas,
}

impl Subtotals {
    /// The subtotals of `areas` at every level.
    pub fn of(areas: &Areas) -> Subtotals {
        Subtotals { district: sum(areas, Level::District), regency: sum(areas, Level::Regency), province: sum(areas, Level::Province) }
    }

    /// One level's rows.
    pub fn level(&self, level: Level) -> &Areas {
        match level {
            Level::District => &self.district,
            Level::Regency => &self.regency,
            Level::Province => &self.province,
        }
    }
}

/// A dotted code's first `parts` parts, when each is all digits and the code has more parts.
fn prefix(code: &str, parts: usize) -> Option<&str> {
    let mut end = 0;
    let mut n = 0;
    for (i, b) in code.bytes().enumerate() {
        if b == b'.' {
            n += 1;
            if n == parts {
                end = i;
                break;
            }
        } else if !b.is_ascii_digit() {
            return None;
        }
    }
    (n == parts && end > 0).then(|| code.get(..end)).flatten()
}

/// The key of area `i` at `level`: its code's prefix (borrowed: most areas have one, and the
/// key is copied only for a new row), else its names; `None` when it has neither.
fn key(a: &Areas, i: usize, level: Level) -> Option<(bool, Cow<'_, str>)> {
    let code = a.code.get(i).unwrap_or("");
    if let Some(p) = prefix(code.trim(), level.parts()) {
        return Some((false, Cow::Borrowed(p)));
    }
    let get = |v: &Texts| v.get(i).map_or(String::new(), normalize);
    let (province, regency, district) = (get(&a.province), get(&a.regency), get(&a.district));
    let own = match level {
        Level::District => &district,
        Level::Regency => &regency,
        Level::Province => &province,
    };
    if own.is_empty() {
        return None;
    }
    Some((
        true,
        Cow::Owned(match level {
            Level::District => format!("{province}\u{1}{regency}\u{1}{district}"),
            Level::Regency => format!("{province}\u{1}{regency}"),
            Level::Province => province,
        }),
    ))
}

fn sum(a: &Areas, level: Level) -> Areas {
    let n = a.target_columns;
    let mut out = Areas { target_columns: n, ..Areas::default() };
    let mut rows: BTreeMap<(bool, String), usize> = BTreeMap::new();
    // Areas mostly come in code order: the last key found is usually the next one's.
    let mut last: Option<((bool, String), usize)> = None;
    let mut members: Vec<usize> = Vec::with_capacity(a.len());
    for i in 0..a.len() {
        let Some(k) = key(a, i, level) else {
            members.push(usize::MAX);
            continue;
        };
        let at = match &last {
            Some(((by_name, lk), at)) if *by_name == k.0 && *lk == *k.1 => *at,
            _ => {
                let k = (k.0, k.1.into_owned());
                let next = rows.len();
                let at = *rows.entry(k.clone()).or_insert(next);
                if at == next {
                    start_row(&mut out, a, i, level, k.0, &k.1);
                }
                last = Some((k, at));
                at
            }
        };
        members.push(at);
    }
    for (i, at) in members.iter().enumerate() {
        if *at != usize::MAX {
            add_area(&mut out, a, i, *at);
        }
    }
    for r in 0..out.len() {
        let get = |v: &Vec<i64>| v.get(r).copied().unwrap_or(0);
        let (b, f) = (ratio_bp(get(&out.covered), get(&out.workers)), ratio_bp(get(&out.final_covered), get(&out.final_workers)));
        out.base_bp.push(b.unwrap_or(0));
        out.final_bp.push(f.unwrap_or(0));
    }
    // Rows in key order: coded ones by code, then named ones by name.
    let order: Vec<usize> = rows.values().copied().collect();
    reorder(out, &order)
}

/// A new subtotal row, named from its first area.
fn start_row(out: &mut Areas, a: &Areas, i: usize, level: Level, by_name: bool, key: &str) {
    let (province, regency, district) = (a.province.get(i).unwrap_or(""), a.regency.get(i).unwrap_or(""), a.district.get(i).unwrap_or(""));
    let own = match level {
        Level::District => district,
        Level::Regency => regency,
        Level::Province => province,
    };
    out.line.push(a.line.get(i).copied().unwrap_or(0));
    out.count.push(0);
    out.code.push(if by_name { "" } else { key });
    out.name.push(if own.is_empty() { key } else { own });
    out.province.push(province);
    out.regency.push(if level == Level::Province { "" } else { regency });
    out.district.push(if level == Level::District { district } else { "" });
    out.parent.push("");
    out.official.push("");
    for v in [
        &mut out.workers,
        &mut out.covered,
        &mut out.formal,
        &mut out.informal,
        &mut out.subsidised,
        &mut out.final_workers,
        &mut out.final_covered,
        &mut out.gap,
        &mut out.gap_cost,
        &mut out.first_budget,
        &mut out.total_budget,
    ] {
        v.push(0);
    }
    out.targets.extend(std::iter::repeat_n(0, out.target_columns));
}

fn add_area(out: &mut Areas, a: &Areas, i: usize, at: usize) {
    let pairs: [(&mut Vec<i64>, &Vec<i64>); 12] = [
        (&mut out.count, &a.count),
        (&mut out.workers, &a.workers),
        (&mut out.covered, &a.covered),
        (&mut out.formal, &a.formal),
        (&mut out.informal, &a.informal),
        (&mut out.subsidised, &a.subsidised),
        (&mut out.final_workers, &a.final_workers),
        (&mut out.final_covered, &a.final_covered),
        (&mut out.gap, &a.gap),
        (&mut out.gap_cost, &a.gap_cost),
        (&mut out.first_budget, &a.first_budget),
        (&mut out.total_budget, &a.total_budget),
    ];
    for (to, from) in pairs {
        if let (Some(t), Some(f)) = (to.get_mut(at), from.get(i)) {
            // The totals summed the same figures with checked sums: these cannot overflow.
            *t = t.saturating_add(*f);
        }
    }
    let n = out.target_columns;
    for (k, v) in a.targets_of(i).iter().enumerate() {
        if let Some(t) = out.targets.get_mut(at * n + k) {
            *t = t.saturating_add(*v);
        }
    }
}

/// The rows in the order given (indexes into `a`).
fn reorder(a: Areas, order: &[usize]) -> Areas {
    fn pick<T: Clone>(v: &[T], order: &[usize]) -> Vec<T> {
        order.iter().filter_map(|i| v.get(*i).cloned()).collect()
    }
    let texts = |v: &Texts| -> Texts { order.iter().filter_map(|i| v.get(*i)).collect() };
    let n = a.target_columns;
    Areas {
        line: pick(&a.line, order),
        count: pick(&a.count, order),
        code: texts(&a.code),
        name: texts(&a.name),
        province: texts(&a.province),
        regency: texts(&a.regency),
        district: texts(&a.district),
        parent: texts(&a.parent),
        official: texts(&a.official),
        workers: pick(&a.workers, order),
        covered: pick(&a.covered, order),
        formal: pick(&a.formal, order),
        informal: pick(&a.informal, order),
        base_bp: pick(&a.base_bp, order),
        subsidised: pick(&a.subsidised, order),
        final_workers: pick(&a.final_workers, order),
        final_covered: pick(&a.final_covered, order),
        final_bp: pick(&a.final_bp, order),
        gap: pick(&a.gap, order),
        gap_cost: pick(&a.gap_cost, order),
        first_budget: pick(&a.first_budget, order),
        total_budget: pick(&a.total_budget, order),
        targets: order.iter().flat_map(|i| a.targets_of(*i).to_vec()).collect(),
        target_columns: n,
    }
}
