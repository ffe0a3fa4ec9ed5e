//! Field-level problems with user input, in Indonesian and English.
//!
//! Expected problems are data: every one names the field it came from (a dotted path such
//! as `workers` or `groups.3.months`), a stable `code`, and a message in both languages for
//! the page to show beside the field.

use crate::fmt::{group, Lang};
use crate::parse::NumError;
use serde::Serialize;

/// One problem with one input field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FieldError {
    /// Path of the field, as the request names it (`workers`, `groups.2.months`).
    pub field: String,
    /// Stable machine-readable code (`required`, `negative`, `out_of_range`, …).
    pub code: &'static str,
    /// Message in Bahasa Indonesia.
    pub message_id: String,
    /// Message in English.
    pub message_en: String,
}

impl FieldError {
    /// A problem with a field, with both messages.
    pub fn new(
        field: impl Into<String>,
        code: &'static str,
        message_id: impl Into<String>,
        message_en: impl Into<String>,
    ) -> Self {
        FieldError { field: field.into(), code, message_id: message_id.into(), message_en: message_en.into() }
    }

    /// The problem for a number that did not parse.
    pub fn from_num(field: &str, e: NumError) -> Self {
        match e {
            NumError::Empty => Self::new(field, "required", "Wajib diisi.", "Required."),
            NumError::NotANumber => Self::new(
                field,
                "not_a_number",
                "Bukan angka. Tulis seperti 12.800 atau 12800.",
                "Not a number. Write it like 12.800 or 12800.",
            ),
            NumError::Negative => Self::new(field, "negative", "Tidak boleh negatif.", "Cannot be negative."),
            NumError::NotWhole => Self::new(field, "not_whole", "Harus bilangan bulat.", "Must be a whole number."),
            NumError::Ambiguous => Self::new(
                field,
                "ambiguous_separator",
                "Koma berarti desimal. Untuk ribuan pakai titik (1.000) atau tanpa pemisah (1000).",
                "A comma is the decimal mark here. For thousands use a dot (1.000) or nothing (1000).",
            ),
            NumError::TooManyDecimals(n) => Self::new(
                field,
                "too_many_decimals",
                format!("Paling banyak {n} angka di belakang koma."),
                format!("At most {n} decimal places."),
            ),
            NumError::TooLarge => Self::new(field, "too_large", "Angka terlalu besar.", "Number too large."),
        }
    }

    /// The problem for a number outside `min..=max`.
    pub fn out_of_range(field: &str, min: i64, max: i64) -> Self {
        Self::new(
            field,
            "out_of_range",
            format!("Isi angka dari {} sampai {}.", group(min, Lang::Id), group(max, Lang::Id)),
            format!("Enter a number from {} to {}.", group(min, Lang::En), group(max, Lang::En)),
        )
    }

    /// The problem for a year outside `min..=max`. Years are written as years are (`2026`), never
    /// grouped like amounts (`2.026`).
    pub fn year_out_of_range(field: &str, min: i64, max: i64) -> Self {
        Self::new(
            field,
            "out_of_range",
            format!("Isi tahun dari {min} sampai {max}."),
            format!("Enter a year from {min} to {max}."),
        )
    }

    /// The problem for a date that is not `YYYY-MM-DD` or outside the supported years.
    pub fn bad_date(field: &str) -> Self {
        Self::new(
            field,
            "bad_date",
            format!(
                "Tanggal tidak valid: tulis TTTT-BB-HH antara {} dan {}.",
                crate::date::MIN_YEAR,
                crate::date::MAX_YEAR
            ),
            format!("Invalid date: write YYYY-MM-DD between {} and {}.", crate::date::MIN_YEAR, crate::date::MAX_YEAR),
        )
    }
}

/// What a whole number is, for the message when it is out of range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whole {
    /// A count or an amount: the range is grouped (`1 sampai 300.000.000`).
    Number,
    /// A year: the range is written plainly (`2015 sampai 2070`).
    Year,
}

impl Whole {
    /// The out-of-range problem for this kind of number.
    pub fn out_of_range(self, field: &str, min: i64, max: i64) -> FieldError {
        match self {
            Whole::Number => FieldError::out_of_range(field, min, max),
            Whole::Year => FieldError::year_out_of_range(field, min, max),
        }
    }
}

/// Parses a whole number in `min..=max` for `field`, or records why not.
pub fn whole_in(field: &str, raw: &str, min: i64, max: i64, errors: &mut Vec<FieldError>) -> Option<i64> {
    whole_of(Whole::Number, field, raw, min, max, errors)
}

/// Parses a whole number of kind `kind` in `min..=max` for `field`, or records why not.
pub fn whole_of(kind: Whole, field: &str, raw: &str, min: i64, max: i64, errors: &mut Vec<FieldError>) -> Option<i64> {
    match crate::parse::parse_whole(raw) {
        Ok(v) if (min..=max).contains(&v) => Some(v),
        Ok(_) | Err(NumError::TooLarge) => {
            errors.push(kind.out_of_range(field, min, max));
            None
        }
        Err(e) => {
            errors.push(FieldError::from_num(field, e));
            None
        }
    }
}

/// Parses a `YYYY-MM-DD` date for `field`, or records why not.
pub fn date_in(field: &str, raw: &str, errors: &mut Vec<FieldError>) -> Option<crate::date::Date> {
    let d = crate::date::Date::parse(raw);
    if d.is_none() {
        errors.push(FieldError::bad_date(field));
    }
    d
}
