//! The only file that knows about JavaScript: thin wrappers over [`crate::api`].
//!
//! Six modules are built from it (Cargo features): `core` (the citizen's exports, loaded
//! with the page), `plan-view` (what the planning view's first screen calls, loaded when it
//! opens), `plan-charts` (its and its panels' charts, `drawCharts` and `drawComparison`, fetched
//! once its figures are shown),
//! `plan-tools` (its two panels' `solveView` and `compareView`, loaded when one opens),
//! `batch` (the many-areas view's worker: `BatchJob` and `BatchCodes`, built for speed) and the
//! full one (everything; `plan` is the core's, the planning view's, its panels' and `project`,
//! `solve`, `compare`).
//!
//! One plain object in, one plain object out. Input that cannot even be read (wrong types,
//! unknown fields) throws an `Error` with a message; every other problem comes back in the
//! result's `errors`.

use crate::api;
use serde::Serialize;
use wasm_bindgen::prelude::*;

mod js;

// The classes, a room each; the `tests/typescript.rs` check reads these files too.
#[cfg(any(feature = "files", feature = "batch"))]
mod batch;
#[cfg(any(feature = "files", feature = "batch"))]
pub use batch::{BatchCodes, BatchJob};
#[cfg(feature = "regions")]
mod regions;
#[cfg(feature = "regions")]
pub use regions::Regions;

/// The allocator: Talc instead of Rust's default dlmalloc on wasm, smaller (each module ships
/// one) and faster for the batch's many small allocations (issue 17).
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

// The contract's TypeScript declarations, generated from the Rust types by tests/typescript.rs:
// wasm-bindgen copies them into each module's .d.ts (and keeps nothing of them in the .wasm),
// and every export below names its request and response types from them.
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("api/types.d.ts");

/// Development builds (`--features dev`) print a panic's message and place to the console before
/// the instance traps; release builds carry no hook (a panic must not happen: see the lints).
#[cfg(feature = "dev")]
#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

fn js_error(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

/// A request as data, its shape checked ([`api::shape`]) in the same walk: a request within the
/// bounds is walked once; only one beyond them is walked again, by the check, which names where.
fn request_value(request: &JsValue) -> Result<api::value::Value, api::FieldError> {
    use api::shape::{check, MAX_DEPTH, MAX_VALUES};
    match js::read_within(request, MAX_DEPTH, MAX_VALUES) {
        Some(v) => Ok(v),
        // The check refuses what the bounded read did (the same bounds, counted the same way);
        // were it ever to pass, the value is within bounds and is read as it stands.
        None => check(Js(request.clone()))
            .map(|()| js::read_within(request, usize::MAX, usize::MAX).unwrap_or(api::value::Value::Null)),
    }
}

/// Reads a request whose refused shape is thrown (a function without a response to carry it).
#[cfg(feature = "regions")]
fn from_js<T: serde::de::DeserializeOwned>(value: &JsValue) -> Result<T, JsError> {
    let v = request_value(value).map_err(|e| JsError::new(&format!("{}: {}", e.field, e.message_en)))?;
    api::value::from_value(v).map_err(js_error)
}

/// A response as JSON text ([`api::json`]), made the response object by the browser's own
/// `JSON.parse`: in the size-budgeted modules (first load, planning view, its panels), where
/// serde-wasm-bindgen's writer, which builds the object through a call into JavaScript per
/// property, was 6.0 KB gzip of the planning module and 3.2 of the core (issue 17).
#[cfg(not(any(feature = "files", feature = "batch")))]
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let text = api::json::to_json(value).map_err(js_error)?;
    js_sys::JSON::parse(&text).map_err(|_| JsError::new("the response is not JSON"))
}

/// The full module's and the batch module's responses (files, the batch, regions; loaded off the first screens) are
/// written by serde-wasm-bindgen, the product card's crate for the boundary, which interns
/// field names (the batch's tens of thousands of rows repeat the same ones).
#[cfg(any(feature = "files", feature = "batch"))]
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(js_error)
}

/// A JS value as the shape check walks it (`api::shape`): before serde's recursion reads it.
#[derive(Clone)]
struct Js(JsValue);

impl api::shape::Node for Js {
    fn children(&self, keys: bool, room: usize, out: &mut Vec<(String, Js)>) -> bool {
        let v = &self.0;
        if !v.is_object() {
            return true; // a number, a text, a boolean, null, undefined, a function
        }
        let key = |k: &JsValue| if keys { k.as_string().unwrap_or_default() } else { String::new() };
        // An array's length is read first (a sparse array of a billion is not walked); an
        // object's entries are what serde would read anyway.
        let items: js_sys::Array = if js_sys::Array::is_array(v) {
            let a: &js_sys::Array = v.unchecked_ref();
            if a.length() as usize > room {
                return false;
            }
            js_sys::Object::entries(a.unchecked_ref())
        } else {
            js_sys::Object::entries(v.unchecked_ref())
        };
        if items.length() as usize > room {
            return false;
        }
        for e in items.iter() {
            let pair: &js_sys::Array = e.unchecked_ref();
            out.push((key(&pair.get(0)), Js(pair.get(1))));
        }
        true
    }
}

/// Checks a request's shape (depth, size), then reads it ([`api::read`], without serde) and
/// answers it; a refused shape is answered with its field error in the function's own response
/// type.
// The regions' feature alone (linted, never shipped) reads only through `answer_serde`.
#[cfg_attr(not(any(feature = "core", feature = "plan-view", feature = "plan-charts", feature = "plan-tools")), allow(dead_code))]
fn answer<Req: api::read::Read, Res: Serialize + api::shape::Refused>(
    request: JsValue,
    f: impl FnOnce(&Req) -> Res,
) -> Result<JsValue, JsError> {
    answer_by(request, api::read::read, f)
}

/// [`answer`] for the full module's requests of files and regions, read by serde's derive.
#[cfg(any(feature = "files", feature = "regions"))]
fn answer_serde<Req: serde::de::DeserializeOwned, Res: Serialize + api::shape::Refused>(
    request: JsValue,
    f: impl FnOnce(&Req) -> Res,
) -> Result<JsValue, JsError> {
    answer_by(request, api::value::from_value, f)
}

/// The shape check, the reading (by `read`) and the answer, for both.
#[cfg_attr(
    not(any(feature = "core", feature = "plan-view", feature = "plan-charts", feature = "plan-tools", feature = "files", feature = "regions")),
    allow(dead_code)
)]
fn answer_by<Req, Res: Serialize + api::shape::Refused>(
    request: JsValue,
    read: fn(api::value::Value) -> Result<Req, api::value::Error>,
    f: impl FnOnce(&Req) -> Res,
) -> Result<JsValue, JsError> {
    match request_value(&request) {
        Err(e) => to_js(&Res::refused(e)),
        Ok(v) => to_js(&f(&read(v).map_err(js_error)?)),
    }
}

/// Yearly budget for paying the BPU basic package (JKK + JKM) of some workers.
///
/// `request`: `{ workers, months, asOf: "YYYY-MM-DD", lang?: "id" | "en" }`; numbers may be
/// JS numbers or text typed the Indonesian way (`"12.800"`). Returns
/// `{ ok, monthlyPremium, perWorker, total, workers, months, applied, warnings, errors }`,
/// money as `{ value, text, short }`.
///
/// # Errors
/// Throws only when `request` is not an object of that shape.
#[cfg(feature = "core")]
#[wasm_bindgen(js_name = programCost, unchecked_return_type = "ProgramCostResponse")]
pub fn program_cost(#[wasm_bindgen(unchecked_param_type = "ProgramCostRequest")] request: JsValue) -> Result<JsValue, JsError> {
    answer(request, api::program_cost)
}

/// A worker's contribution on a date, by program and payer, with the rules applied.
///
/// `request`: `{ segment: "wage" | "informal" | "construction", asOf, ... }` (see README).
/// Returns `{ ok, period, total, employer, worker, apbn, apbd, apbdes, other, items, applied, warnings,
/// errors }`: the central government (APBN) and regional budgets (APBD, APBDes) apart.
///
/// # Errors
/// Throws only when `request` is not an object of that shape.
#[cfg(feature = "core")]
#[wasm_bindgen(unchecked_return_type = "ContributionResponse")]
pub fn contribution(#[wasm_bindgen(unchecked_param_type = "ContributionRequest")] request: JsValue) -> Result<JsValue, JsError> {
    answer(request, api::contribution)
}

/// Every parameter in force on `asOf` (`"YYYY-MM-DD"`), with value, date, status and citation.
///
/// # Errors
/// Throws only when the result cannot be converted (never expected).
#[cfg(feature = "core")]
#[wasm_bindgen(unchecked_return_type = "ParametersResponse")]
pub fn parameters(#[wasm_bindgen(unchecked_param_type = "string")] as_of: JsValue) -> Result<JsValue, JsError> {
    to_js(&api::parameters(&as_of.as_string().unwrap_or_default()))
}

/// `{ version, rulesDate }`: the calculator's version and the date of its newest rule.
///
/// # Errors
/// Throws only when the result cannot be converted (never expected).
#[cfg(feature = "core")]
#[wasm_bindgen(unchecked_return_type = "Version")]
pub fn version() -> Result<JsValue, JsError> {
    to_js(&api::version())
}

/// The starting values of every form: `{ programCost: {...}, contribution: {...} }`.
///
/// # Errors
/// Throws only when the result cannot be converted (never expected).
// Also in the planning module: a plan link starts with it (the shell's defaults), and the view reads its limits.
#[cfg(any(feature = "core", feature = "plan-view"))]
#[wasm_bindgen(unchecked_return_type = "Defaults")]
pub fn defaults() -> Result<JsValue, JsError> {
    to_js(&api::defaults())
}

/// Projects a planning scenario year by year (see README "Scenario").
///
/// Returns `{ ok, base, years: [{ year, workers, covered, coveragePct, gap, budget,
/// budgetBySource, budgetByGroup, cumulativeBudget, ... }], groups, applied, warnings, errors }`.
///
/// # Errors
/// Throws only when `scenario` is not an object of that shape.
#[cfg(feature = "plan")]
#[wasm_bindgen(unchecked_return_type = "ProjectResponse")]
pub fn project(#[wasm_bindgen(unchecked_param_type = "ScenarioRequest")] scenario: JsValue) -> Result<JsValue, JsError> {
    answer(scenario, api::plan::project)
}

/// Solves backwards: `{ scenario, mode: "target", target: { pct, year } }` gives enrolments and
/// budget per year; `{ scenario, mode: "budget", budget }` gives the whole workers a yearly
/// budget covers, `{ workers, ... }`.
///
/// # Errors
/// Throws only when `request` is not an object of that shape.
#[cfg(feature = "plan")]
#[wasm_bindgen(unchecked_return_type = "SolveResponse")]
pub fn solve(#[wasm_bindgen(unchecked_param_type = "SolveRequest")] request: JsValue) -> Result<JsValue, JsError> {
    answer(request, api::plan::solve)
}

/// Projects `{ baseline, alternative }` side by side with their differences per year.
///
/// # Errors
/// Throws only when `request` is not an object of that shape.
#[cfg(feature = "plan")]
#[wasm_bindgen(unchecked_return_type = "CompareResponse")]
pub fn compare(#[wasm_bindgen(unchecked_param_type = "CompareRequest")] request: JsValue) -> Result<JsValue, JsError> {
    answer_serde(request, api::plan::compare)
}

/// The regional programs of the seed articles as ready scenarios, each with its source,
/// published and derived figures, and the articles' claims recomputed.
///
/// # Errors
/// Throws only when the result cannot be converted (never expected).
#[cfg(feature = "plan-view")]
#[wasm_bindgen(unchecked_return_type = "Preset[]")]
pub fn presets() -> Result<JsValue, JsError> {
    to_js(&api::plan::presets::all())
}

/// Projects a scenario and draws its three charts (SVG) with one-sentence summaries:
/// `{ scenario, width?, lang?, charts? }` → `{ projection, charts: { coverage, budget, groups } }`.
/// Text is measured by the SVG backend itself (report::svg), so this runs anywhere. In the
/// planning module (`jamsostek/plan`) the pictures are left empty and `chartData` says what
/// `drawCharts` (`jamsostek/charts`) draws them from.
///
/// # Errors
/// Throws only when `request` is not an object of that shape.
#[cfg(feature = "plan-view")]
#[wasm_bindgen(js_name = planView, unchecked_return_type = "PlanViewResponse")]
pub fn plan_view(#[wasm_bindgen(unchecked_param_type = "PlanViewRequest")] request: JsValue) -> Result<JsValue, JsError> {
    answer(request, api::plan::plan_view)
}

/// The planning view's three charts (SVG) from `planView`'s `chartData`: `{ data, width?, lang? }`
/// → `{ ok, coverage, budget, groups, errors }`. The planning module's `planView` gives the
/// data; this module (`jamsostek/charts`) draws it, fetched once the plan's figures are shown.
///
/// # Errors
/// Throws only when `request` is not an object of that shape.
#[cfg(any(feature = "plan-charts", feature = "plan"))]
#[wasm_bindgen(js_name = drawCharts, unchecked_return_type = "DrawChartsResponse")]
pub fn draw_charts(#[wasm_bindgen(unchecked_param_type = "DrawChartsRequest")] request: JsValue) -> Result<JsValue, JsError> {
    answer(request, api::plan::draw_charts)
}

/// The comparison's chart (every plan's coverage overlaid, SVG) from `compareView`'s
/// `chartData`: `{ plans: [{ name, data }], width?, lang? }` → `{ ok, svg, errors }`; in the
/// charts' module beside `drawCharts`, since the panels' module does not draw.
///
/// # Errors
/// Throws only when `request` is not an object of that shape.
#[cfg(any(feature = "plan-charts", feature = "plan"))]
#[wasm_bindgen(js_name = drawComparison, unchecked_return_type = "DrawComparisonResponse")]
pub fn draw_comparison(#[wasm_bindgen(unchecked_param_type = "DrawComparisonRequest")] request: JsValue) -> Result<JsValue, JsError> {
    answer(request, api::plan::draw_comparison)
}

/// Answers a planning question on the page: `{ scenario, mode: "target" | "budget", target?,
/// budget?, group?, width?, lang? }` → `{ solve, summary, groups, projection, charts, cards }`:
/// the answer year by year, one sentence, the groups that add it to the scenario, and the
/// scenario with them projected and drawn (in the panels' module, `chartData` for `drawCharts`).
///
/// # Errors
/// Throws only when `request` is not an object of that shape.
#[cfg(feature = "plan-tools")]
#[wasm_bindgen(js_name = solveView, unchecked_return_type = "SolveViewResponse")]
pub fn solve_view(#[wasm_bindgen(unchecked_param_type = "SolveRequest")] request: JsValue) -> Result<JsValue, JsError> {
    answer(request, api::plan::solve_view)
}

/// Plans side by side: `{ scenario (with planName and alternatives: [{ name, scenario }]), width?,
/// lang? }` → `{ ok, plans: [{ name, projection, cards, delta, summary }], coverage, chartData,
/// errors }` (in the panels' module the coverage chart's `svg` is empty: `drawComparison` draws it
/// from `chartData`).
///
/// # Errors
/// Throws only when `request` is not an object of that shape.
#[cfg(feature = "plan-tools")]
#[wasm_bindgen(js_name = compareView, unchecked_return_type = "CompareViewResponse")]
pub fn compare_view(#[wasm_bindgen(unchecked_param_type = "CompareViewRequest")] request: JsValue) -> Result<JsValue, JsError> {
    answer(request, api::plan::compare_view)
}

/// The scenario's projection as CSV for budget documents: `{ scenario, lang? }` →
/// `{ ok, csv, filename, errors }` (Indonesian: `;` and decimal comma, with a UTF-8 BOM).
///
/// # Errors
/// Throws only when `request` is not an object of that shape.
#[cfg(feature = "files")]
#[wasm_bindgen(js_name = exportCsv, unchecked_return_type = "ExportResponse")]
pub fn export_csv(#[wasm_bindgen(unchecked_param_type = "ExportRequest")] request: JsValue) -> Result<JsValue, JsError> {
    answer_serde(request, api::plan::export_csv)
}

/// One chart to keep, with a title above it and the source below it: `{ scenario, which:
/// "coverage" | "budget" | "groups", width?, lang? }` → `{ ok, svg, filename, errors }`. The
/// title names the region, what the chart shows and its years (`Kota Ternate — Cakupan UCJ
/// 2024–2029`); the source line the calculator's version, the day its rules were checked and the
/// regulations used. Fetch it when the person downloads (`planView` does not draw it).
///
/// # Errors
/// Throws only when `request` is not an object of that shape (`which` another word included).
#[cfg(feature = "files")]
#[wasm_bindgen(js_name = chartDownload, unchecked_return_type = "ChartDownloadResponse")]
pub fn chart_download(#[wasm_bindgen(unchecked_param_type = "ChartDownloadRequest")] request: JsValue) -> Result<JsValue, JsError> {
    answer_serde(request, api::plan::chart_download)
}

/// One chart's data as CSV for spreadsheets: `{ scenario, which, lang? }` →
/// `{ ok, csv, filename, errors }`: the title, the values the chart draws, the source line
/// (Indonesian: `;` and decimal comma, with a UTF-8 BOM; English: `,`).
///
/// # Errors
/// Throws only when `request` is not an object of that shape.
#[cfg(feature = "files")]
#[wasm_bindgen(js_name = chartCsv, unchecked_return_type = "ChartCsvResponse")]
pub fn chart_csv(#[wasm_bindgen(unchecked_param_type = "ChartCsvRequest")] request: JsValue) -> Result<JsValue, JsError> {
    answer_serde(request, api::plan::chart_csv)
}

/// How old the rules are on `asOf` (the user's today, `"YYYY-MM-DD"`):
/// `{ reviewed, ageDays, stale, warning, errors }`; stale after a year without a check.
///
/// # Errors
/// Throws only when the result cannot be converted (never expected).
#[cfg(feature = "core")]
#[wasm_bindgen(js_name = rulesStatus, unchecked_return_type = "RulesStatus")]
pub fn rules_status(#[wasm_bindgen(unchecked_param_type = "string")] as_of: JsValue) -> Result<JsValue, JsError> {
    to_js(&api::rules_status(&as_of.as_string().unwrap_or_default()))
}

/// Target groups from a spreadsheet's CSV (BOM, `;` / tab / `,`, quotes, Indonesian numbers):
/// `{ text, baseYear? }` → `{ ok, groups, errors: [{ line, column, code, messageId, messageEn }] }`.
///
/// # Errors
/// Throws only when `request` is not an object of that shape.
#[cfg(feature = "files")]
#[wasm_bindgen(js_name = importGroupsCsv, unchecked_return_type = "GroupsImport")]
pub fn import_groups_csv(#[wasm_bindgen(unchecked_param_type = "ImportGroupsRequest")] request: JsValue) -> Result<JsValue, JsError> {
    answer_serde(request, api::import_groups)
}

/// The national UCJ targets: `{ choices: [{ id, labelId, labelEn, pct, year, sourceId }], path:
/// [{ year, pct, bp, textId, textEn, stated, sourceId }] (2025–2045), noteId, noteEn (how the years
/// between stated ones are drawn), sources: [{ id, labelId, labelEn, citation, sourcing, statedBy,
/// seenIn }], observed, employed }`.
///
/// # Errors
/// Throws only when the result cannot be converted (never expected).
#[cfg(feature = "regions")]
#[wasm_bindgen(js_name = nationalTargets, unchecked_return_type = "NationalTargets")]
pub fn national_targets() -> Result<JsValue, JsError> {
    to_js(&api::regions::national_targets())
}
