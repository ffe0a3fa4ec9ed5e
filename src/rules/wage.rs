//! Wage earners (PU): JKK, JKM, JHT, JP and JKP as shares of the monthly wage.

use super::{covid_relief, discount_last, Builder, Contribution, Payer, Period, Program};
use crate::money::{apply_rate, Overflow, Ppm, Rupiah};
use crate::params::{pu, relief, Lookup, Parameter};
use serde::{Deserialize, Serialize};

/// A JKK risk class, 1 (very low) to 5 (very high) (PP 44/2015 art. 16(1)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RiskClass(u8);

impl RiskClass {
    /// Class 1, very low risk (0.24 %).
    pub const VERY_LOW: RiskClass = RiskClass(1);

    /// The class `n`, if it is 1–5.
    pub fn new(n: u8) -> Option<RiskClass> {
        (1..=5).contains(&n).then_some(RiskClass(n))
    }
    /// The class number, 1–5.
    pub fn get(self) -> u8 {
        self.0
    }
}

/// Industries named by PP 7/2025 for the labour-intensive JKK discount, and the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Industry {
    /// Food, beverages and tobacco.
    FoodBeverageTobacco,
    /// Textiles and apparel.
    TextileApparel,
    /// Leather and leather goods.
    Leather,
    /// Footwear.
    Footwear,
    /// Children's toys.
    Toys,
    /// Furniture.
    Furniture,
    /// Any other industry.
    Other,
}

/// A wage earner's situation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WageEarner {
    /// Monthly wage (basic wage plus fixed allowances).
    pub wage: Rupiah,
    /// The employer's JKK risk class.
    pub risk_class: RiskClass,
    /// Programs the worker is enrolled in (JKK and JKM always).
    pub programs: Vec<Program>,
    /// The employer's industry.
    pub industry: Industry,
    /// The employer's number of workers.
    pub employees: u32,
}

/// The monthly contribution of a wage earner on `lookup.as_of()`.
///
/// JKK by risk class and JKM 0.30 % are the employer's; JHT 5.7 % is 3.7 % employer and 2 %
/// worker; JP 3 % (2 % + 1 %) is on the wage capped at the year's ceiling; JKP is funded by the
/// central government and by recomposing part of the employer's JKK (and, before the February
/// 2025 contribution, JKM) on the wage capped at the JKP cap, so it costs employer and worker nothing extra.
/// Reliefs: PP 49/2020 (JKK/JKM −99 %, JP 99 % deferred) and PP 7/2025 (JKK −50 % for
/// eligible labour-intensive employers), applied after recomposition.
///
/// # Errors
/// [`Overflow`] when an amount leaves the exact range (inputs are validated far below it).
pub fn wage_earner(w: &WageEarner, lookup: Lookup) -> Result<Contribution, Overflow> {
    let mut b = Builder::new(lookup, Period::Month);
    let has = |p| w.programs.contains(&p);
    let jkk_rate = jkk_class_param(w.risk_class).and_then(|p| b.lookup.get(p)).unwrap_or(0);
    let mut jkk = apply_rate(w.wage, Ppm(jkk_rate))?;
    let mut jkm = apply_rate(w.wage, Ppm(b.lookup.get(&pu::JKM).unwrap_or(0)))?;

    let mut jkp_lines = None;
    if has(Program::Jkp) {
        if b.lookup.in_force(&pu::JKP_RATE) {
            b.lookup.get(&pu::JKP_RATE);
            let cap = Rupiah::new(b.lookup.get(&pu::JKP_WAGE_CAP).unwrap_or(0))?;
            let base = w.wage.min(cap);
            let gov = apply_rate(base, Ppm(b.lookup.get(&pu::JKP_GOVERNMENT).unwrap_or(0)))?;
            let from_jkk = apply_rate(base, Ppm(b.lookup.get(&pu::JKP_FROM_JKK).unwrap_or(0)))?;
            let from_jkm = match b.lookup.get(&pu::JKP_FROM_JKM) {
                Some(r) => apply_rate(base, Ppm(r))?,
                None => Rupiah::ZERO,
            };
            jkk = jkk.sub(from_jkk)?;
            jkm = jkm.sub(from_jkm)?;
            jkp_lines = Some((gov, from_jkk.add(from_jkm)?));
        } else {
            b.warn(
                "jkp_not_in_force",
                "JKP belum ada pada bulan ini (iuran JKP mulai bulan Februari 2021); JKP tidak dihitung.",
                "JKP did not exist yet in this month (JKP contributions start with February 2021); JKP is not counted.",
            );
        }
    }

    b.line(Program::Jkk, Payer::Employer, jkk);
    covid_relief(&mut b)?;
    apply_labour_intensive(w, &mut b)?;
    b.line(Program::Jkm, Payer::Employer, jkm);
    covid_relief(&mut b)?;

    if has(Program::Jht) {
        let e = apply_rate(w.wage, Ppm(b.lookup.get(&pu::JHT_EMPLOYER).unwrap_or(0)))?;
        let k = apply_rate(w.wage, Ppm(b.lookup.get(&pu::JHT_WORKER).unwrap_or(0)))?;
        b.line(Program::Jht, Payer::Employer, e);
        b.line(Program::Jht, Payer::Worker, k);
    }

    if has(Program::Jp) {
        let ceiling = Rupiah::new(b.lookup.get(&pu::JP_CEILING).unwrap_or(0))?;
        let base = w.wage.min(ceiling);
        let deferral = b.lookup.get(&relief::COVID_JP_DEFERRED);
        for (param, payer) in [(&pu::JP_EMPLOYER, Payer::Employer), (&pu::JP_WORKER, Payer::Worker)] {
            let full = apply_rate(base, Ppm(b.lookup.get(param).unwrap_or(0)))?;
            b.line(Program::Jp, payer, full);
            if let (Some(share), Some(line)) = (deferral, b.items.last_mut()) {
                let deferred = apply_rate(full, Ppm(share))?;
                line.amount = full.sub(deferred)?;
                line.deferred = deferred;
            }
        }
    }

    if let Some((gov, recomposed)) = jkp_lines {
        b.line(Program::Jkp, Payer::Government, gov);
        b.line(Program::Jkp, Payer::Employer, recomposed);
    }
    b.finish()
}

/// The JKK rate parameter of a risk class (PP 44/2015 art. 16(1)); `None` cannot happen for a
/// [`RiskClass`], which only holds 1–5, and is looked up without indexing so nothing can panic.
fn jkk_class_param(class: RiskClass) -> Option<&'static Parameter> {
    usize::from(class.get()).checked_sub(1).and_then(|i| pu::JKK_BY_CLASS.get(i)).copied()
}

/// PP 7/2025: half the JKK for employers in the listed industries with enough workers.
fn apply_labour_intensive(w: &WageEarner, b: &mut Builder) -> Result<(), Overflow> {
    if !b.lookup.in_force(&relief::LABOUR_INTENSIVE_JKK_CUT) || w.industry == Industry::Other {
        return Ok(());
    }
    let min = b.lookup.get(&relief::LABOUR_INTENSIVE_MIN_WORKERS).unwrap_or(i64::MAX);
    if i64::from(w.employees) < min {
        b.warn(
            "labour_intensive_too_small",
            format!("Diskon JKK padat karya (PP 7/2025) hanya untuk pemberi kerja dengan sedikitnya {min} pekerja."),
            format!("The labour-intensive JKK discount (PP 7/2025) needs an employer with at least {min} workers."),
        );
        return Ok(());
    }
    match b.lookup.get(&relief::LABOUR_INTENSIVE_JKK_CUT) {
        Some(cut) => discount_last(b, cut),
        None => Ok(()),
    }
}
