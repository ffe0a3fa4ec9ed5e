//! "Iuran saya": what a worker pays, and who pays the rest, by segment (wage earner, informal,
//! construction project), as a request validated into the rules' inputs and a response built
//! from their result.

use super::input::{as_of, rules_exist, rupiah_in, whole, NumInput};
use super::{overflow_error, unknown_names, FieldError};
use crate::date::Date;
use crate::fmt::Lang;
use crate::money::{Overflow, Rupiah};
use crate::params::{self, Applied, Lookup};
use crate::parse::NumError;
use crate::rules::{self, Contribution, Funder, Industry, Line, Period, Program, RiskClass, Warning, WorkerType};
use crate::rules::{MAX_CONTRACT, MAX_MONTHLY};
use serde::{Deserialize, Serialize};

/// The segment a worker belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
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
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum ConstructionBasisKind {
    /// The contract value (one contribution for the project).
    Contract,
    /// A worker's monthly wage.
    Wage,
}

/// Request of `contribution`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(optional_fields))]
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
    /// Wage earners: year of birth, `YYYY`, or year and month, `YYYY-MM` (optional). With it, JP
    /// stops after the pension age of PP 45/2015 Pasal 15; in the year the age is reached, the
    /// month decides.
    pub birth: Option<String>,
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
    /// Fields not listed above: each is reported as an error. No `#[serde(flatten)]`: the wasm
    /// face's reader ([`super::read`]) lists the keys it did not take (serde's derive skips them).
    #[serde(skip)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(skip))]
    pub unknown: Vec<String>,
}

/// Response of `contribution`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
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
    /// The central government's part (APBN): the JKP share, or an APBN-paid premium.
    pub apbn: Option<Rupiah>,
    /// Regional budgets' part (APBD).
    pub apbd: Option<Rupiah>,
    /// Village budgets' part (APBDes / Dana Desa).
    pub apbdes: Option<Rupiah>,
    /// Other payers' part.
    pub other: Option<Rupiah>,
    /// The total under the other reading, where the sources allow two that differ: a village
    /// budget paying during PP 50/2025 (`total` full, this discounted; a warning gives both).
    pub if_discounted: Option<Rupiah>,
    /// Lines by program and payer.
    pub items: Vec<Line>,
    /// Informal workers: what the JKK and JKM premium buys a family, in one line with its source.
    pub buys: Option<Warning>,
    /// Parameters applied, with citations (the benefits' too).
    pub applied: Vec<Applied>,
    /// Warnings.
    pub warnings: Vec<Warning>,
    /// Field-level errors.
    pub errors: Vec<FieldError>,
}

impl ContributionResponse {
    pub(crate) fn failed(errors: Vec<FieldError>) -> Self {
        ContributionResponse {
            ok: false,
            period: None,
            total: None,
            employer: None,
            worker: None,
            apbn: None,
            apbd: None,
            apbdes: None,
            other: None,
            if_discounted: None,
            items: Vec::new(),
            buys: None,
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
            apbn: Some(c.apbn),
            apbd: Some(c.apbd),
            apbdes: Some(c.apbdes),
            other: Some(c.other),
            if_discounted: c.if_discounted,
            items: c.items,
            buys: None,
            applied: c.applied,
            warnings: c.warnings,
            errors: Vec::new(),
        }
    }
}

/// A worker's contribution on a date: amounts by program and payer, with sources.
///
/// # Errors
/// None thrown: problems come back in `errors`, one per field.
pub fn contribution(req: &ContributionRequest) -> ContributionResponse {
    let mut errors = Vec::new();
    unknown_names(&req.unknown, &mut errors);
    let date = as_of(&req.as_of, &mut errors).filter(|d| rules_exist(*d, &mut errors));
    let Some(segment) = req.segment else {
        errors.push(FieldError::from_num("segment", NumError::Empty));
        return ContributionResponse::failed(errors);
    };
    let computed = match segment {
        Segment::Wage => {
            wage_request(req, date, &mut errors).zip(date).map(|(w, d)| rules::wage_earner(&w, Lookup::new(d)).map(|c| (c, None)))
        }
        Segment::Informal => informal_request(req, date, &mut errors).zip(date).map(|(w, d)| {
            let mut c = rules::informal(&w, Lookup::new(d))?;
            let level = informal_level(w.declared_income, d);
            let premium = Rupiah::sum(c.items.iter().filter(|l| l.program != Program::Jht).map(|l| l.amount))?;
            let mut lookup = Lookup::new(d);
            let buys = rules::package_buys(premium, level, &mut lookup);
            c.applied.extend(lookup.into_applied());
            Ok((c, buys))
        }),
        Segment::Construction => {
            construction_request(req, &mut errors).zip(date).map(|(b, d)| rules::construction(b, Lookup::new(d)).map(|c| (c, None)))
        }
    };
    match computed {
        Some(Ok((c, buys))) if errors.is_empty() => ContributionResponse { buys, ..ContributionResponse::from(c) },
        Some(Err(Overflow)) => ContributionResponse::failed(vec![overflow_error("wage")]),
        _ => ContributionResponse::failed(errors),
    }
}

/// The year (and month) of birth, if given: `YYYY` or `YYYY-MM`, a year from 1900 to the date's
/// year, a month 1–12, not after the date computed (nobody pays before being born).
fn birth_in(req: &ContributionRequest, date: Option<Date>, errors: &mut Vec<FieldError>) -> Option<Option<rules::Birth>> {
    let Some(raw) = req.birth.as_deref().map(str::trim).filter(|s| !s.is_empty()) else { return Some(None) };
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        (n.contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit()))
            .then(|| s.bytes().fold(0i64, |acc, c| acc * 10 + i64::from(c - b'0')))
    };
    let (y, m) = match raw.split_once('-') {
        Some((y, m)) => (digits(y, 4..=4), Some(digits(m, 1..=2))),
        None => (digits(raw, 4..=4), None),
    };
    let (Some(year), Some(month)) = (y, m.map_or(Some(None), |m| m.map(Some))) else {
        errors.push(FieldError::new(
            "birth",
            "bad_birth",
            "Tulis tahun lahir (1966) atau tahun-bulan (1966-12).",
            "Write the year of birth (1966) or year-month (1966-12).",
        ));
        return None;
    };
    let last = date.map_or(i64::from(crate::date::MAX_YEAR), |d| i64::from(d.year()));
    if !(1900..=last).contains(&year) {
        errors.push(FieldError::year_out_of_range("birth", 1900, last));
        return None;
    }
    if month.is_some_and(|m| !(1..=12).contains(&m)) {
        errors.push(FieldError::out_of_range("birth", 1, 12));
        return None;
    }
    if date.zip(month).is_some_and(|(d, m)| (year, m) > (last, i64::from(d.month()))) {
        errors.push(FieldError::new("birth", "born_after_date", "Lahir sesudah tanggal yang dihitung.", "Born after the date computed."));
        return None;
    }
    Some(Some(rules::Birth { year: i32::try_from(year).ok()?, month: month.and_then(|m| u8::try_from(m).ok()) }))
}

fn wage_request(
    req: &ContributionRequest,
    date: Option<Date>,
    errors: &mut Vec<FieldError>,
) -> Option<rules::WageEarner> {
    let birth = birth_in(req, date, errors);
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
        birth: birth?,
    })
}

/// The income level an informal worker's JKK is on: the declared income within the lowest and top levels.
fn informal_level(declared: Rupiah, d: Date) -> Rupiah {
    let (min, max) = (params::bpu::MIN_INCOME.at(d), params::bpu::MAX_INCOME.at(d));
    let v = declared.get().max(min.unwrap_or(0)).min(max.unwrap_or(i64::MAX));
    Rupiah::new(v).unwrap_or(declared)
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
