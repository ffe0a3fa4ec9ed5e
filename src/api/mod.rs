//! The JavaScript contract: request and response types, and their validation.
//!
//! Compiled and tested natively; `src/wasm.rs` only converts these to and from JS values.
//! Requests are plain camelCase objects. Numbers may come as JS numbers or as text typed the
//! Indonesian way (`"12.800"`); either way Rust validates them. Bad input never throws: it
//! comes back in `errors` as `{ field, code, messageId, messageEn }`, and so does a field the
//! request does not know (`code: "unknown_field"`). Unknown fields are captured with
//! `#[serde(flatten)]` rather than `deny_unknown_fields`, which serde-wasm-bindgen does not
//! enforce (it reads structs field by field).

use crate::date::Date;
use crate::errors::{date_in, whole_in, FieldError};
use crate::fmt::{rupiah, rupiah_short, Lang};
use crate::money::{Overflow, Rupiah};
use crate::params::{self, Applied, Lookup};
use crate::parse::NumError;
use crate::rules::{self, Contribution, Funder, Industry, Line, Period, Program, RiskClass, Warning, WorkerType};
use serde::{de::IgnoredAny, Deserialize, Serialize};
use std::collections::BTreeMap;

/// The calculator's version and the date of its newest rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Version {
    /// Crate version.
    pub version: &'static str,
    /// Effective date of the newest parameter value.
    pub rules_date: Date,
    /// The day the parameter tables were last checked against their sources.
    pub rules_reviewed: Date,
}

/// The version of the calculator and its rules.
pub fn version() -> Version {
    Version { version: env!("CARGO_PKG_VERSION"), rules_date: params::newest_step(), rules_reviewed: params::REVIEWED }
}

/// How old the rules are on a date: a cached copy must never silently serve outdated rates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RulesStatus {
    /// The day the rules were last checked against their sources.
    pub reviewed: Date,
    /// Days since then (negative if `asOf` is earlier).
    pub age_days: i64,
    /// True when the rules were checked more than [`RULES_STALE_DAYS`] days before `asOf`.
    pub stale: bool,
    /// What to tell the user, when stale.
    pub warning: Option<Warning>,
    /// Field errors (a bad date).
    pub errors: Vec<FieldError>,
}

/// After this many days without a check, the page warns that rates may have changed.
pub const RULES_STALE_DAYS: i64 = 365;

/// The rules' age on `as_of` (`YYYY-MM-DD`, the user's today).
///
/// # Errors
/// None thrown: a bad date comes back in `errors`.
pub fn rules_status(as_of_raw: &str) -> RulesStatus {
    let mut errors = Vec::new();
    let reviewed = params::REVIEWED;
    let Some(today) = date_in("asOf", as_of_raw, &mut errors) else {
        return RulesStatus { reviewed, age_days: 0, stale: false, warning: None, errors };
    };
    let age_days = reviewed.days_until(today);
    let stale = age_days > RULES_STALE_DAYS;
    let warning = stale.then(|| {
        Warning::new(
            "rules_old",
            format!(
                "Data aturan terakhir diperiksa {} ({} hari lalu). Tarif mungkin sudah berubah: muat ulang saat tersambung internet untuk versi terbaru.",
                reviewed, age_days
            ),
            format!(
                "The rules were last checked on {} ({} days ago). Rates may have changed: reload when online for the latest version.",
                reviewed, age_days
            ),
        )
    });
    RulesStatus { reviewed, age_days, stale, warning, errors }
}

/// A number from JS: a number, or text typed by a person.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
    match input {
        None => {
            errors.push(FieldError::from_num(field, NumError::Empty));
            None
        }
        Some(NumInput::Text(s)) => whole_in(field, s, min, max, errors),
        Some(NumInput::Number(f)) => {
            let e = if !f.is_finite() {
                Some(FieldError::from_num(field, NumError::NotANumber))
            } else if *f < 0.0 {
                Some(FieldError::from_num(field, NumError::Negative))
            } else if f.fract() != 0.0 {
                Some(FieldError::from_num(field, NumError::NotWhole))
            } else if *f > MAX_SAFE || *f < min as f64 || *f > max as f64 {
                Some(FieldError::out_of_range(field, min, max))
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

/// Fields a request carried that its type does not know.
pub type Unknown = BTreeMap<String, IgnoredAny>;

pub(crate) fn unknown_fields(unknown: &Unknown, errors: &mut Vec<FieldError>) {
    for name in unknown.keys() {
        let shown: String = name.chars().take(40).collect();
        errors.push(FieldError::new(
            name.clone(),
            "unknown_field",
            format!("Isian tidak dikenal: \"{shown}\"."),
            format!("Unknown field: \"{shown}\"."),
        ));
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
                errors.push(FieldError::from_num(field, NumError::NotANumber));
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
                Err(e) => {
                    errors.push(FieldError::from_num(field, e));
                    None
                }
            }
        }
    }
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

fn as_of(raw: &Option<String>, errors: &mut Vec<FieldError>) -> Option<Date> {
    match raw {
        None => {
            errors.push(FieldError::from_num("asOf", NumError::Empty));
            None
        }
        Some(s) => date_in("asOf", s, errors),
    }
}

/// The first date any contribution rule is in force.
pub const RULES_START: Date = Date::ymd(2015, 7, 1);

fn rules_exist(d: Date, errors: &mut Vec<FieldError>) -> bool {
    if d < RULES_START {
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

pub(crate) fn overflow_error(field: &str) -> FieldError {
    FieldError::new(
        field,
        "overflow",
        "Hasil terlalu besar untuk dihitung tepat. Kurangi angkanya.",
        "The result is too large to compute exactly. Use smaller numbers.",
    )
}

pub mod batch;
pub mod csv_import;
pub mod plan;

/// Request of `importGroupsCsv`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportGroupsRequest {
    /// The CSV text.
    pub text: String,
    /// The scenario's base year, to check start years (optional).
    pub base_year: Option<NumInput>,
}

/// Target groups from CSV text; see [`csv_import`].
pub fn import_groups(req: &ImportGroupsRequest) -> csv_import::GroupsImport {
    let base = match &req.base_year {
        Some(NumInput::Text(t)) => crate::parse::parse_whole(t).ok(),
        Some(NumInput::Number(n)) if n.is_finite() && n.fract() == 0.0 && n.abs() < 1e6 => Some(*n as i64),
        _ => None,
    };
    csv_import::import_groups_csv(&req.text, base)
}

// ---------------------------------------------------------------------------------------------
// Program cost ("Biaya program")

/// Most workers one program may cover: about the population of Indonesia.
pub const MAX_WORKERS: i64 = 300_000_000;

/// Request of `programCost`: pay the BPU basic package for `workers` for `months` a year.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProgramCostRequest {
    /// Number of workers, 1 to 300,000,000.
    pub workers: Option<NumInput>,
    /// Months paid per year, 1 to 12.
    pub months: Option<NumInput>,
    /// The date whose rules apply, `YYYY-MM-DD`.
    pub as_of: Option<String>,
    /// Language of the formatted amounts (`id` by default).
    pub lang: Option<Lang>,
    /// Fields not listed above: each is reported as an error.
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// Amounts formatted for display in the requested language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Money {
    /// Whole rupiah.
    pub value: Rupiah,
    /// `Rp 1.290.240.000`.
    pub text: String,
    /// `Rp 1,29 miliar`.
    pub short: String,
}

impl Money {
    pub(crate) fn new(value: Rupiah, lang: Lang) -> Money {
        Money { value, text: rupiah(value.get(), lang), short: rupiah_short(value.get(), lang) }
    }
}

/// Response of `programCost`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProgramCostResponse {
    /// True when there are no errors and the amounts are present.
    pub ok: bool,
    /// Basic package per worker per month.
    pub monthly_premium: Option<Money>,
    /// Per worker for the months paid.
    pub per_worker: Option<Money>,
    /// The whole budget.
    pub total: Option<Money>,
    /// Workers and months as understood, echoed for the summary line.
    pub workers: Option<i64>,
    /// Months as understood.
    pub months: Option<i64>,
    /// Parameters applied.
    pub applied: Vec<Applied>,
    /// Warnings.
    pub warnings: Vec<Warning>,
    /// Field-level errors.
    pub errors: Vec<FieldError>,
}

impl ProgramCostResponse {
    fn failed(errors: Vec<FieldError>) -> Self {
        ProgramCostResponse {
            ok: false,
            monthly_premium: None,
            per_worker: None,
            total: None,
            workers: None,
            months: None,
            applied: Vec::new(),
            warnings: Vec::new(),
            errors,
        }
    }
}

/// The yearly budget for paying the BPU basic package (JKK + JKM) of some workers.
///
/// # Errors
/// None thrown: problems come back in `errors`, one per field.
pub fn program_cost(req: &ProgramCostRequest) -> ProgramCostResponse {
    let lang = req.lang.unwrap_or_default();
    let mut errors = Vec::new();
    unknown_fields(&req.unknown, &mut errors);
    let workers = whole("workers", &req.workers, 1, MAX_WORKERS, &mut errors);
    let months = whole("months", &req.months, 1, 12, &mut errors);
    let date = as_of(&req.as_of, &mut errors).filter(|d| rules_exist(*d, &mut errors));
    let (Some(workers), Some(months), Some(date), true) = (workers, months, date, errors.is_empty()) else {
        return ProgramCostResponse::failed(errors);
    };
    match crate::plan::program_cost(workers, months, Lookup::new(date)) {
        Ok(c) => ProgramCostResponse {
            ok: true,
            monthly_premium: Some(Money::new(c.monthly_premium, lang)),
            per_worker: Some(Money::new(c.per_worker, lang)),
            total: Some(Money::new(c.total, lang)),
            workers: Some(workers),
            months: Some(months),
            applied: c.contribution.applied,
            warnings: c.contribution.warnings,
            errors: Vec::new(),
        },
        Err(Overflow) => ProgramCostResponse::failed(vec![overflow_error("workers")]),
    }
}

// ---------------------------------------------------------------------------------------------
// Contribution ("Iuran saya")

/// The segment a worker belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Segment {
    /// Wage earner (PU).
    Wage,
    /// Informal / self-employed (BPU).
    Informal,
    /// Construction project (Jakon).
    Construction,
}

/// What a construction contribution is computed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ConstructionBasisKind {
    /// The contract value (one contribution for the project).
    Contract,
    /// A worker's monthly wage.
    Wage,
}

/// Request of `contribution`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContributionRequest {
    /// `wage`, `informal` or `construction`.
    pub segment: Option<Segment>,
    /// The date whose rules apply, `YYYY-MM-DD`.
    pub as_of: Option<String>,
    /// Language of formatted text (`id` by default).
    pub lang: Option<Lang>,
    /// Wage earners and construction on wages: monthly wage.
    pub wage: Option<NumInput>,
    /// Wage earners: JKK risk class 1–5 (default 1).
    pub risk_class: Option<NumInput>,
    /// Wage earners: programs (default all five; JKK and JKM are always included).
    pub programs: Option<Vec<Program>>,
    /// Wage earners: the employer's industry (default `other`).
    pub industry: Option<Industry>,
    /// Wage earners: the employer's number of workers (needed for the PP 7/2025 discount).
    pub employees: Option<NumInput>,
    /// Informal: declared monthly income (default Rp 1,000,000).
    pub declared_income: Option<NumInput>,
    /// Informal: whether the optional JHT is taken (default no).
    pub with_jht: Option<bool>,
    /// Informal: `transport` or `other` (default).
    pub worker_type: Option<WorkerType>,
    /// Informal: who pays (default `self`).
    pub funder: Option<Funder>,
    /// Construction: `contract` (default) or `wage`.
    pub basis: Option<ConstructionBasisKind>,
    /// Construction: contract value.
    pub contract_value: Option<NumInput>,
    /// Fields not listed above: each is reported as an error.
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// Response of `contribution`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ContributionResponse {
    /// True when there are no errors.
    pub ok: bool,
    /// `month`, or `project` for construction on contract value.
    pub period: Option<Period>,
    /// Sum of all lines.
    pub total: Option<Rupiah>,
    /// Employer's part.
    pub employer: Option<Rupiah>,
    /// Worker's part.
    pub worker: Option<Rupiah>,
    /// Government's part.
    pub government: Option<Rupiah>,
    /// Other payers' part.
    pub other: Option<Rupiah>,
    /// Lines by program and payer.
    pub items: Vec<Line>,
    /// Parameters applied, with citations.
    pub applied: Vec<Applied>,
    /// Warnings.
    pub warnings: Vec<Warning>,
    /// Field-level errors.
    pub errors: Vec<FieldError>,
}

impl ContributionResponse {
    fn failed(errors: Vec<FieldError>) -> Self {
        ContributionResponse {
            ok: false,
            period: None,
            total: None,
            employer: None,
            worker: None,
            government: None,
            other: None,
            items: Vec::new(),
            applied: Vec::new(),
            warnings: Vec::new(),
            errors,
        }
    }

    fn from(c: Contribution) -> Self {
        ContributionResponse {
            ok: true,
            period: Some(c.period),
            total: Some(c.total),
            employer: Some(c.employer),
            worker: Some(c.worker),
            government: Some(c.government),
            other: Some(c.other),
            items: c.items,
            applied: c.applied,
            warnings: c.warnings,
            errors: Vec::new(),
        }
    }
}

/// Highest monthly wage or income accepted: Rp 10 billion.
pub const MAX_MONTHLY: i64 = 10_000_000_000;
/// Highest contract value accepted: Rp 1,000 trillion.
pub const MAX_CONTRACT: i64 = 1_000_000_000_000_000;

/// A worker's contribution on a date: amounts by program and payer, with sources.
///
/// # Errors
/// None thrown: problems come back in `errors`, one per field.
pub fn contribution(req: &ContributionRequest) -> ContributionResponse {
    let mut errors = Vec::new();
    unknown_fields(&req.unknown, &mut errors);
    let date = as_of(&req.as_of, &mut errors).filter(|d| rules_exist(*d, &mut errors));
    let Some(segment) = req.segment else {
        errors.push(FieldError::from_num("segment", NumError::Empty));
        return ContributionResponse::failed(errors);
    };
    let computed = match segment {
        Segment::Wage => wage_request(req, &mut errors).zip(date).map(|(w, d)| rules::wage_earner(&w, Lookup::new(d))),
        Segment::Informal => {
            informal_request(req, date, &mut errors).zip(date).map(|(w, d)| rules::informal(&w, Lookup::new(d)))
        }
        Segment::Construction => {
            construction_request(req, &mut errors).zip(date).map(|(b, d)| rules::construction(b, Lookup::new(d)))
        }
    };
    match computed {
        Some(Ok(c)) if errors.is_empty() => ContributionResponse::from(c),
        Some(Err(Overflow)) => ContributionResponse::failed(vec![overflow_error("wage")]),
        _ => ContributionResponse::failed(errors),
    }
}

fn wage_request(req: &ContributionRequest, errors: &mut Vec<FieldError>) -> Option<rules::WageEarner> {
    let wage = rupiah_in("wage", &req.wage, 1, MAX_MONTHLY, errors);
    let class = match &req.risk_class {
        None => Some(1),
        some => whole("riskClass", some, 1, 5, errors),
    };
    let employees = match &req.employees {
        None => Some(0),
        some => whole("employees", some, 1, 10_000_000, errors),
    };
    let mut programs = req.programs.clone().unwrap_or_else(|| vec![Program::Jht, Program::Jp, Program::Jkp]);
    for p in [Program::Jkk, Program::Jkm] {
        if !programs.contains(&p) {
            programs.push(p);
        }
    }
    Some(rules::WageEarner {
        wage: wage?,
        risk_class: RiskClass::new(u8::try_from(class?).ok()?)?,
        programs,
        industry: req.industry.unwrap_or(Industry::Other),
        employees: u32::try_from(employees?).ok()?,
    })
}

fn informal_request(
    req: &ContributionRequest,
    date: Option<Date>,
    errors: &mut Vec<FieldError>,
) -> Option<rules::Informal> {
    if let Some(p) = req.programs.iter().flatten().find(|p| matches!(p, Program::Jp | Program::Jkp)) {
        let name = if *p == Program::Jp { "JP" } else { "JKP" };
        errors.push(FieldError::new(
            "programs",
            "not_for_informal",
            format!("{name} tidak tersedia bagi pekerja bukan penerima upah (BPU)."),
            format!("{name} is not available to informal (BPU) workers."),
        ));
    }
    let min_income = date.and_then(|d| params::bpu::MIN_INCOME.at(d)).unwrap_or(1_000_000);
    let income = match &req.declared_income {
        None => Rupiah::new(min_income).ok(),
        some => rupiah_in("declaredIncome", some, min_income, MAX_MONTHLY, errors),
    };
    let with_jht = req.with_jht.unwrap_or(false) || req.programs.iter().flatten().any(|p| *p == Program::Jht);
    Some(rules::Informal {
        declared_income: income?,
        with_jht,
        worker_type: req.worker_type.unwrap_or(WorkerType::Other),
        funder: req.funder.unwrap_or(Funder::SelfPaid),
    })
}

fn construction_request(req: &ContributionRequest, errors: &mut Vec<FieldError>) -> Option<rules::ConstructionBasis> {
    match req.basis.unwrap_or(ConstructionBasisKind::Contract) {
        ConstructionBasisKind::Contract => rupiah_in("contractValue", &req.contract_value, 1, MAX_CONTRACT, errors)
            .map(rules::ConstructionBasis::ContractValue),
        ConstructionBasisKind::Wage => {
            rupiah_in("wage", &req.wage, 1, MAX_MONTHLY, errors).map(rules::ConstructionBasis::Wage)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Defaults

/// The form values a new page starts with, so the page does not repeat them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Defaults {
    /// "Biaya program": one village's 100 vulnerable workers for a year.
    pub program_cost: ProgramCostDefaults,
    /// "Iuran saya": an informal worker on the lowest income, paying themself.
    pub contribution: ContributionDefaults,
    /// "Perencanaan wilayah": the preset a new plan starts from.
    pub plan_preset: &'static str,
    /// Funding sources with their names, in display order.
    pub funding_sources: Vec<Label>,
}

/// An option value with its names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Label {
    /// The value the API takes.
    pub id: &'static str,
    /// Name in Bahasa Indonesia.
    pub label_id: &'static str,
    /// Name in English.
    pub label_en: &'static str,
}

/// Defaults of the program-cost form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProgramCostDefaults {
    /// Workers.
    pub workers: &'static str,
    /// Months paid per year.
    pub months: &'static str,
}

/// Defaults of the contribution form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ContributionDefaults {
    /// Segment.
    pub segment: &'static str,
    /// Monthly wage for wage earners.
    pub wage: &'static str,
    /// Risk class.
    pub risk_class: &'static str,
    /// Declared income for informal workers.
    pub declared_income: &'static str,
    /// Who pays an informal worker's contribution.
    pub funder: &'static str,
    /// Kind of informal work.
    pub worker_type: &'static str,
    /// Construction contract value.
    pub contract_value: &'static str,
}

/// The starting values of every form.
pub fn defaults() -> Defaults {
    Defaults {
        program_cost: ProgramCostDefaults { workers: "100", months: "12" },
        contribution: ContributionDefaults {
            segment: "informal",
            wage: "5.000.000",
            risk_class: "1",
            declared_income: "1.000.000",
            funder: "self",
            worker_type: "other",
            contract_value: "1.000.000.000",
        },
        plan_preset: "ternate",
        funding_sources: crate::plan::scenario::FundingSource::ALL
            .iter()
            .map(|s| Label {
                id: s.id(),
                label_id: crate::chart::source_label(*s, Lang::Id),
                label_en: crate::chart::source_label(*s, Lang::En),
            })
            .collect(),
    }
}

// ---------------------------------------------------------------------------------------------
// Parameters

/// Response of `parameters(asOf)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ParametersResponse {
    /// The date asked about, when valid.
    pub as_of: Option<Date>,
    /// Every parameter in force then, with value, effective date, status and citation.
    pub parameters: Vec<Applied>,
    /// Field-level errors (a bad date).
    pub errors: Vec<FieldError>,
}

/// Every parameter in force on `as_of` (`YYYY-MM-DD`).
///
/// # Errors
/// None thrown: a bad date comes back in `errors`.
pub fn parameters(as_of_raw: &str) -> ParametersResponse {
    let mut errors = Vec::new();
    match date_in("asOf", as_of_raw, &mut errors) {
        Some(d) => ParametersResponse { as_of: Some(d), parameters: params::in_force(d), errors },
        None => ParametersResponse { as_of: None, parameters: Vec::new(), errors },
    }
}
