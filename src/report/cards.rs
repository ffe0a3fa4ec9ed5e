//! The planning view's headline figures (summary cards) and the scenario's assumptions in words.

use super::{pct, pct_text, Money};
use crate::fmt::{group as g, scaled, Lang};
use crate::plan::project::Projection;
use crate::plan::scenario::Scenario;
use serde::Serialize;

/// Headline figures for the summary cards.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Cards {
    /// UCJ now, e.g. `72,75%` (empty without a workforce).
    pub ucj_now: String,
    /// Target, e.g. `100% (2025)` (empty without a target).
    pub ucj_target: String,
    /// UCJ in the last projected year.
    pub ucj_end: String,
    /// The first projected year.
    pub first_year: i32,
    /// The target's year (none without a target).
    pub target_year: Option<i32>,
    /// Workers still uncovered in the first projected year (when the workforce is known).
    pub uncovered: Option<i64>,
    /// Budget in the first projected year.
    pub budget_first: Money,
    /// Budget over the whole projection.
    pub budget_total: Money,
    /// Budget per worker covered above the base year, first projected year.
    pub cost_per_worker: Option<Money>,
    /// Workers still short of the target in the target year (not the same as `uncovered`:
    /// those are all workers without protection; this is what the target still needs).
    pub target_gap: Option<i64>,
    /// The first year's budget as a share of the region's total APBD, e.g. `0,48%` (empty
    /// without the APBD total).
    pub apbd_share: String,
}

/// The cards of a projection (none when it has no years).
pub fn cards(s: &Scenario, p: &Projection, lang: Lang) -> Option<Cards> {
    let first = p.years.first()?;
    let last = p.years.last()?;
    let text = |v: Option<f64>| v.map(|v| pct_text(v, lang)).unwrap_or_default();
    Some(Cards {
        ucj_now: text(pct(p.base_coverage_bp)),
        ucj_target: s.target.map(|t| format!("{} ({})", text(pct(Some(t.bp))), t.year)).unwrap_or_default(),
        ucj_end: text(pct(last.coverage_bp)),
        first_year: first.year,
        target_year: s.target.map(|t| t.year),
        uncovered: first.workers.map(|w| w - first.covered),
        budget_first: Money::new(first.budget, lang),
        budget_total: Money::new(last.cumulative, lang),
        cost_per_worker: first.cost_per_extra.map(|c| Money::new(c, lang)),
        target_gap: s.target.and_then(|t| p.years.iter().find(|y| y.year == t.year)).and_then(|y| y.gap),
        apbd_share: first.apbd_share_ppm.map(|ppm| format!("{}%", scaled((ppm + 50) / 100, 2, lang))).unwrap_or_default(),
    })
}

/// The scenario's settings in words, for the memo and the CSV: `[(label, value), …]`.
pub fn assumptions(s: &Scenario, lang: Lang) -> Vec<(String, String)> {
    let p = |bp: i64| format!("{}%", scaled(bp, 2, lang));
    let [lo, mid, hi] = s.settings.lapse_bp;
    let id = lang == Lang::Id;
    let pick = |a: String, b: String| if id { a } else { b };
    vec![
        (pick("Lama proyeksi".into(), "Projection length".into()), pick(format!("{} tahun", s.settings.years), format!("{} years", s.settings.years))),
        (pick("Pertumbuhan tenaga kerja".into(), "Workforce growth".into()), pick(format!("{} per tahun", p(s.settings.growth_bp)), format!("{} a year", p(s.settings.growth_bp)))),
        (
            pick("Laju berhenti peserta mandiri".into(), "Lapse of self-paying participants".into()),
            pick(format!("{} per tahun (rentang {}–{})", p(mid), p(lo), p(hi)), format!("{} a year (band {}–{})", p(mid), p(lo), p(hi))),
        ),
        (pick("Pendaftaran baru tanpa subsidi".into(), "Unsubsidised new enrolment".into()), pick(format!("{} per tahun", g(s.settings.new_enrolment, lang)), format!("{} a year", g(s.settings.new_enrolment, lang)))),
        (pick("Kelompok sasaran".into(), "Target groups".into()), g(s.groups.len() as i64, lang)),
        (
            pick("Cara hitung".into(), "Method".into()),
            pick(
                "Iuran dibayar mulai Januari, per bulan menurut aturan yang berlaku bulan itu; tiap program dibulatkan ke rupiah terdekat.".into(),
                "Premiums paid from January, month by month under the rules in force that month; each program rounded to the nearest rupiah.".into(),
            ),
        ),
    ]
}
