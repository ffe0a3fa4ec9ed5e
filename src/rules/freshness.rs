//! How old the rules are: a cached copy of the page must never silently serve outdated rates.

use super::Warning;
use crate::date::Date;
use crate::params::{self, REVIEWED};

/// After this many days without a check, the page warns that rates may have changed.
pub const RULES_STALE_DAYS: i64 = 365;

/// How many old values the warning names before "and N more".
const NAMED: usize = 3;

/// The rules' age on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Freshness {
    /// The oldest day any value in force was last checked against its sources.
    pub reviewed: Date,
    /// Days since then (negative before it).
    pub age_days: i64,
    /// The ids of the values in force that were checked more than [`RULES_STALE_DAYS`] ago.
    pub old: Vec<&'static str>,
    /// What to tell the user, naming those values, when there are any.
    pub warning: Option<Warning>,
}

/// The rules' age on `today` (the user's today: nothing here reads a clock): each parameter in
/// force then is as old as its own last check, and the warning names the old ones.
pub fn freshness(today: Date) -> Freshness {
    // Plain loops: the first-load module pays for every iterator adapter and `join`.
    let mut reviewed: Option<Date> = None;
    let mut old: Vec<&'static str> = Vec::new();
    let (mut id, mut en) = (String::new(), String::new());
    for p in params::all() {
        if p.at(today).is_none() {
            continue;
        }
        reviewed = Some(reviewed.map_or(p.checked, |r| r.min(p.checked)));
        if p.checked.days_until(today) <= RULES_STALE_DAYS {
            continue;
        }
        if old.len() < NAMED {
            let sep = if old.is_empty() { "" } else { ", " };
            id.push_str(sep);
            id.push_str(p.label_id);
            en.push_str(sep);
            en.push_str(p.label_en);
        }
        old.push(p.id);
    }
    let reviewed = reviewed.unwrap_or(REVIEWED);
    let age_days = reviewed.days_until(today);
    let more = old.len().saturating_sub(NAMED);
    let warning = (!old.is_empty()).then(|| {
        let (more_id, more_en) =
            if more > 0 { (format!(" dan {more} lainnya"), format!(" and {more} more")) } else { Default::default() };
        Warning::new(
            "rules_old",
            format!(
                "Data aturan terakhir diperiksa {reviewed} ({age_days} hari lalu): {id}{more_id}. Tarif mungkin sudah \
                 berubah: muat ulang saat tersambung internet untuk versi terbaru."
            ),
            format!(
                "The rules were last checked on {reviewed} ({age_days} days ago): {en}{more_en}. Rates may have \
                 changed: reload when online for the latest version."
            ),
        )
    });
    Freshness { reviewed, age_days, old, warning }
}
