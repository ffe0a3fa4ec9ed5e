//! Regulations as data: dated, cited parameters and their lookup.
//!
//! Every rate, flat amount, wage ceiling, cap and temporary relief is one [`Parameter`]: a
//! series of [`Step`]s, each with the date it takes effect, a value (or `None`, which ends the
//! rule), a [`Status`] and a [`Citation`]. The value in force on a date is the latest step dated
//! on or before it (OpenFisca's rule). The tables are plain Rust constants, one file per
//! segment, so no parser ships in the wasm; `tests/parameters.rs` checks their integrity.

use crate::date::Date;
use crate::fmt::Lang;
use serde::Serialize;

pub mod benefit;
pub mod bpu;
pub mod jakon;
pub mod pu;
pub mod relief;
mod version;

pub use version::{version, Version, RULES_START};

/// What a parameter's value counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Unit {
    /// A rate in parts per million (1 % = 10,000).
    Ppm,
    /// Whole rupiah.
    Rupiah,
    /// A count (of workers).
    Count,
    /// An age in whole years.
    Years,
}

/// How sure the calculator is of a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Status {
    /// In a published regulation or official letter.
    Enacted,
    /// Expected, not yet set (e.g. next year's ceiling estimated from growth).
    Projected,
    /// Seen only in secondary sources (payroll software, reporting), or derived.
    Unconfirmed,
}

/// Where a value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Citation {
    /// The regulation, e.g. `PP 44/2015`.
    pub regulation: &'static str,
    /// The article or annex, e.g. `Pasal 16 ayat (1)`; empty when only the regulation is known.
    pub article: &'static str,
    /// A public address of the text, where one is known.
    pub url: Option<&'static str>,
}

/// One dated value of a parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// First day the value applies (for contributions: of the contribution month).
    pub from: Date,
    /// The value in the parameter's unit; `None` ends the rule from `from` on.
    pub value: Option<i64>,
    /// How sure the value is.
    pub status: Status,
    /// Its source.
    pub cite: Citation,
}

/// A dated, cited parameter.
#[derive(Debug, PartialEq, Eq)]
pub struct Parameter {
    /// Stable id, e.g. `pu.jkk.class1`.
    pub id: &'static str,
    /// Label in Bahasa Indonesia.
    pub label_id: &'static str,
    /// Label in English.
    pub label_en: &'static str,
    /// The unit of every value.
    pub unit: Unit,
    /// Steps in increasing date order.
    pub steps: &'static [Step],
    /// The day its values were last checked against their sources.
    pub checked: Date,
}

// Cheap to copy: the projection looks parameters up for every month of every year, and the
// display texts are written only when a result is serialised or exported.
/// A parameter as applied on a date: what a result used, for the page to cite.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Applied {
    /// Parameter id.
    pub id: &'static str,
    /// Label in Bahasa Indonesia.
    pub label_id: &'static str,
    /// Label in English.
    pub label_en: &'static str,
    /// Unit of `value`.
    pub unit: Unit,
    /// The value in force.
    pub value: i64,
    /// Since when it is in force.
    pub effective_from: Date,
    /// How sure it is.
    pub status: Status,
    /// Its source.
    pub citation: Citation,
    /// The day the value was last checked against its sources.
    pub checked: Date,
    /// The value for display in Bahasa Indonesia (`0,24%`, `Rp 6.800`).
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "string"))]
    pub text_id: ValueText,
    /// The value for display in English (`0.24%`, `Rp 6,800`).
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "string"))]
    pub text_en: ValueText,
}

/// A parameter's value as shown in one language, written out when displayed or serialised (a
/// string in JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ValueText {
    unit: Unit,
    value: i64,
    lang: Lang,
}

impl ValueText {
    /// The value `value` of `unit` for display in `lang`.
    pub fn new(unit: Unit, value: i64, lang: Lang) -> Self {
        ValueText { unit, value, lang }
    }
}

impl std::fmt::Display for ValueText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (value, lang) = (self.value, self.lang);
        f.write_str(&match self.unit {
            Unit::Ppm => crate::fmt::percent_ppm(value, lang),
            Unit::Rupiah => crate::fmt::rupiah(value, lang),
            Unit::Count => crate::fmt::group(value, lang),
            Unit::Years => match lang {
                Lang::Id => format!("{value} tahun"),
                Lang::En => format!("{value} years"),
            },
        })
    }
}

impl Serialize for ValueText {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl Parameter {
    /// The step in force on `date`, if the rule exists and has not ended.
    pub fn step_at(&self, date: Date) -> Option<&Step> {
        let step = self.steps.iter().rev().find(|s| s.from <= date)?;
        step.value.is_some().then_some(step)
    }

    /// The value in force on `date`.
    pub fn at(&self, date: Date) -> Option<i64> {
        self.step_at(date).and_then(|s| s.value)
    }

    /// The value in force on `date` with its source, for a result to report.
    pub fn applied(&'static self, date: Date) -> Option<Applied> {
        let s = self.step_at(date)?;
        Some(Applied {
            id: self.id,
            label_id: self.label_id,
            label_en: self.label_en,
            unit: self.unit,
            value: s.value?,
            effective_from: s.from,
            status: s.status,
            citation: s.cite,
            checked: self.checked,
            text_id: ValueText::new(self.unit, s.value?, Lang::Id),
            text_en: ValueText::new(self.unit, s.value?, Lang::En),
        })
    }
}

/// Collects the parameters a computation used, once each, in the order first used.
#[derive(Debug, Clone)]
pub struct Lookup {
    as_of: Date,
    applied: Vec<Applied>,
}

impl Lookup {
    /// A lookup of values in force on `as_of`.
    pub fn new(as_of: Date) -> Self {
        Lookup { as_of, applied: Vec::new() }
    }

    /// The date values are looked up for.
    pub fn as_of(&self) -> Date {
        self.as_of
    }

    /// The value of `p` in force, recording it as applied.
    pub fn get(&mut self, p: &'static Parameter) -> Option<i64> {
        self.get_on(p, self.as_of)
    }

    /// The value of `p` in force on another date than the lookup's, recording it as applied: a
    /// value fixed when something happened (the pension age the year a worker reached it).
    /// Cheap to repeat: the display texts are written only when a result is serialised.
    pub fn get_on(&mut self, p: &'static Parameter, date: Date) -> Option<i64> {
        let a = p.applied(date)?;
        if !self.applied.iter().any(|x| x.id == a.id) {
            self.applied.push(a);
        }
        Some(a.value)
    }

    /// Whether `p` is in force, without recording it.
    pub fn in_force(&self, p: &'static Parameter) -> bool {
        p.at(self.as_of).is_some()
    }

    /// The parameters used so far.
    pub fn into_applied(self) -> Vec<Applied> {
        self.applied
    }

    /// The parameters used so far, by reference.
    pub fn applied(&self) -> &[Applied] {
        &self.applied
    }
}

/// Whether one of `tables`' parameters changes value after `from` and on or before `to` (one of
/// its steps starts then): a computation whose dates enter only through those parameters gives on
/// every day up to `to` what it gives on `from`.
pub fn changes_between(tables: &[&[&Parameter]], from: Date, to: Date) -> bool {
    tables.iter().any(|ps| ps.iter().any(|p| p.steps.iter().any(|s| s.from > from && s.from <= to)))
}

/// Every parameter the calculator knows.
pub fn all() -> Vec<&'static Parameter> {
    let mut v: Vec<&'static Parameter> = Vec::new();
    v.extend_from_slice(pu::ALL);
    v.extend_from_slice(bpu::ALL);
    v.extend_from_slice(jakon::ALL);
    v.extend_from_slice(relief::ALL);
    v.extend_from_slice(benefit::ALL);
    v
}

/// Every parameter in force on `date`, with its value and source.
pub fn in_force(date: Date) -> Vec<Applied> {
    all().into_iter().filter_map(|p| p.applied(date)).collect()
}

/// The effective date of the newest value in the tables that was in force when they were checked
/// (ends of rules not counted; neither are steps a regulation already fixes for later years, such
/// as PP 45/2015's pension age rising to 65 in 2043).
pub fn newest_step() -> Date {
    all()
        .iter()
        .flat_map(|p| p.steps.iter().filter(|s| s.value.is_some() && s.from <= REVIEWED).map(|s| s.from))
        .max()
        .unwrap_or(Date::ymd(2015, 7, 1))
}

/// The day the tables were last checked against the sources as a whole (issue 15's audit); a
/// parameter checked since says so in its own `checked`.
pub const REVIEWED: Date = Date::ymd(2026, 11, 22);

/// The day the parameters of issue 15's items 8 and 9 (the pension age, the benefits) were
/// checked against their sources.
pub const CHECKED_2026_12_02: Date = Date::ymd(2026, 12, 2);

/// Shorthand for table steps.
pub(crate) const fn step(from: Date, value: i64, status: Status, cite: Citation) -> Step {
    Step { from, value: Some(value), status, cite }
}

/// A step that ends a rule.
pub(crate) const fn end(from: Date, cite: Citation) -> Step {
    Step { from, value: None, status: Status::Enacted, cite }
}

/// A citation, with the public address of the regulation's text where one was found
/// ([`URLS`]; `None` otherwise).
pub(crate) const fn cite(regulation: &'static str, article: &'static str) -> Citation {
    Citation { regulation, article, url: url_for(regulation) }
}

/// Public addresses of regulations' texts, each as found cited in public sources (JDIH BPK,
/// peraturan.bpk.go.id); a citation whose regulation starts with one of these names gets its
/// address. None was made up: PP 7/2025, PP 36/2025, PP 50/2025, Permenaker 5/2021 and the BPJS
/// letters have none here, because none was found.
pub const URLS: &[(&str, &str)] = &[
    ("PP 44/2015", "https://peraturan.bpk.go.id/Home/Details/5612"),
    ("PP 45/2015", "https://peraturan.bpk.go.id/Details/5613/pp-no-45-tahun-2015"),
    ("PP 46/2015", "https://peraturan.bpk.go.id/Details/5614/pp-no-46-tahun-2015"),
    ("PP 37/2021", "https://peraturan.bpk.go.id/Home/Details/161919/pp-no-37-tahun-2021"),
    ("PP 49/2020", "https://peraturan.bpk.go.id/Home/Details/144869/pp-no-49-tahun-2020"),
    ("PP 6/2025", "https://peraturan.bpk.go.id/Details/314623/pp-no-6-tahun-2025"),
];

const fn starts_with(mut s: &[u8], mut prefix: &[u8]) -> bool {
    loop {
        match (prefix.split_first(), s.split_first()) {
            (None, _) => return true,
            (Some(_), None) => return false,
            (Some((a, p)), Some((b, rest))) => {
                if *a != *b {
                    return false;
                }
                prefix = p;
                s = rest;
            }
        }
    }
}

const fn url_for(regulation: &str) -> Option<&'static str> {
    let mut list = URLS;
    while let Some(((name, url), rest)) = list.split_first() {
        if starts_with(regulation.as_bytes(), name.as_bytes()) {
            return Some(url);
        }
        list = rest;
    }
    None
}
