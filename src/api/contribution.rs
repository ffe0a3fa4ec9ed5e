//! The citizen's questions: what a program costs ("Biaya program") and what a worker pays
//! ("Iuran saya"), as requests validated into the rules' inputs and responses built from their results.

use super::input::{as_of, rules_exist, rupiah_in, whole, NumInput};
use super::{overflow_error, unknown_names, FieldError, Money};
use crate::date::Date;
use crate::fmt::Lang;
use crate::money::{Overflow, Rupiah};
use crate::params::{self, Applied, Lookup};
use crate::parse::NumError;
use crate::plan::scenario::MAX_WORKERS;
use crate::rules::{self, Contribution, Funder, Industry, Line, Period, Program, RiskClass, Warning, WorkerType};
use crate::rules::{MAX_CONTRACT, MAX_MONTHLY};
use serde::{Deserialize, Serialize};

/// Request of `programCost`: pay the BPU basic package for `workers` for `months` a year.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct ProgramCostRequest {
    /// Number of workers, 1 to 300,000,000.
    pub workers: Option<NumInput>,
    /// Months paid per year, 1 to 12.
    pub months: Option<NumInput>,
    /// The date whose rules apply, `YYYY-MM-DD` (not needed with `start`).
    pub as_of: Option<String>,
    /// The first month paid, `YYYY-MM`, of a program paid once across budget years: then `months`
    /// (1 to 60) counts from it, each month under its own rules, the cost split by fiscal year.
    pub start: Option<String>,
    /// Language of the formatted amounts (`id` by default).
    pub lang: Option<Lang>,
    /// Fields not listed above: each is reported as an error. No `#[serde(flatten)]`: the wasm
    /// face's reader ([`super::read`]) lists the keys it did not take (serde's derive skips them).
    #[serde(skip)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(skip))]
    pub unknown: Vec<String>,
}

/// One budget year of a program paid from `start` (planning and full modules).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ProgramYear {
    /// The fiscal year.
    pub year: i32,
    /// First month paid in it (1–12).
    pub first_month: u8,
    /// Last month paid in it.
    pub last_month: u8,
    /// Months paid in it.
    pub months: i64,
    /// Per worker for those months.
    pub per_worker: Money,
    /// For all workers.
    pub total: Money,
    /// How the year's total is reached, as a budget writes it (`3.041 pekerja × Rp 16.800 ×
    /// 2 bulan = Rp 102.177.600`).
    pub formula_id: String,
    /// The same in English.
    pub formula_en: String,
}

/// Response of `programCost`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
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
    /// With `start`: the cost by fiscal year (empty without it).
    pub years: Vec<ProgramYear>,
    /// How the total is reached, as a budget writes it (`N pekerja × Rp 16.800 × M bulan = …`).
    pub formula_id: String,
    /// The same in English.
    pub formula_en: String,
    /// The monthly premium's lines (JKK, JKM), each with its base, rate or amount and parameters.
    pub items: Vec<Line>,
    /// What the monthly premium buys a family, in one line with its source (PP 82/2019).
    pub buys: Option<Warning>,
    /// Parameters applied (the benefits' too).
    pub applied: Vec<Applied>,
    /// Warnings.
    pub warnings: Vec<Warning>,
    /// Field-level errors.
    pub errors: Vec<FieldError>,
}

/// The line on what the BPU basic package buys on `date` (the lowest income level), with the
/// benefits appended to `applied`.
fn basic_package_buys(premium: Rupiah, date: Date, applied: &mut Vec<Applied>) -> Option<Warning> {
    let level = Rupiah::new(params::bpu::MIN_INCOME.at(date)?).ok()?;
    let mut lookup = Lookup::new(date);
    let line = rules::package_buys(premium, level, &mut lookup);
    applied.extend(lookup.into_applied());
    line
}

use crate::report::explain::formula;

impl ProgramCostResponse {
    pub(crate) fn failed(errors: Vec<FieldError>) -> Self {
        ProgramCostResponse {
            ok: false,
            monthly_premium: None,
            per_worker: None,
            total: None,
            workers: None,
            months: None,
            years: Vec::new(),
            formula_id: String::new(),
            formula_en: String::new(),
            items: Vec::new(),
            buys: None,
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
    unknown_names(&req.unknown, &mut errors);
    let workers = whole("workers", &req.workers, 1, MAX_WORKERS, &mut errors);
    if let Some(start) = req.start.as_deref().filter(|s| !s.trim().is_empty()) {
        return program_span(req, workers, start, lang, errors);
    }
    let months = whole("months", &req.months, 1, 12, &mut errors);
    let date = as_of(&req.as_of, &mut errors).filter(|d| rules_exist(*d, &mut errors));
    let (Some(workers), Some(months), Some(date), true) = (workers, months, date, errors.is_empty()) else {
        return ProgramCostResponse::failed(errors);
    };
    match crate::plan::program_cost(workers, months, Lookup::new(date)) {
        Ok(mut c) => ProgramCostResponse {
            buys: basic_package_buys(c.monthly_premium, date, &mut c.contribution.applied),
            items: c.contribution.items,
            ok: true,
            monthly_premium: Some(Money::new(c.monthly_premium, lang)),
            per_worker: Some(Money::new(c.per_worker, lang)),
            total: Some(Money::new(c.total, lang)),
            workers: Some(workers),
            months: Some(months),
            years: Vec::new(),
            formula_id: formula(workers, &[(c.monthly_premium, months)], c.total, Lang::Id),
            formula_en: formula(workers, &[(c.monthly_premium, months)], c.total, Lang::En),
            applied: c.contribution.applied,
            warnings: c.contribution.warnings,
            errors: Vec::new(),
        },
        Err(Overflow) => ProgramCostResponse::failed(vec![overflow_error("workers")]),
    }
}

/// `programCost` with `start`: the span's months, each under its own rules, split by fiscal year.
fn program_span(
    req: &ProgramCostRequest,
    workers: Option<i64>,
    start: &str,
    lang: Lang,
    mut errors: Vec<FieldError>,
) -> ProgramCostResponse {
    let months = whole("months", &req.months, 1, i64::from(crate::plan::scenario::MAX_SPAN), &mut errors);
    // `YYYY-MM`: its first day is a date, and the rules must exist then.
    let first = crate::errors::date_in("start", &format!("{}-01", start.trim()), &mut errors)
        .filter(|d| d >= &params::RULES_START || {
            errors.push(FieldError::new(
                "start",
                "before_rules",
                "Aturan iuran yang dihitung berlaku mulai Juli 2015 (PP 44, 45, 46/2015).",
                "The contribution rules computed here start in July 2015 (PP 44, 45, 46/2015).",
            ));
            false
        });
    let (Some(workers), Some(months), Some(first), true) = (workers, months, first, errors.is_empty()) else {
        return ProgramCostResponse::failed(errors);
    };
    let span = u8::try_from(months).ok().and_then(|m| {
        crate::plan::program_span(workers, first.year(), first.month(), m).ok()
    });
    let Some(span) = span else { return ProgramCostResponse::failed(vec![overflow_error("workers")]) };
    let years = span
        .years
        .iter()
        .map(|y| ProgramYear {
            year: y.year,
            first_month: y.first_month,
            last_month: y.last_month,
            months: y.runs.iter().map(|(_, n)| n).sum(),
            per_worker: Money::new(y.per_worker, lang),
            total: Money::new(y.total, lang),
            formula_id: formula(workers, &y.runs, y.total, Lang::Id),
            formula_en: formula(workers, &y.runs, y.total, Lang::En),
        })
        .collect();
    let runs: Vec<(Rupiah, i64)> = if span.uniform {
        vec![(span.first_premium, months)]
    } else {
        // Runs across a year's end at the same premium are one run.
        let mut runs: Vec<(Rupiah, i64)> = Vec::new();
        for &(p, n) in span.years.iter().flat_map(|y| &y.runs) {
            match runs.last_mut() {
                Some((q, m)) if *q == p => *m += n,
                _ => runs.push((p, n)),
            }
        }
        runs
    };
    let mut applied = span.contribution.applied;
    ProgramCostResponse {
        ok: true,
        buys: basic_package_buys(span.first_premium, first, &mut applied),
        items: span.contribution.items,
        monthly_premium: Some(Money::new(span.first_premium, lang)),
        per_worker: Some(Money::new(span.per_worker, lang)),
        total: Some(Money::new(span.total, lang)),
        workers: Some(workers),
        months: Some(months),
        years,
        formula_id: formula(workers, &runs, span.total, Lang::Id),
        formula_en: formula(workers, &runs, span.total, Lang::En),
        applied,
        warnings: span.contribution.warnings,
        errors: Vec::new(),
    }
}

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
