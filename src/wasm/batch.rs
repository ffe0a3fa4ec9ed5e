//! The national batch's two classes, for its Web Worker (the `batch` feature, the worker's module
//! built for speed; also in the full module, `files`):
//! `BatchJob` reads and projects a many-areas file step by step, `BatchCodes` checks its codes
//! against the Kemendagri list.

use super::{js_error, request_value, to_js};
use crate::api;
use wasm_bindgen::prelude::*;

/// The national batch, for a Web Worker: `new BatchJob(csvText, { scenario, lang?, width? })`,
/// then `step(rows)` until it returns 1 (the fraction read, for a progress bar), then `result()`:
/// `{ ok, summary: { count, years, summary, coverage, budget, ... }, areas, subtotals: { kecamatan,
/// kabupaten, provinsi } }`, each table `{ count, code, name, province, regency, district, parent,
/// official (the list's name where the file's differs; texts joined by "\n"), line, areas, workers, covered, baseBp, subsidised, finalBp, gap, gapCost,
/// firstBudget, totalBudget (Float64Arrays, exact whole numbers) }`, or `{ ok: false, errors,
/// lineErrors, errorCount }`; `csv(lang, level?)` gives a table for spreadsheets, `scenario(level?,
/// index)` one row as a scenario for the planning view.
#[wasm_bindgen]
pub struct BatchJob {
    request: api::batch::BatchRequest,
    job: Option<api::batch::Job>,
    done: Option<Result<(api::batch::BatchSummary, api::batch::Batch), api::batch::BatchFailure>>,
}

fn numbers(v: &[i64]) -> js_sys::Float64Array {
    // Counts and rupiah of one area or one year: far below 2^53, exact as JS numbers.
    let f: Vec<f64> = v.iter().map(|x| *x as f64).collect();
    js_sys::Float64Array::from(&f[..])
}

fn set(o: &js_sys::Object, key: &str, value: &JsValue) {
    // Setting a property on a plain new object cannot fail.
    let _ = js_sys::Reflect::set(o, &JsValue::from_str(key), value);
}

/// A batch table (areas or one level's subtotals) as the page takes it: texts joined by "\n",
/// numbers as Float64Arrays.
fn table_js(a: &api::batch::Areas) -> js_sys::Object {
    let o = js_sys::Object::new();
    set(&o, "count", &JsValue::from(a.len() as u32));
    for (key, v) in [("code", &a.code), ("name", &a.name), ("province", &a.province), ("regency", &a.regency), ("district", &a.district), ("parent", &a.parent), ("official", &a.official)] {
        set(&o, key, &JsValue::from_str(v.joined()));
    }
    let lines: Vec<i64> = a.line.iter().map(|l| i64::from(*l)).collect();
    for (key, v) in [
        ("line", &lines),
        ("areas", &a.count),
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
        set(&o, key, &numbers(v));
    }
    o
}

fn subtotal_level(level: &str) -> Option<api::batch::SubtotalLevel> {
    api::batch::SubtotalLevel::parse(level)
}

#[wasm_bindgen]
impl BatchJob {
    /// Checks the settings and reads the header; problems show in `result()`.
    ///
    /// # Errors
    /// Throws only when `request` is not an object of the batch request's shape.
    #[wasm_bindgen(constructor)]
    pub fn new(text: String, #[wasm_bindgen(unchecked_param_type = "BatchRequest")] request: JsValue) -> Result<BatchJob, JsError> {
        let request: api::batch::BatchRequest = match request_value(&request) {
            Err(e) => {
                let refused = <api::batch::BatchFailure as api::shape::Refused>::refused(e);
                return Ok(BatchJob { request: api::batch::BatchRequest::default(), job: None, done: Some(Err(refused)) });
            }
            Ok(v) => api::value::from_value(v).map_err(js_error)?,
        };
        let (job, done) = match api::batch::start(text, &request) {
            Ok(job) => (Some(job), None),
            Err(e) => (None, Some(Err(e))),
        };
        Ok(BatchJob { request, job, done })
    }

    /// `new BatchJob` from the file's bytes as read (what the page's worker uses: a national
    /// file, 6.6 MiB, is then not decoded into a JavaScript string and encoded back on its way
    /// in, about 20-40 + 12-18 ms). Nothing (`undefined`) when the bytes are not UTF-8: the caller
    /// decodes them as what they are (Windows-1252, say) and uses `new BatchJob(text, request)`;
    /// bytes that are no text at all (an Excel workbook, a PDF) give a job that says so.
    ///
    /// # Errors
    /// As `new BatchJob`.
    #[wasm_bindgen(js_name = fromBytes)]
    pub fn from_bytes(
        bytes: Vec<u8>,
        #[wasm_bindgen(unchecked_param_type = "BatchRequest")] request: JsValue,
    ) -> Result<Option<BatchJob>, JsError> {
        match String::from_utf8(bytes) {
            Ok(text) => BatchJob::new(text, request).map(Some),
            // No text at all (a workbook, say): a job of its head says so, the file not decoded.
            Err(e) => api::batch::binary_head(e.as_bytes()).map_or(Ok(None), |head| BatchJob::new(head, request).map(Some)),
        }
    }

    /// The provinces (two-digit codes) the file's codes lie in: the page hands the job a
    /// `BatchCodes` (`useCodes`), names the provinces whose villages are still coming
    /// (`expectProvinces`) and tells of each as it is in (`settled`).
    #[wasm_bindgen(unchecked_return_type = "string[]")]
    pub fn provinces(&self) -> Vec<String> {
        self.job.as_ref().map(api::batch::Job::provinces).unwrap_or_default()
    }

    /// Checks every code against the Kemendagri list from now on (an unknown code is a line
    /// error, a missing name is filled from it, a name that differs is kept and warned of).
    #[wasm_bindgen(js_name = useCodes)]
    pub fn use_codes(&mut self, codes: &BatchCodes) {
        if let Some(job) = &mut self.job {
            match &codes.book {
                Some(book) => job.use_codes(std::rc::Rc::clone(book)),
                None => job.codes_unavailable(),
            }
        }
    }

    /// The villages of these provinces are on their way to the `BatchCodes` given to `useCodes`:
    /// `step` stops before a row of one (see `waiting`) until `addProvince` has it in, or
    /// `settled` says it will not come. The page reads the other provinces' rows meanwhile.
    #[wasm_bindgen(js_name = expectProvinces)]
    pub fn expect_provinces(&mut self, provinces: Vec<String>) {
        if let Some(job) = &mut self.job {
            job.expect_provinces(&provinces);
        }
    }

    /// An expected province's file has come (or failed: its codes count as unchecked).
    pub fn settled(&mut self, province: &str) {
        if let Some(job) = &mut self.job {
            job.province_settled(province);
        }
    }

    /// True when the last `step` stopped before a row whose province's villages are still to
    /// come: wait for a file to settle, then step again.
    pub fn waiting(&self) -> bool {
        self.job.as_ref().is_some_and(api::batch::Job::is_waiting)
    }

    /// The list could not be loaded: codes are not checked, and a warning says so.
    #[wasm_bindgen(js_name = codesUnavailable)]
    pub fn codes_unavailable(&mut self) {
        if let Some(job) = &mut self.job {
            job.codes_unavailable();
        }
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
        let (summary, b) = match &self.done {
            Some(Ok(r)) => r,
            Some(Err(e)) => return to_js(e),
            None => return Err(JsError::new("no batch")),
        };
        let subtotals = js_sys::Object::new();
        for level in api::batch::SubtotalLevel::ALL {
            set(&subtotals, level.id(), &table_js(b.subtotals.level(level)));
        }
        let out = js_sys::Object::new();
        set(&out, "ok", &JsValue::TRUE);
        set(&out, "summary", &to_js(summary)?);
        set(&out, "areas", &table_js(&b.areas));
        set(&out, "subtotals", &subtotals);
        Ok(out.into())
    }

    /// The per-area table as CSV (`lang` "id": `;` and decimal comma, with a BOM; "en": `,`);
    /// `level` "kecamatan", "kabupaten" or "provinsi" gives that level's subtotals instead.
    pub fn csv(&self, lang: &str, level: Option<String>) -> String {
        let lang = if lang == "en" { crate::fmt::Lang::En } else { crate::fmt::Lang::Id };
        match &self.done {
            Some(Ok((_, b))) => api::batch::export_csv(b, level.as_deref().and_then(subtotal_level), lang),
            _ => String::new(),
        }
    }

    /// The computed areas as a file of the batch's own columns, to keep instead of the user's
    /// file: `new BatchJob(snapshot, request)` gives the same result again ("" before a result).
    pub fn snapshot(&self) -> String {
        match &self.done {
            Some(Ok((_, b))) => api::batch::snapshot(b),
            _ => String::new(),
        }
    }

    /// Row `index` of the areas (`level` absent) or of a level's subtotals as a scenario of its
    /// own for the planning view (`#v=plan&s=…`), or `null` when there is no such row.
    ///
    /// # Errors
    /// Throws only when the scenario cannot be converted (never expected).
    #[wasm_bindgen(unchecked_return_type = "ScenarioRequest | null")]
    pub fn scenario(&self, level: Option<String>, index: u32) -> Result<JsValue, JsError> {
        let Some(Ok((_, b))) = &self.done else { return Ok(JsValue::NULL) };
        match api::batch::scenario_of(b, &self.request, level.as_deref().and_then(subtotal_level), index as usize) {
            Some(s) => to_js(&s),
            None => Ok(JsValue::NULL),
        }
    }
}

/// The Kemendagri list as a batch checks codes against it: `new BatchCodes(textOfWilayahTxt)`, then
/// `addProvince(code, textOfDesaPPTxt)` for each province `BatchJob.provinces()` names (`has(code)`
/// says whether one is in). A bad index leaves it empty, and every code is counted as unchecked.
#[wasm_bindgen]
pub struct BatchCodes {
    book: Option<std::rc::Rc<crate::regions::CodeBook>>,
}

#[wasm_bindgen]
impl BatchCodes {
    /// Reads the index file's text.
    #[wasm_bindgen(constructor)]
    pub fn new(text: &str) -> BatchCodes {
        BatchCodes { book: crate::regions::Index::parse(text).ok().map(|i| std::rc::Rc::new(crate::regions::CodeBook::new(i))) }
    }

    /// Whether the list has this province (its villages may not be in yet).
    pub fn known(&self, province: &str) -> bool {
        self.book.as_ref().is_some_and(|b| b.index().get(province).is_some())
    }

    /// Whether the province's villages are in.
    pub fn has(&self, province: &str) -> bool {
        self.book.as_ref().is_some_and(|b| b.has_province(province))
    }

    /// Adds a province's villages from its file's text; false when the file is not right.
    #[wasm_bindgen(js_name = addProvince)]
    pub fn add_province(&self, province: &str, text: &str) -> bool {
        self.book.as_ref().is_some_and(|b| b.add_province(province, text).is_ok())
    }

    /// `addProvince` from the file's bytes as fetched (UTF-8): what the batch worker uses, so that
    /// the 38 files of a national batch are not decoded into JavaScript strings and encoded back
    /// on their way in. False when the bytes are not UTF-8 or the file is not right.
    #[wasm_bindgen(js_name = addProvinceBytes)]
    pub fn add_province_bytes(&self, province: &str, bytes: &[u8]) -> bool {
        std::str::from_utf8(bytes).is_ok_and(|text| self.add_province(province, text))
    }
}
