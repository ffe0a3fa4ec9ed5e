//! The national coverage targets through the contract: the RPJMN path, the RKP and RPJPN
//! figures, each cited, for the page to offer as targets.

use crate::fmt::{scaled, Lang};
use crate::regions::national::{self, DefaultBasis, Figure, Observed, TargetSource, PATH_NOTE_EN, PATH_NOTE_ID};
use serde::Serialize;

/// A year of the national path.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PathYearOut {
    /// The year.
    pub year: i32,
    /// UCJ, %.
    pub pct: f64,
    /// UCJ, basis points.
    pub bp: i64,
    /// `32,15%`.
    pub text_id: String,
    /// `32.15%`.
    pub text_en: String,
    /// True when a plan states it; false when drawn between stated years.
    pub stated: bool,
    /// The plan that states it.
    pub source_id: Option<&'static str>,
}

/// A target the user can pick for the scenario (`target: { pct, year }`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TargetChoice {
    /// Stable id, `rpjmn2029`.
    pub id: String,
    /// `RPJMN 2025–2029: 43,92% pada 2029`.
    pub label_id: String,
    /// `RPJMN 2025–2029: 43.92% by 2029`.
    pub label_en: String,
    /// UCJ, %.
    pub pct: f64,
    /// The year.
    pub year: i32,
    /// The plan.
    pub source_id: &'static str,
}

/// Response of `nationalTargets()`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct NationalTargets {
    /// The stated targets, for a picker.
    pub choices: Vec<TargetChoice>,
    /// Every year from 2025 to 2045, stated or drawn.
    pub path: Vec<PathYearOut>,
    /// How the years between are drawn, in Bahasa Indonesia.
    pub note_id: &'static str,
    /// The same in English.
    pub note_en: &'static str,
    /// The plans, with citations and where their figures were seen.
    pub sources: Vec<TargetSource>,
    /// National UCJ as last reported.
    pub observed: Observed,
    /// People employed nationally (BPS, Sakernas), the usual UCJ denominator.
    pub employed: Figure,
    /// What the projection's workforce-growth and lapse defaults rest on.
    pub default_bases: Vec<DefaultBasis>,
}

fn pct_texts(bp: i64) -> (f64, String, String) {
    (bp as f64 / 100.0, format!("{}%", scaled(bp, 2, Lang::Id)), format!("{}%", scaled(bp, 2, Lang::En)))
}

/// The national UCJ targets with their citations, and the path between them.
pub fn national_targets() -> NationalTargets {
    let choices = national::STATED
        .iter()
        .map(|t| {
            let (pct, id, en) = pct_texts(t.bp);
            TargetChoice {
                id: format!("{}_{}", t.source.id, t.year),
                label_id: format!("{}: {id} pada {}", t.source.label_id, t.year),
                label_en: format!("{}: {en} by {}", t.source.label_en, t.year),
                pct,
                year: t.year,
                source_id: t.source.id,
            }
        })
        .collect();
    let path = national::path()
        .into_iter()
        .map(|y| {
            let (pct, text_id, text_en) = pct_texts(y.bp);
            PathYearOut { year: y.year, pct, bp: y.bp, text_id, text_en, stated: y.stated.is_some(), source_id: y.stated.map(|s| s.source.id) }
        })
        .collect();
    NationalTargets {
        choices,
        path,
        note_id: PATH_NOTE_ID,
        note_en: PATH_NOTE_EN,
        sources: vec![national::RPJMN, national::RKP_2026, national::RPJPN],
        observed: national::OBSERVED,
        employed: national::EMPLOYED,
        default_bases: national::default_bases(),
    }
}
