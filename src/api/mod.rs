//! The JavaScript contract: request and response types, and their validation.
//!
//! Compiled and tested natively; `src/wasm.rs` only converts these to and from JS values.
//! Requests are plain camelCase objects. Numbers may come as JS numbers or as text typed the
//! Indonesian way (`"12.800"`); either way Rust validates them. Bad input never throws: it
//! comes back in `errors` as `{ field, code, messageId, messageEn }`, and so does a field the
//! request does not know (`code: "unknown_field"`). Unknown fields are captured with
//! `#[serde(flatten)]` rather than `deny_unknown_fields`, which serde-wasm-bindgen does not
//! enforce (it reads structs field by field).
//!
//! Rooms: [`input`] reads numbers and dates; [`contribution`](mod@contribution) the citizen's two questions;
//! [`meta`] defaults, parameters, version; [`plan`] scenarios, projection, solving, comparing,
//! the planning view and its exports; [`batch`] the national batch; [`csv_import`](mod@csv_import) target groups
//! from a spreadsheet; [`regions`] the region picker, a region's population and villages, the
//! national targets; [`shape`] a request's depth and size, checked before it is read. Nothing below
//! this module names a request or response type.

use serde::de::IgnoredAny;
use std::collections::BTreeMap;

pub use crate::errors::FieldError;
pub use crate::report::Money;

pub mod batch;
pub mod contribution;
pub mod csv_import;
pub mod input;
pub mod meta;
pub mod plan;
pub mod regions;
pub mod shape;

pub use contribution::{
    contribution, program_cost, ConstructionBasisKind, ContributionRequest, ContributionResponse, ProgramCostRequest,
    ProgramCostResponse, Segment,
};
pub use csv_import::{import_groups, ImportGroupsRequest};
pub use input::NumInput;
pub use meta::{
    defaults, parameters, rules_status, version, ContributionDefaults, Defaults, Label, Limits, ParametersResponse,
    ProgramCostDefaults, RulesStatus, Version, RULES_STALE_DAYS,
};
pub use crate::params::RULES_START;
pub use crate::plan::scenario::MAX_WORKERS;
pub use crate::rules::{MAX_CONTRACT, MAX_MONTHLY};

/// Fields a request carried that its type does not know.
pub type Unknown = BTreeMap<String, IgnoredAny>;

pub(crate) fn unknown_fields(unknown: &Unknown, errors: &mut Vec<FieldError>) {
    for name in unknown.keys() {
        let shown: String = name.chars().take(40).collect();
        errors.push(FieldError::new(
            name.clone(),
            "unknown_field",
            format!("Isian tidak dikenal: \"{shown}\"."),
            format!("Unknown field: \"{shown}\"."),
        ));
    }
}

pub(crate) fn overflow_error(field: &str) -> FieldError {
    FieldError::new(
        field,
        "overflow",
        "Hasil terlalu besar untuk dihitung tepat. Kurangi angkanya.",
        "The result is too large to compute exactly. Use smaller numbers.",
    )
}

