//! The region picker's class (the `regions` feature): the Kemendagri list read once, searched and
//! looked up.

use super::{answer_serde, from_js, to_js};
use crate::api;
use wasm_bindgen::prelude::*;

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
#[wasm_bindgen]
pub struct Regions {
    inner: api::regions::Regions,
}

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
        answer_serde(request, |r| self.inner.search(r))
    }

    /// A region with population, counts and the labelled workforce estimate.
    ///
    /// # Errors
    /// Throws only when `request` is not an object of that shape.
    #[wasm_bindgen(unchecked_return_type = "RegionResponse")]
    pub fn region(&self, #[wasm_bindgen(unchecked_param_type = "RegionLookupRequest")] request: JsValue) -> Result<JsValue, JsError> {
        answer_serde(request, |r| self.inner.region(r))
    }

    /// A regency's villages by kind, from its province's file text.
    ///
    /// # Errors
    /// Throws only when `request` is not an object of that shape.
    #[wasm_bindgen(unchecked_return_type = "VillagesResponse")]
    pub fn villages(&self, #[wasm_bindgen(unchecked_param_type = "VillagesRequest")] request: JsValue) -> Result<JsValue, JsError> {
        answer_serde(request, |r| self.inner.villages(r))
    }

    /// A province's or regency's villages as a many-areas template: `template({ code, text })` →
    /// `{ ok, filename, csv, rows, name, errors, lineErrors }` (the CSV with a BOM and `;`, the
    /// number columns empty).
    ///
    /// # Errors
    /// Throws only when `request` is not an object of that shape.
    #[wasm_bindgen(unchecked_return_type = "TemplateResponse")]
    pub fn template(&self, #[wasm_bindgen(unchecked_param_type = "TemplateRequest")] request: JsValue) -> Result<JsValue, JsError> {
        to_js(&self.inner.template(&from_js(&request)?))
    }
}
