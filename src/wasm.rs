//! The only file that knows about JavaScript: thin wrappers over [`crate::api`].
//!
//! Three modules are built from it (Cargo features): `core` (the citizen's exports, loaded
//! with the page), `plan-view` (only the four the planning view calls, loaded when it opens)
//! and the full one (everything; `plan` is the core's, the planning view's and `project`,
//! `solve`, `compare`).
//!
//! One plain object in, one plain object out. Input that cannot even be read (wrong types,
//! unknown fields) throws an `Error` with a message; every other problem comes back in the
//! result's `errors`.

use crate::api;
use serde::{de::DeserializeOwned, Serialize};
use wasm_bindgen::prelude::*;

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

fn from_js<T: DeserializeOwned>(value: JsValue) -> Result<T, JsError> {
    serde_wasm_bindgen::from_value(value).map_err(js_error)
}

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

/// Checks a request's shape (depth, size), then reads it and answers it; a refused shape is
/// answered with its field error in the function's own response type.
// The core module's two exports both use `answer_known`; the others use this.
#[cfg_attr(feature = "core", allow(dead_code))]
fn answer<Req, Res>(request: JsValue, f: impl FnOnce(&Req) -> Res) -> Result<JsValue, JsError>
where
    Req: DeserializeOwned,
    Res: Serialize + api::shape::Refused,
{
    if let Err(e) = api::shape::check(Js(request.clone())) {
        return to_js(&Res::refused(e));
    }
    to_js(&f(&from_js(request)?))
}

/// [`answer`] for a request whose unknown fields are found by name ([`api::KnownFields`]): the
/// object's own keys that are not its fields.
#[cfg_attr(not(any(feature = "core", feature = "plan-view")), allow(dead_code))]
fn answer_known<Req, Res>(request: JsValue, f: impl FnOnce(&Req) -> Res) -> Result<JsValue, JsError>
where
    Req: DeserializeOwned + api::KnownFields,
    Res: Serialize + api::shape::Refused,
{
    if let Err(e) = api::shape::check(Js(request.clone())) {
        return to_js(&Res::refused(e));
    }
    let mut req: Req = from_js(request.clone())?;
    if request.is_object() {
        let keys = js_sys::Object::keys(request.unchecked_ref::<js_sys::Object>());
        req.mark_unknown(keys.iter().filter_map(|k| k.as_string()));
    }
    to_js(&f(&req))
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
// Also in the planning module: "Biaya program" from a start month, and the limits it checks.
#[cfg(any(feature = "core", feature = "plan-view"))]
#[wasm_bindgen(js_name = programCost, unchecked_return_type = "ProgramCostResponse")]
pub fn program_cost(#[wasm_bindgen(unchecked_param_type = "ProgramCostRequest")] request: JsValue) -> Result<JsValue, JsError> {
    answer_known(request, api::program_cost)
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
    answer_known(request, api::contribution)
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
// Also in the planning module: "Biaya program" from a start month, and the limits it checks.
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
    answer(request, api::plan::compare)
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
/// Text is measured by the SVG backend itself (report::svg), so this runs anywhere.
///
/// # Errors
/// Throws only when `request` is not an object of that shape.
#[cfg(feature = "plan-view")]
#[wasm_bindgen(js_name = planView, unchecked_return_type = "PlanViewResponse")]
pub fn plan_view(#[wasm_bindgen(unchecked_param_type = "PlanViewRequest")] request: JsValue) -> Result<JsValue, JsError> {
    answer(request, api::plan::plan_view)
}

/// Answers a planning question on the page: `{ scenario, mode: "target" | "budget", target?,
/// budget?, group?, width?, lang? }` → `{ solve, summary, groups, projection, charts, cards }`:
/// the answer year by year, one sentence, the groups that add it to the scenario, and the
/// scenario with them projected and drawn.
///
/// # Errors
/// Throws only when `request` is not an object of that shape.
#[cfg(feature = "plan-view")]
#[wasm_bindgen(js_name = solveView, unchecked_return_type = "SolveViewResponse")]
pub fn solve_view(#[wasm_bindgen(unchecked_param_type = "SolveRequest")] request: JsValue) -> Result<JsValue, JsError> {
    answer(request, api::plan::solve_view)
}

/// Plans side by side: `{ scenario (with planName and alternatives: [{ name, scenario }]), width?,
/// lang? }` → `{ ok, plans: [{ name, projection, cards, delta, summary }], coverage, errors }`.
///
/// # Errors
/// Throws only when `request` is not an object of that shape.
#[cfg(feature = "plan-view")]
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
    answer(request, api::plan::export_csv)
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
    answer(request, api::plan::chart_download)
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
    answer(request, api::plan::chart_csv)
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
    answer(request, api::import_groups)
}

/// The national batch, for a Web Worker: `new BatchJob(csvText, { scenario, lang?, width? })`,
/// then `step(rows)` until it returns 1 (the fraction read, for a progress bar), then `result()`:
/// `{ ok, summary: { count, years, summary, coverage, budget, ... }, areas: { count, code, name,
/// parent (texts joined by "\n"), line, workers, covered, baseBp, subsidised, finalBp, gap,
/// gapCost, firstBudget, totalBudget (Float64Arrays, exact whole numbers) } }` or `{ ok: false,
/// errors, lineErrors, errorCount }`; `csv(lang)` gives the per-area table for spreadsheets.
#[cfg(feature = "files")]
#[wasm_bindgen]
pub struct BatchJob {
    request: api::batch::BatchRequest,
    job: Option<api::batch::Job>,
    done: Option<Result<(api::batch::BatchSummary, api::batch::Areas), api::batch::BatchFailure>>,
}

#[cfg(feature = "files")]
fn numbers(v: &[i64]) -> js_sys::Float64Array {
    // Counts and rupiah of one area or one year: far below 2^53, exact as JS numbers.
    let f: Vec<f64> = v.iter().map(|x| *x as f64).collect();
    js_sys::Float64Array::from(&f[..])
}

#[cfg(feature = "files")]
fn set(o: &js_sys::Object, key: &str, value: &JsValue) {
    // Setting a property on a plain new object cannot fail.
    let _ = js_sys::Reflect::set(o, &JsValue::from_str(key), value);
}

#[cfg(feature = "files")]
#[wasm_bindgen]
impl BatchJob {
    /// Checks the settings and reads the header; problems show in `result()`.
    ///
    /// # Errors
    /// Throws only when `request` is not an object of the batch request's shape.
    #[wasm_bindgen(constructor)]
    pub fn new(text: String, #[wasm_bindgen(unchecked_param_type = "BatchRequest")] request: JsValue) -> Result<BatchJob, JsError> {
        if let Err(e) = api::shape::check(Js(request.clone())) {
            let refused = <api::batch::BatchFailure as api::shape::Refused>::refused(e);
            return Ok(BatchJob { request: api::batch::BatchRequest::default(), job: None, done: Some(Err(refused)) });
        }
        let request: api::batch::BatchRequest = from_js(request)?;
        let (job, done) = match api::batch::start(text, &request) {
            Ok(job) => (Some(job), None),
            Err(e) => (None, Some(Err(e))),
        };
        Ok(BatchJob { request, job, done })
    }

    /// Reads and projects up to `rows` more areas; returns the fraction of the file read.
    pub fn step(&mut self, rows: u32) -> f64 {
        match &mut self.job {
            Some(job) => job.step(rows as usize),
            None => 1.0,
        }
    }

    /// The result (finishing the reading first if needed).
    ///
    /// # Errors
    /// Throws only when the result cannot be converted (never expected).
    #[wasm_bindgen(unchecked_return_type = "BatchResult")]
    pub fn result(&mut self) -> Result<JsValue, JsError> {
        if let Some(job) = self.job.take() {
            self.done = Some(api::batch::finish(job, &self.request));
        }
        let (summary, a) = match &self.done {
            Some(Ok(r)) => r,
            Some(Err(e)) => return to_js(e),
            None => return Err(JsError::new("no batch")),
        };
        let areas = js_sys::Object::new();
        set(&areas, "count", &JsValue::from(a.line.len() as u32));
        set(&areas, "code", &JsValue::from_str(&a.code.join("\n")));
        set(&areas, "name", &JsValue::from_str(&a.name.join("\n")));
        set(&areas, "parent", &JsValue::from_str(&a.parent.join("\n")));
        let lines: Vec<i64> = a.line.iter().map(|l| i64::from(*l)).collect();
        for (key, v) in [
            ("line", &lines),
            ("workers", &a.workers),
            ("covered", &a.covered),
            ("baseBp", &a.base_bp),
            ("subsidised", &a.subsidised),
            ("finalBp", &a.final_bp),
            ("gap", &a.gap),
            ("gapCost", &a.gap_cost),
            ("firstBudget", &a.first_budget),
            ("totalBudget", &a.total_budget),
        ] {
            set(&areas, key, &numbers(v));
        }
        let out = js_sys::Object::new();
        set(&out, "ok", &JsValue::TRUE);
        set(&out, "summary", &to_js(summary)?);
        set(&out, "areas", &areas);
        Ok(out.into())
    }

    /// The per-area table as CSV (`lang` "id": `;` and decimal comma, with a BOM; "en": `,`).
    pub fn csv(&self, lang: &str) -> String {
        let lang = if lang == "en" { crate::fmt::Lang::En } else { crate::fmt::Lang::Id };
        match &self.done {
            Some(Ok((summary, areas))) => api::batch::export_csv(areas, summary, lang),
            _ => String::new(),
        }
    }
}

/// The region picker's data, read once: `new Regions(text)` with the text of
/// `www/data/wilayah.txt` (a bad file does not throw: `info()` and every answer carry its
/// `lineErrors`). Then `search({ query, limit?, lang? })` → `{ ok, matches: [{ code, name, level,
/// levelLabelId, levelLabelEn, scenarioLevel, parentCode, parentName, population, populationText,
/// match }], errors, lineErrors }`; `region({ code, lang? })` → `{ ok, region: { …, populationSource,
/// counts: { districts, desa, kelurahan, desaAdat, villages }, regencies, workforceEstimate: { kind:
/// "estimate", value, text, labelId, labelEn, formulaId, formulaEn, shareText, employed, … } },
/// errors }`; `villages({ code, text })` with the text of the province's `www/data/desa/PP.txt` →
/// `{ ok, code, name, counts, districts, desa, kelurahan, desaAdat: [{ code, name, districtCode,
/// districtName, postalCode }], errors, lineErrors }`.
#[cfg(feature = "regions")]
#[wasm_bindgen]
pub struct Regions {
    inner: api::regions::Regions,
}

#[cfg(feature = "regions")]
#[wasm_bindgen]
impl Regions {
    /// Reads the index file's text.
    #[wasm_bindgen(constructor)]
    pub fn new(text: String) -> Regions {
        Regions { inner: api::regions::Regions::new(&text) }
    }

    /// What the index holds: `{ ok, list, provinces, regencies, counts, population,
    /// populationSource, errors, lineErrors }`.
    ///
    /// # Errors
    /// Throws only when the result cannot be converted (never expected).
    #[wasm_bindgen(unchecked_return_type = "InfoResponse")]
    pub fn info(&self) -> Result<JsValue, JsError> {
        to_js(&self.inner.info())
    }

    /// Regions matching what was typed, best first.
    ///
    /// # Errors
    /// Throws only when `request` is not an object of that shape.
    #[wasm_bindgen(unchecked_return_type = "SearchResponse")]
    pub fn search(&self, #[wasm_bindgen(unchecked_param_type = "SearchRequest")] request: JsValue) -> Result<JsValue, JsError> {
        answer(request, |r| self.inner.search(r))
    }

    /// A region with population, counts and the labelled workforce estimate.
    ///
    /// # Errors
    /// Throws only when `request` is not an object of that shape.
    #[wasm_bindgen(unchecked_return_type = "RegionResponse")]
    pub fn region(&self, #[wasm_bindgen(unchecked_param_type = "RegionLookupRequest")] request: JsValue) -> Result<JsValue, JsError> {
        answer(request, |r| self.inner.region(r))
    }

    /// A regency's villages by kind, from its province's file text.
    ///
    /// # Errors
    /// Throws only when `request` is not an object of that shape.
    #[wasm_bindgen(unchecked_return_type = "VillagesResponse")]
    pub fn villages(&self, #[wasm_bindgen(unchecked_param_type = "VillagesRequest")] request: JsValue) -> Result<JsValue, JsError> {
        answer(request, |r| self.inner.villages(r))
    }

    /// A province's or regency's villages as a many-areas template: `template({ code, text })` →
    /// `{ ok, filename, csv, rows, name, errors, lineErrors }` (the CSV with a BOM and `;`, the
    /// number columns empty).
    ///
    /// # Errors
    /// Throws only when `request` is not an object of that shape.
    #[wasm_bindgen(unchecked_return_type = "TemplateResponse")]
    pub fn template(&self, #[wasm_bindgen(unchecked_param_type = "TemplateRequest")] request: JsValue) -> Result<JsValue, JsError> {
        to_js(&self.inner.template(&from_js(request)?))
    }
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
