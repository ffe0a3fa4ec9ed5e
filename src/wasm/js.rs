//! A JS value as a [`Value`]: the one walk that replaces serde-wasm-bindgen's deserializer (see
//! [`crate::api::value`]) and, within the request shape's bounds, its check. It is not generic,
//! so it is in each module once.

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

/// A JS value as data, if it stays within `max_depth` levels of nesting and `max_values` values
/// (as [`crate::api::shape`] counts them: the root, and every object's values and array's items);
/// `None` once it does not (an array's length is read before its items, and nothing after).
pub(super) fn read_within(v: &JsValue, max_depth: usize, max_values: usize) -> Option<Value> {
    let mut w = Walk { left: max_values.saturating_sub(1), refused: max_values == 0 };
    let value = w.walk(v, max_depth);
    (!w.refused).then_some(value)
}

struct Walk {
    /// Values the request may still hold.
    left: usize,
    /// A bound was passed: the rest is not read.
    refused: bool,
}

impl Walk {
    /// Takes `n` children out of the budget: none at all below the deepest level allowed.
    fn take(&mut self, n: usize, depth_left: usize) -> bool {
        if n > 0 && (depth_left == 0 || n > self.left) {
            self.refused = true;
        } else {
            self.left -= n;
        }
        !self.refused
    }

    fn walk(&mut self, v: &JsValue, depth_left: usize) -> Value {
        if self.refused || v.is_null() || v.is_undefined() {
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
            let a: &Array = v.unchecked_ref();
            if !self.take(a.length() as usize, depth_left) {
                return Value::Null;
            }
            Value::List(a.iter().map(|x| self.walk(&x, depth_left - 1)).collect())
        } else if v.is_function() {
            Value::Other("a function")
        } else if v.is_object() {
            let entries = Object::entries(v.unchecked_ref());
            if !self.take(entries.length() as usize, depth_left) {
                return Value::Null;
            }
            let mut fields = Vec::with_capacity(entries.length() as usize);
            for e in entries.iter() {
                let pair: &Array = e.unchecked_ref();
                fields.push((pair.get(0).as_string().unwrap_or_default(), self.walk(&pair.get(1), depth_left - 1)));
            }
            Value::Object(fields)
        } else {
            Value::Other("a symbol")
        }
    }
}
