//! A JS value as a [`Value`]: the one walk that replaces serde-wasm-bindgen's deserializer (see
//! [`crate::api::value`]). It is not generic, so it is in each module once.

use crate::api::value::Value;
use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// JS's `Number(v)`.
    #[wasm_bindgen(js_name = Number)]
    fn number(v: &JsValue) -> f64;
}

/// A JS value as data. Called after [`crate::api::shape::check`] has refused anything deeper
/// than 32 levels or larger than 200,000 values, so the recursion is bounded.
pub(super) fn read(v: &JsValue) -> Value {
    if v.is_null() || v.is_undefined() {
        Value::Null
    } else if let Some(b) = v.as_bool() {
        Value::Bool(b)
    } else if let Some(f) = v.as_f64() {
        Value::Number(f)
    } else if let Some(s) = v.as_string() {
        Value::Text(s)
    } else if v.is_bigint() {
        // 10n as 10: one beyond 2^53 is refused as out of range by the field that reads it.
        Value::Number(number(v))
    } else if Array::is_array(v) {
        Value::List(v.unchecked_ref::<Array>().iter().map(|x| read(&x)).collect())
    } else if v.is_function() {
        Value::Other("a function")
    } else if v.is_object() {
        let entries = Object::entries(v.unchecked_ref());
        Value::Object(
            entries
                .iter()
                .map(|e| {
                    let pair: &Array = e.unchecked_ref();
                    (pair.get(0).as_string().unwrap_or_default(), read(&pair.get(1)))
                })
                .collect(),
        )
    } else {
        Value::Other("a symbol")
    }
}
