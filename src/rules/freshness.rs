//! How old the rules are: a cached copy of the page must never silently serve outdated rates.

use super::Warning;
use crate::date::Date;
use crate::params::REVIEWED;

/// After this many days without a check, the page warns that rates may have changed.
pub const RULES_STALE_DAYS: i64 = 365;

/// The rules' age on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Freshness {
    /// The day the rules were last checked against their sources.
    pub reviewed: Date,
    /// Days since then (negative before it).
    pub age_days: i64,
    /// What to tell the user, when the rules were checked more than [`RULES_STALE_DAYS`] ago.
    pub warning: Option<Warning>,
}

/// The rules' age on `today` (the user's today: nothing here reads a clock).
pub fn freshness(today: Date) -> Freshness {
    let reviewed = REVIEWED;
    let age_days = reviewed.days_until(today);
    let warning = (age_days > RULES_STALE_DAYS).then(|| {
        Warning::new(
            "rules_old",
            format!(
                "Data aturan terakhir diperiksa {} ({} hari lalu). Tarif mungkin sudah berubah: muat ulang saat tersambung internet untuk versi terbaru.",
                reviewed, age_days
            ),
            format!(
                "The rules were last checked on {} ({} days ago). Rates may have changed: reload when online for the latest version.",
                reviewed, age_days
            ),
        )
    });
    Freshness { reviewed, age_days, warning }
}
