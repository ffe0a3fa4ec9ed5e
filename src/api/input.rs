//! Reading numbers, percentages, amounts and dates from JS: a JS number or text typed by a
//! person, checked into whole values with a field error beside anything wrong.

use super::FieldError;
use crate::date::Date;
use crate::errors::{date_in, whole_of, Whole};
use crate::fmt::{group, scaled, Lang};
use crate::money::Rupiah;
use crate::params;
use crate::parse::NumError;
use serde::{Deserialize, Serialize};

/// A number from JS: a number, or text typed by a person.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(untagged)]
pub enum NumInput {
    /// A JS number (may be NaN, infinite or fractional: validated).
    Number(f64),
    /// Text such as `"12.800"` or `"Rp 1.000.000"`.
    Text(String),
}

// By hand rather than `#[serde(untagged)]`: untagged tries each variant in turn, and through
// serde-wasm-bindgen every failed try builds a JS Error with a stack trace — thirty of them per
// keystroke in the planning view. One visitor takes either kind directly.
impl<'de> Deserialize<'de> for NumInput {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = NumInput;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number or a text")
            }
            fn visit_f64<E>(self, v: f64) -> Result<NumInput, E> {
                Ok(NumInput::Number(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<NumInput, E> {
                Ok(NumInput::Number(v as f64))
            }
            fn visit_u64<E>(self, v: u64) -> Result<NumInput, E> {
                Ok(NumInput::Number(v as f64))
            }
            fn visit_str<E>(self, v: &str) -> Result<NumInput, E> {
                Ok(NumInput::Text(v.to_string()))
            }
            fn visit_string<E>(self, v: String) -> Result<NumInput, E> {
                Ok(NumInput::Text(v))
            }
        }
        d.deserialize_any(V)
    }
}

/// Largest whole number a JS number holds exactly.
const MAX_SAFE: f64 = 9_007_199_254_740_991.0;

pub(crate) fn whole(
    field: &str,
    input: &Option<NumInput>,
    min: i64,
    max: i64,
    errors: &mut Vec<FieldError>,
) -> Option<i64> {
    whole_kind(Whole::Number, field, input, min, max, errors)
}

/// A year in `min..=max`: like [`whole`], with the range in the message written as years
/// (`Isi tahun dari 2026 sampai 2056.`, not `2.026 sampai 2.056`).
pub(crate) fn year(
    field: &str,
    input: &Option<NumInput>,
    min: i64,
    max: i64,
    errors: &mut Vec<FieldError>,
) -> Option<i64> {
    whole_kind(Whole::Year, field, input, min, max, errors)
}

fn whole_kind(
    kind: Whole,
    field: &str,
    input: &Option<NumInput>,
    min: i64,
    max: i64,
    errors: &mut Vec<FieldError>,
) -> Option<i64> {
    match input {
        None => {
            errors.push(FieldError::from_num(field, NumError::Empty));
            None
        }
        Some(NumInput::Text(s)) => whole_of(kind, field, s, min, max, errors),
        Some(NumInput::Number(f)) => {
            let e = if !f.is_finite() {
                Some(FieldError::from_num(field, NumError::NotANumber))
            } else if *f < 0.0 {
                Some(FieldError::from_num(field, NumError::Negative))
            } else if f.fract() != 0.0 {
                Some(FieldError::from_num(field, NumError::NotWhole))
            } else if *f > MAX_SAFE || *f < min as f64 || *f > max as f64 {
                Some(kind.out_of_range(field, min, max))
            } else {
                None
            };
            match e {
                Some(e) => {
                    errors.push(e);
                    None
                }
                // Finite, whole and within min..=max (both i64): the cast is exact.
                None => Some(*f as i64),
            }
        }
    }
}

/// Parses a percentage with up to two decimals into basis points (1 % = 100) in `min..=max`.
/// A leading minus is accepted only when `min` is negative (e.g. workforce growth).
pub(crate) fn percent_bp(
    field: &str,
    input: &Option<NumInput>,
    min: i64,
    max: i64,
    errors: &mut Vec<FieldError>,
) -> Option<i64> {
    let range = |v: i64, errors: &mut Vec<FieldError>| {
        if (min..=max).contains(&v) {
            Some(v)
        } else {
            errors.push(percent_range(field, min, max));
            None
        }
    };
    match input {
        None => {
            errors.push(FieldError::from_num(field, NumError::Empty));
            None
        }
        Some(NumInput::Number(f)) => {
            if !f.is_finite() {
                errors.push(not_a_percentage(field));
                return None;
            }
            let bp = (f * 100.0).round();
            if (bp - f * 100.0).abs() > 1e-6 {
                errors.push(FieldError::from_num(field, NumError::TooManyDecimals(2)));
                return None;
            }
            if bp.abs() > 1e12 {
                errors.push(percent_range(field, min, max));
                return None;
            }
            // Finite, whole and below 1e12 in magnitude: the cast is exact.
            range(bp as i64, errors)
        }
        Some(NumInput::Text(s)) => {
            let t = s.trim();
            let (neg, body) = match t.strip_prefix(['-', '\u{2212}']) {
                Some(rest) if min < 0 => (true, rest),
                _ => (false, t),
            };
            match crate::parse::parse_scaled(body, 2) {
                Ok(v) => range(if neg { -v } else { v }, errors),
                Err(NumError::TooLarge) => {
                    errors.push(percent_range(field, min, max));
                    None
                }
                Err(NumError::NotANumber) => {
                    errors.push(not_a_percentage(field));
                    None
                }
                Err(e) => {
                    errors.push(FieldError::from_num(field, e));
                    None
                }
            }
        }
    }
}

/// A percentage field's "not a number", with a percentage for its example (the numbers' own
/// example, 12.800, reads as a count).
fn not_a_percentage(field: &str) -> FieldError {
    FieldError::new(
        field,
        "not_a_number",
        "Bukan angka. Tulis persentase seperti 80 atau 72,5.",
        "Not a number. Write a percentage like 80 or 72.5.",
    )
}

fn percent_range(field: &str, min: i64, max: i64) -> FieldError {
    use crate::fmt::scaled;
    FieldError::new(
        field,
        "out_of_range",
        format!("Isi persentase dari {} sampai {}.", scaled(min, 2, Lang::Id), scaled(max, 2, Lang::Id)),
        format!("Enter a percentage from {} to {}.", scaled(min, 2, Lang::En), scaled(max, 2, Lang::En)),
    )
}

pub(crate) fn rupiah_in(
    field: &str,
    input: &Option<NumInput>,
    min: i64,
    max: i64,
    errors: &mut Vec<FieldError>,
) -> Option<Rupiah> {
    whole(field, input, min, max, errors).and_then(|v| Rupiah::new(v).ok())
}

pub(crate) fn as_of(raw: &Option<String>, errors: &mut Vec<FieldError>) -> Option<Date> {
    match raw {
        None => {
            errors.push(FieldError::from_num("asOf", NumError::Empty));
            None
        }
        Some(s) => date_in("asOf", s, errors),
    }
}

pub(crate) fn rules_exist(d: Date, errors: &mut Vec<FieldError>) -> bool {
    if d < params::RULES_START {
        errors.push(FieldError::new(
            "asOf",
            "before_rules",
            "Aturan iuran yang dihitung berlaku mulai 1 Juli 2015 (PP 44, 45, 46/2015).",
            "The contribution rules computed here start on 1 July 2015 (PP 44, 45, 46/2015).",
        ));
        return false;
    }
    true
}

// Numbers written back for the form, as a person would type them.

/// A count as a person types it: `70.479`.
pub(crate) fn count(v: i64) -> Option<NumInput> {
    Some(NumInput::Text(group(v, Lang::Id)))
}

/// A year or a small number, without grouping: `2025`.
pub(crate) fn plain(v: impl ToString) -> Option<NumInput> {
    Some(NumInput::Text(v.to_string()))
}

/// Basis points as a percentage without trailing zeros: `9,3`, `100`.
pub(crate) fn percent(bp: i64) -> Option<NumInput> {
    let text = scaled(bp, 2, Lang::Id);
    let text = text.trim_end_matches('0').trim_end_matches(',');
    Some(NumInput::Text(text.to_string()))
}
