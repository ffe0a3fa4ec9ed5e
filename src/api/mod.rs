//! The JavaScript contract: request and response types, and their validation.
//!
//! Compiled and tested natively; `src/wasm.rs` only converts these to and from JS values.
//! Requests are plain camelCase objects. Numbers may come as JS numbers or as text typed the
//! Indonesian way (`"12.800"`); either way Rust validates them. Bad input never throws: it
//! comes back in `errors` as `{ field, code, messageId, messageEn }`, and so does a field the
//! request does not know (`code: "unknown_field"`). Unknown fields are captured with
//! `#[serde(flatten)]` rather than `deny_unknown_fields`, which would refuse the whole request
//! instead of naming the field beside the others; the two first-load requests have no flatten
//! (it cost their module 5 KB gzip): their reader lists the keys it did not take. The wasm face reads every
//! request as plain data ([`value`]), then the core's, planning and panels' requests with
//! [`read`] (a reader per type, measured against serde's derive; 8.2 KB gzip of the planning
//! module, 2.7 of the first load's) and the full module's others with serde.
//!
//! Rooms: [`input`] reads numbers and dates; [`program_cost`](mod@program_cost) and [`contribution`](mod@contribution) the citizen's two
//! questions ("Biaya program", "Iuran saya");
//! [`meta`] defaults, parameters, version; [`plan`] scenarios, projection, solving, comparing,
//! the planning view and its exports; [`batch`] the national batch; [`csv_import`](mod@csv_import) target groups
//! from a spreadsheet; [`regions`] the region picker, a region's population and villages, the
//! national targets; [`shape`] a request's depth and size, checked before it is read; [`value`] a
//! request as plain data, as the wasm face reads it from JS; [`read`] the requests read from it
//! without serde. Nothing below
//! this module names a request or response type.

use serde::de::IgnoredAny;
use std::collections::BTreeMap;

pub use crate::errors::FieldError;
pub use crate::report::Money;

pub mod batch;
pub mod contribution;
pub mod csv_import;
pub mod input;
pub mod json;
pub mod meta;
pub mod plan;
pub mod program_cost;
pub mod read;
pub mod regions;
pub mod shape;
pub mod value;

pub use contribution::{contribution, ConstructionBasisKind, ContributionRequest, ContributionResponse, Segment};
pub use csv_import::{import_groups, ImportGroupsRequest};
pub use program_cost::{program_cost, ProgramCostRequest, ProgramCostResponse};
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
    unknown_names(unknown.keys(), errors);
}

pub(crate) fn unknown_names<'a>(names: impl IntoIterator<Item = &'a String>, errors: &mut Vec<FieldError>) {
    for name in names {
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

