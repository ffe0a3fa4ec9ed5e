//! A request's shape checked before it is read: nesting depth and size, without recursion.
//!
//! serde reads nested values by recursion (a `#[serde(flatten)]` struct buffers every value it
//! does not name, however deep), so a request nested a few thousand levels deep — a tampered
//! file or link can carry one — overflows the wasm stack and traps the instance. Every entry
//! point that takes a JS value walks it first with [`check`], iteratively, and refuses a
//! structure deeper than [`MAX_DEPTH`] levels or with more than [`MAX_VALUES`] values with a
//! field error, answered by the function's own response type ([`Refused`]).
//!
//! The walk knows nothing of JavaScript: `src/wasm.rs` implements [`Node`] for a JS value,
//! the native tests for a JSON value.

use super::FieldError;

/// Deepest nesting a request may have. The deepest real one, a comparison's alternative's
/// group's field (`scenario.alternatives.0.scenario.groups.0.workers`), is 6 levels.
pub const MAX_DEPTH: usize = 32;

/// Most values (objects, arrays, their items, numbers and texts) a request may hold. The largest
/// real one, five plans of 1,000 groups of some 15 fields, holds about 80,000.
pub const MAX_VALUES: usize = 200_000;

/// How many levels of a refused path are named in its error (`groups.0.name`).
const NAMED_LEVELS: usize = 3;

/// A value in a request, as the check walks it.
pub trait Node: Sized {
    /// Appends the children (an object's values, an array's items; none for a number, a text,
    /// null) to `out`, each with its key (an array's index as text) when `keys` is true, else
    /// with an empty key. Returns false, having appended nothing, when there are more than
    /// `room` (an array's length is read before its items: a sparse array of a billion is not
    /// walked).
    fn children(&self, keys: bool, room: usize, out: &mut Vec<(String, Self)>) -> bool;
}

/// Refuses a request nested deeper than [`MAX_DEPTH`] or holding more than [`MAX_VALUES`]
/// values, before anything reads it.
///
/// # Errors
/// A field error on the path where the structure went too deep or too large (its first three
/// levels), `code` `too_deep` or `too_large`.
pub fn check<N: Node + Clone>(root: N) -> Result<(), FieldError> {
    walk(root, true)
}

fn walk<N: Node>(root: N, keys: bool) -> Result<(), FieldError> {
    // Each entry: the value, its depth, and the index of its path in `paths`.
    let mut stack: Vec<(N, usize, usize)> = vec![(root, 0, 0)];
    let mut paths: Vec<String> = vec![String::new()];
    let mut seen: usize = 1;
    let mut children = Vec::new();
    while let Some((node, depth, path)) = stack.pop() {
        let at = || paths.get(path).cloned().unwrap_or_default();
        let named = keys && depth < NAMED_LEVELS;
        if !node.children(named, MAX_VALUES.saturating_sub(seen), &mut children) {
            return Err(too_large(at()));
        }
        if children.is_empty() {
            continue;
        }
        if depth >= MAX_DEPTH {
            return Err(too_deep(at()));
        }
        seen += children.len();
        while let Some((key, child)) = children.pop() {
            let child_path = if named {
                let parent = paths.get(path).map(String::as_str).unwrap_or_default();
                let mut p = String::from(parent);
                if !p.is_empty() {
                    p.push('.');
                }
                p.push_str(&key);
                paths.push(p);
                paths.len() - 1
            } else {
                path
            };
            stack.push((child, depth + 1, child_path));
        }
    }
    Ok(())
}

fn too_deep(field: String) -> FieldError {
    FieldError::new(
        field,
        "too_deep",
        "Bersarang lebih dari 32 tingkat: rusak atau diubah, tidak dibaca.",
        "Nested more than 32 levels deep: damaged or altered, not read.",
    )
}

fn too_large(field: String) -> FieldError {
    FieldError::new(
        field,
        "too_large",
        "Lebih dari 200.000 nilai: rusak atau diubah, tidak dibaca.",
        "More than 200,000 values: damaged or altered, not read.",
    )
}

/// A response that says its request was refused before it was read: `ok: false` and the error,
/// in the shape the function always answers in (so the page shows it like any other).
pub trait Refused {
    /// The response carrying only this error.
    fn refused(error: FieldError) -> Self;
}

macro_rules! refused_by_failed {
    ($($t:ty),* $(,)?) => {$(
        impl Refused for $t {
            fn refused(error: FieldError) -> Self {
                <$t>::failed(vec![error])
            }
        }
    )*};
}

refused_by_failed!(
    super::ProgramCostResponse,
    super::ContributionResponse,
    super::plan::ProjectResponse,
    super::plan::SolveResponse,
    super::plan::SolveViewResponse,
    super::plan::DrawChartsResponse,
    super::plan::DrawComparisonResponse,
);

impl Refused for super::plan::PlanViewResponse {
    fn refused(error: FieldError) -> Self {
        super::plan::PlanViewResponse::failed(vec![error], Vec::new())
    }
}

impl Refused for super::plan::CompareResponse {
    fn refused(error: FieldError) -> Self {
        let none = || super::plan::ProjectResponse::failed(Vec::new());
        super::plan::CompareResponse { ok: false, baseline: none(), alternative: none(), delta: Vec::new(), errors: vec![error] }
    }
}

impl Refused for super::plan::CompareViewResponse {
    fn refused(error: FieldError) -> Self {
        super::plan::CompareViewResponse { ok: false, plans: Vec::new(), coverage: None, chart_data: Vec::new(), errors: vec![error] }
    }
}

macro_rules! refused_as_file {
    ($($t:path => $body:ident),* $(,)?) => {$(
        impl Refused for $t {
            fn refused(error: FieldError) -> Self {
                $t { ok: false, $body: String::new(), filename: String::new(), errors: vec![error] }
            }
        }
    )*};
}

refused_as_file!(
    super::plan::ExportResponse => csv,
    super::plan::ChartDownloadResponse => svg,
    super::plan::ChartCsvResponse => csv,
);

impl Refused for super::csv_import::GroupsImport {
    fn refused(error: FieldError) -> Self {
        let line = crate::csv::LineError {
            line: 0,
            column: None,
            code: error.code,
            message_id: error.message_id,
            message_en: error.message_en,
        };
        super::csv_import::GroupsImport { ok: false, groups: Vec::new(), errors: vec![line] }
    }
}

impl Refused for super::batch::BatchFailure {
    fn refused(error: FieldError) -> Self {
        super::batch::BatchFailure { ok: false, errors: vec![error], line_errors: Vec::new(), error_count: 0 }
    }
}

impl Refused for super::regions::SearchResponse {
    fn refused(error: FieldError) -> Self {
        super::regions::SearchResponse { ok: false, matches: Vec::new(), errors: vec![error], line_errors: Vec::new() }
    }
}

impl Refused for super::regions::RegionResponse {
    fn refused(error: FieldError) -> Self {
        super::regions::RegionResponse { ok: false, region: None, errors: vec![error], line_errors: Vec::new() }
    }
}

impl Refused for super::regions::VillagesResponse {
    fn refused(error: FieldError) -> Self {
        super::regions::VillagesResponse { ok: false, errors: vec![error], ..Default::default() }
    }
}
