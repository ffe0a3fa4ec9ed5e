//! The seed presets as the page loads them: each domain [`Draft`] written out as the scenario
//! request the form is filled with, numbers as text typed the Indonesian way.

use super::scenario::{
    CurrentRequest, GroupRequest, RegionRequest, ScenarioRequest, SettingsRequest, TargetRequest, WorkforceRequest,
    SCHEMA_VERSION,
};
use crate::api::input::{count, percent, plain};
use crate::plan::presets::{self, Current, Draft, DraftGroup, Size};

pub use crate::plan::presets::{Check, Figure, Kind, Source};
use serde::Serialize;

/// A ready scenario from a seed article.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Preset {
    /// Stable id.
    pub id: &'static str,
    /// Region name.
    pub name: &'static str,
    /// The article.
    pub source: Source,
    /// What the preset models and leaves out, in Indonesian.
    pub note_id: &'static str,
    /// The same in English.
    pub note_en: &'static str,
    /// Its numbers, published or derived.
    pub figures: Vec<Figure>,
    /// The article's claims, recomputed.
    pub checks: Vec<Check>,
    /// The scenario to load.
    pub scenario: ScenarioRequest,
}

fn group_request(g: &DraftGroup) -> GroupRequest {
    let (workers, villages, workers_per_village) = match g.size {
        Size::Workers(n) => (count(n), None, None),
        Size::PerVillage { villages, per_village } => (None, count(villages), count(per_village)),
    };
    GroupRequest {
        name: Some(g.name.clone()),
        workers,
        villages,
        workers_per_village,
        package: Some(g.package),
        income: g.income.and_then(|i| count(i.get())),
        months: plain(g.months),
        source: Some(g.source),
        worker_type: g.worker_type,
        start_year: plain(g.start_year),
        village_set: g.village_set,
        ..Default::default()
    }
}

/// The request a draft fills the form with.
pub fn scenario_request(d: &Draft) -> ScenarioRequest {
    let current = match d.current {
        Current::Total(n) => CurrentRequest { total: count(n), ..Default::default() },
        Current::Split { formal, informal } => {
            CurrentRequest { formal: count(formal), informal: count(informal), ..Default::default() }
        }
        Current::CoverageBp(bp) => CurrentRequest { coverage_pct: percent(bp), ..Default::default() },
    };
    ScenarioRequest {
        schema_version: Some(SCHEMA_VERSION),
        region: RegionRequest {
            name: Some(d.region.name.into()),
            level: Some(d.region.level),
            base_year: plain(d.region.base_year),
            source: Some(d.region.source.into()),
            code: Some(d.region.code.into()),
            parent: Some(d.region.parent.into()).filter(|p: &String| !p.is_empty()),
            ..Default::default()
        },
        workforce: WorkforceRequest {
            total: d.workforce.and_then(count),
            denominator: d.denominator,
            ..Default::default()
        },
        current,
        groups: d.groups.iter().map(group_request).collect(),
        target: d.target.map(|t| TargetRequest { pct: percent(t.bp), year: plain(t.year), ..Default::default() }),
        settings: SettingsRequest { years: plain(d.years), ..Default::default() },
        ..Default::default()
    }
}

/// Every preset, in the order the page lists them.
pub fn all() -> Vec<Preset> {
    presets::all()
        .into_iter()
        .map(|p| Preset {
            id: p.id,
            name: p.name,
            source: p.source,
            note_id: p.note_id,
            note_en: p.note_en,
            figures: p.figures,
            checks: p.checks,
            scenario: scenario_request(&p.scenario),
        })
        .collect()
}
