//! "Biaya program": what paying the BPU basic package (JKK and JKM) for a group of workers costs,
//! in one budget year or across several from a start month.

use super::input::{as_of, rules_exist, whole, NumInput};
use super::{overflow_error, unknown_names, FieldError, Money};
use crate::date::Date;
use crate::fmt::Lang;
use crate::money::{Overflow, Rupiah};
use crate::params::{self, Applied, Lookup};
use crate::plan::scenario::MAX_WORKERS;
use crate::rules::{self, Line, Warning};
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
