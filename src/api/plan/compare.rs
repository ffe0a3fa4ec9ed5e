//! Comparing plans: a baseline and an alternative projected side by side, with the difference
//! per year from [`crate::plan::compare`].

use super::project::{projected, ProjectResponse};
use super::scenario::ScenarioRequest;
use super::validate::validate;
use crate::api::{unknown_fields, FieldError, Unknown};
use crate::money::Rupiah;
use crate::plan::compare;
use serde::{Deserialize, Serialize};

/// Request of `compare`: a baseline and an alternative scenario.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct CompareRequest {
    /// The baseline.
    #[serde(default)]
    pub baseline: ScenarioRequest,
    /// The alternative.
    #[serde(default)]
    pub alternative: ScenarioRequest,
    /// Unknown fields, reported as errors.
    #[serde(flatten, skip_serializing)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(skip))]
    pub unknown: Unknown,
}

/// One year's difference, alternative minus baseline.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DeltaYear {
    /// Calendar year.
    pub year: i32,
    /// Covered workers.
    pub covered: i64,
    /// UCJ in percentage points.
    pub coverage_points: Option<f64>,
    /// Budget.
    pub budget: Rupiah,
}

impl From<&compare::Delta> for DeltaYear {
    fn from(d: &compare::Delta) -> Self {
        DeltaYear { year: d.year, covered: d.covered, coverage_points: d.coverage_bp.map(|bp| bp as f64 / 100.0), budget: d.budget }
    }
}

/// Response of `compare`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CompareResponse {
    /// True when both scenarios are valid.
    pub ok: bool,
    /// Baseline projection.
    pub baseline: ProjectResponse,
    /// Alternative projection.
    pub alternative: ProjectResponse,
    /// Year-by-year differences for the years both cover.
    pub delta: Vec<DeltaYear>,
    /// Field errors (paths start with `baseline.` or `alternative.`).
    pub errors: Vec<FieldError>,
}

/// Projects two scenarios side by side, with their differences per year.
///
/// # Errors
/// None thrown: problems come back in `errors`.
pub fn compare(req: &CompareRequest) -> CompareResponse {
    let mut errors = Vec::new();
    unknown_fields(&req.unknown, &mut errors);
    let side = |r: &ScenarioRequest| match validate(r) {
        Ok(s) => projected(&s),
        Err(e) => (ProjectResponse::failed(e), None),
    };
    let (baseline, base_p) = side(&req.baseline);
    let (alternative, alt_p) = side(&req.alternative);
    for (name, r) in [("baseline", &baseline), ("alternative", &alternative)] {
        errors.extend(r.errors.iter().cloned().map(|mut x| {
            x.field = format!("{name}.{}", x.field);
            x
        }));
    }
    let delta = match (&base_p, &alt_p) {
        (Some(b), Some(a)) => compare::delta(b, a).iter().map(DeltaYear::from).collect(),
        _ => Vec::new(),
    };
    CompareResponse { ok: errors.is_empty(), baseline, alternative, delta, errors }
}
