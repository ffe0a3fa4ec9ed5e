//! The scenario as files, links and the page carry it: request types, every field optional and
//! every number a JS number or text typed the Indonesian way.

use super::super::{NumInput, Unknown};
use crate::plan::scenario::{Denominator, FundingSource, Level, PackageKind, VillageSet};
use crate::rules::WorkerType;
use serde::{Deserialize, Serialize};

/// The scenario schema version this build writes and reads.
pub const SCHEMA_VERSION: u32 = 1;

/// The region a scenario describes.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct RegionRequest {
    /// Name, e.g. "Kota Ternate".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Administrative level.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// The year the current figures describe.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_year: Option<NumInput>,
    /// Where the figures come from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The Kemendagri code of the region picked from the list (`51.04`), so that a link or a
    /// file reopens on the same region; absent for a region typed by hand (and in scenarios
    /// saved before the picker).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The name of the region it lies in, as the list gives it (`Bali` for `51.04`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// Unknown fields, reported as errors.
    #[serde(flatten, skip_serializing)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(skip))]
    pub unknown: Unknown,
}

/// The workforce: the coverage denominator.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct WorkforceRequest {
    /// Total workers (empty when not known: coverage % is then not computed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<NumInput>,
    /// What the total counts (default `working`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub denominator: Option<Denominator>,
    /// Unknown fields, reported as errors.
    #[serde(flatten, skip_serializing)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(skip))]
    pub unknown: Unknown,
}

/// Active participants now: a formal / informal split, or a total, or a percentage.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct CurrentRequest {
    /// Formal (wage-earner) participants.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub formal: Option<NumInput>,
    /// Informal participants paying themselves.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub informal: Option<NumInput>,
    /// All participants, when the split is unknown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<NumInput>,
    /// Coverage in percent, when only that is published (needs the workforce).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coverage_pct: Option<NumInput>,
    /// Unknown fields, reported as errors.
    #[serde(flatten, skip_serializing)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(skip))]
    pub unknown: Unknown,
}

/// A target group (or, with `villages` and `workersPerVillage`, one group per village).
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct GroupRequest {
    /// Name (farmers, ojek drivers, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Workers in the group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workers: Option<NumInput>,
    /// Per-village mode: number of villages…
    #[serde(skip_serializing_if = "Option::is_none")]
    pub villages: Option<NumInput>,
    /// …and workers covered in each.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workers_per_village: Option<NumInput>,
    /// Which villages of the picked region `villages` counts (`desa`, `kelurahan`,
    /// `desaKelurahan`), when it was taken from the Kemendagri list; absent when typed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub village_set: Option<VillageSet>,
    /// Of the workers, already covered (default 0).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub covered: Option<NumInput>,
    /// Package (default `bpuBasic`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub package: Option<PackageKind>,
    /// Declared income for BPU packages, wage basis for `puWage` (default Rp 1,000,000).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub income: Option<NumInput>,
    /// Months paid per year, 1–12 (default 12).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub months: Option<NumInput>,
    /// Percent of the premium the funder pays (default 100).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub government_share: Option<NumInput>,
    /// Who pays (default `apbdRegency`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<FundingSource>,
    /// Kind of work (default `other`; `transport` for drivers and couriers).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub worker_type: Option<WorkerType>,
    /// First year paid (default the year after the base year).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_year: Option<NumInput>,
    /// First month paid, 1–12, of a program paid once across budget years: then `months` (up to
    /// 60) counts from this month of `startYear` ("from November for 14 months"). Blank: `months`
    /// (1–12) every year from January.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_month: Option<NumInput>,
    /// Unknown fields, reported as errors.
    #[serde(flatten, skip_serializing)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(skip))]
    pub unknown: Unknown,
}

/// A coverage target.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct TargetRequest {
    /// Target UCJ in percent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pct: Option<NumInput>,
    /// Year to reach it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<NumInput>,
    /// Draw the national UCJ path (RPJMN 2025–2029, RKP 2026, RPJPN 2045) on the coverage chart,
    /// against the region's projection (default false); with or without a target of its own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub national: Option<bool>,
    /// Unknown fields, reported as errors.
    #[serde(flatten, skip_serializing)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(skip))]
    pub unknown: Unknown,
}

/// Projection settings (all optional).
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct SettingsRequest {
    /// Years to project, 1–30 (default 5).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub years: Option<NumInput>,
    /// Workforce growth, % a year, −20 to 20 (default 0).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workforce_growth: Option<NumInput>,
    /// Yearly lapse of unsubsidised informal participants, % (default 20).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lapse: Option<NumInput>,
    /// Low end of the lapse band, % (default half the lapse).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lapse_low: Option<NumInput>,
    /// High end of the lapse band, % (default one and a half times the lapse, at most 100).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lapse_high: Option<NumInput>,
    /// Organic new informal participants a year (default 0).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_enrolment: Option<NumInput>,
    /// The region's total APBD, to show the budget's share of it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub apbd_total: Option<NumInput>,
    /// Unknown fields, reported as errors.
    #[serde(flatten, skip_serializing)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(skip))]
    pub unknown: Unknown,
}

/// A whole scenario, as the page holds it and as files and links carry it.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct ScenarioRequest {
    /// Schema version (1; absent means 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema_version: Option<u32>,
    /// The region.
    #[serde(default)]
    pub region: RegionRequest,
    /// The workforce.
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(as = "Option<WorkforceRequest>"))]
    pub workforce: WorkforceRequest,
    /// Participants now.
    #[serde(default)]
    pub current: CurrentRequest,
    /// Target groups.
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(as = "Option<Vec<GroupRequest>>"))]
    pub groups: Vec<GroupRequest>,
    /// The coverage target.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<TargetRequest>,
    /// Projection settings.
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(as = "Option<SettingsRequest>"))]
    pub settings: SettingsRequest,
    /// This plan's name when alternatives are compared with it (default "Rencana dasar").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan_name: Option<String>,
    /// Alternative plans compared with this one (at most four), each a name and a whole scenario;
    /// they travel with the scenario in links, files and the CSV, and do not change its projection.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(not(target_arch = "wasm32"), ts(as = "Option<Vec<super::plans::PlanRequest>>"))]
    pub alternatives: Vec<super::plans::PlanRequest>,
    /// Unknown fields, reported as errors.
    #[serde(flatten, skip_serializing)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(skip))]
    pub unknown: Unknown,
}

