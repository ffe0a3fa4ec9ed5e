//! What the page asks Rust instead of repeating it: the forms' defaults, the parameters in force
//! on a day, the calculator's version and how old its rules are.

use super::FieldError;
use crate::date::Date;
use crate::errors::date_in;
use crate::fmt::Lang;
use crate::params::{self, Applied};
use crate::report::source_label;
use crate::rules::{freshness, Warning};
use serde::Serialize;

pub use crate::params::{version, Version};
pub use crate::rules::freshness::RULES_STALE_DAYS;

/// How old the rules are on a date: a cached copy must never silently serve outdated rates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RulesStatus {
    /// The oldest day a value in force was last checked against its sources.
    pub reviewed: Date,
    /// Days since then (negative if `asOf` is earlier).
    pub age_days: i64,
    /// True when a value in force was checked more than [`RULES_STALE_DAYS`] days before `asOf`.
    pub stale: bool,
    /// The ids of those values (the warning names the first of them).
    pub old: Vec<&'static str>,
    /// What to tell the user, when stale.
    pub warning: Option<Warning>,
    /// Field errors (a bad date).
    pub errors: Vec<FieldError>,
}

/// The rules' age on `as_of` (`YYYY-MM-DD`, the user's today).
///
/// # Errors
/// None thrown: a bad date comes back in `errors`.
pub fn rules_status(as_of_raw: &str) -> RulesStatus {
    let mut errors = Vec::new();
    match date_in("asOf", as_of_raw, &mut errors) {
        Some(today) => {
            let f = freshness(today);
            RulesStatus {
                reviewed: f.reviewed,
                age_days: f.age_days,
                stale: f.warning.is_some(),
                old: f.old,
                warning: f.warning,
                errors,
            }
        }
        None => RulesStatus { reviewed: params::REVIEWED, age_days: 0, stale: false, old: Vec::new(), warning: None, errors },
    }
}

/// The form values a new page starts with, so the page does not repeat them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Defaults {
    /// "Biaya program": one village's 100 vulnerable workers for a year.
    pub program_cost: ProgramCostDefaults,
    /// "Iuran saya": an informal worker on the lowest income, paying themself.
    pub contribution: ContributionDefaults,
    /// "Perencanaan wilayah": the preset a new plan starts from.
    pub plan_preset: &'static str,
    /// Funding sources with their names, in display order.
    pub funding_sources: Vec<Label>,
    /// The planning limits, for the page to check a linked or imported scenario before it
    /// builds a field of it (a link with 5,000 groups must not build 45,000 inputs to be refused).
    /// In the planning and full modules (the planning view asks its own module).
    #[cfg(feature = "plan-view")]
    pub limits: Limits,
}

/// The planning limits that `project` enforces, as the page checks them first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Limits {
    /// Target groups per plan ([`crate::plan::scenario::MAX_GROUPS`]).
    pub groups: usize,
    /// Alternatives a scenario carries ([`super::plan::MAX_ALTERNATIVES`]).
    pub alternatives: usize,
}

/// An option value with its names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Label {
    /// The value the API takes.
    pub id: &'static str,
    /// Name in Bahasa Indonesia.
    pub label_id: &'static str,
    /// Name in English.
    pub label_en: &'static str,
}

/// Defaults of the program-cost form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ProgramCostDefaults {
    /// Workers.
    pub workers: &'static str,
    /// Months paid per year.
    pub months: &'static str,
}

/// Defaults of the contribution form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ContributionDefaults {
    /// Segment.
    pub segment: &'static str,
    /// Monthly wage for wage earners.
    pub wage: &'static str,
    /// Risk class.
    pub risk_class: &'static str,
    /// Declared income for informal workers.
    pub declared_income: &'static str,
    /// Who pays an informal worker's contribution.
    pub funder: &'static str,
    /// Kind of informal work.
    pub worker_type: &'static str,
    /// Construction contract value.
    pub contract_value: &'static str,
}

/// The starting values of every form.
pub fn defaults() -> Defaults {
    Defaults {
        program_cost: ProgramCostDefaults { workers: "100", months: "12" },
        contribution: ContributionDefaults {
            segment: "informal",
            wage: "5.000.000",
            risk_class: "1",
            declared_income: "1.000.000",
            funder: "self",
            worker_type: "other",
            contract_value: "1.000.000.000",
        },
        plan_preset: "ternate",
        funding_sources: crate::plan::scenario::FundingSource::ALL
            .iter()
            .map(|s| Label {
                id: s.id(),
                label_id: source_label(*s, Lang::Id),
                label_en: source_label(*s, Lang::En),
            })
            .collect(),
        #[cfg(feature = "plan-view")]
        limits: Limits { groups: crate::plan::scenario::MAX_GROUPS, alternatives: super::plan::MAX_ALTERNATIVES },
    }
}

/// Response of `parameters(asOf)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ParametersResponse {
    /// The date asked about, when valid.
    pub as_of: Option<Date>,
    /// Every parameter in force then, with value, effective date, status and citation.
    pub parameters: Vec<Applied>,
    /// Field-level errors (a bad date).
    pub errors: Vec<FieldError>,
}

/// Every parameter in force on `as_of` (`YYYY-MM-DD`).
///
/// # Errors
/// None thrown: a bad date comes back in `errors`.
pub fn parameters(as_of_raw: &str) -> ParametersResponse {
    let mut errors = Vec::new();
    match date_in("asOf", as_of_raw, &mut errors) {
        Some(d) => ParametersResponse { as_of: Some(d), parameters: params::in_force(d), errors },
        None => ParametersResponse { as_of: None, parameters: Vec::new(), errors },
    }
}
