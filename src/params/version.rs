//! The calculator's version and the dates of its rules.

use super::{newest_step, REVIEWED};
use crate::date::Date;
use serde::Serialize;

/// The calculator's version and the date of its newest rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Version {
    /// Crate version.
    pub version: &'static str,
    /// Effective date of the newest parameter value.
    pub rules_date: Date,
    /// The day the parameter tables were last checked against their sources.
    pub rules_reviewed: Date,
}

/// The version of the calculator and its rules.
pub fn version() -> Version {
    Version { version: env!("CARGO_PKG_VERSION"), rules_date: newest_step(), rules_reviewed: REVIEWED }
}

/// The first date any contribution rule computed here is in force (PP 44, 45, 46/2015).
pub const RULES_START: Date = Date::ymd(2015, 7, 1);
