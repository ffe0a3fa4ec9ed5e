//! Wage earners (PU): JKK, JKM, JHT, JP and JKP as shares of the monthly wage.

use super::{covid_relief, Builder, Contribution, Payer, Period, Program};
use crate::date::Date;
use crate::money::{apply_rate, Overflow, Ppm, Rupiah, PPM_ONE};
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
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
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
    /// When the worker was born, if given: JP stops after the pension age (PP 45/2015 Pasal 15).
    pub birth: Option<Birth>,
}

/// When a worker was born, as far as it is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Birth {
    /// The year of birth.
    pub year: i32,
    /// The month of birth (1–12), if known.
    pub month: Option<u8>,
}

/// The year a worker born in `birth_year` reaches the JP pension age, and that age: the first year
/// in which the age they turn is at least the pension age in force that year (PP 45/2015 Pasal 15;
/// the age is set per calendar year, so the year does not depend on the birth month). Someone
/// turning 57 in 2021 reached it (57 in force); someone turning 57 in 2022 waits until 58 in 2023.
pub fn pension_age_reached(birth_year: i32) -> Option<(i32, i64)> {
    let first = pu::JP_PENSION_AGE.steps.first()?;
    for turned in 56..=65 {
        let year = birth_year.checked_add(turned)?;
        let age = pu::JP_PENSION_AGE.at(Date::ymd(year, 1, 1).max(first.from))?;
        if i64::from(turned) >= age {
            return Some((year, age));
        }
    }
    None
}

/// Whether JP has stopped in the contribution month of `b`'s date because the worker reached the
/// pension age, with a warning saying why (or that it may stop this year, when only the year of
/// birth is known). The month the age is reached is still a JP month: contributions are for whole
/// months (a worker who joins or leaves during a month owes that month), and the participation
/// ends during it; JP stops from the month after.
fn pension_age_stops_jp(birth: Option<Birth>, b: &mut Builder) -> bool {
    let Some(birth) = birth else { return false };
    let Some((year, age)) = pension_age_reached(birth.year) else { return false };
    let as_of = b.lookup.as_of();
    let first = pu::JP_PENSION_AGE.steps.first().map_or(as_of, |s| s.from);
    b.lookup.get_on(&pu::JP_PENSION_AGE, Date::ymd(year, 1, 1).max(first));
    // Years as i64 (its formatting is in the module already; i32's would be added).
    let y = i64::from(year);
    let when = match birth.month {
        Some(m) => format!("{}/{y}", i64::from(m)),
        None => format!("{y}"),
    };
    let stopped = match birth.month {
        Some(m) => (as_of.year(), as_of.month()) > (year, m),
        None => as_of.year() > year,
    };
    if stopped {
        b.warn(
            "jp_pension_age",
            format!(
                "JP Rp\u{a0}0: usia pensiun JP {age} tahun tercapai {when} (PP 45/2015 Pasal 15); iuran berhenti bulan \
                 berikutnya. Pilihan melanjutkan JP hingga 3 tahun (ayat 4) tidak dihitung."
            ),
            format!(
                "JP Rp\u{a0}0: the JP pension age of {age} was reached in {when} (PP 45/2015 Pasal 15); contributions \
                 stop the month after. The choice to continue JP up to 3 years (ayat 4) is not counted."
            ),
        );
    } else if birth.month.is_none() && as_of.year() == year {
        b.warn(
            "jp_pension_age_this_year",
            format!("Usia pensiun JP {age} tahun tercapai {y}: JP berhenti sesudah bulan lahir. Isi bulannya."),
            format!("The JP pension age of {age} is reached in {y}: JP stops after the birth month. Give the month."),
        );
    }
    stopped
}

/// The monthly contribution of a wage earner on `lookup.as_of()`.
///
/// JKK by risk class and JKM 0.30 % are the employer's; JHT 5.7 % is 3.7 % employer and 2 %
/// worker; JP 3 % (2 % + 1 %) is on the wage capped at the year's ceiling; JKP is funded by the
/// central government and by recomposing part of the employer's JKK (and, before the February
/// 2025 contribution, JKM) on the wage capped at the JKP cap, so it costs employer and worker
/// nothing extra. With the year (and month) of birth, JP stops after the month the worker reaches
/// the pension age of PP 45/2015 Pasal 15, with a warning saying so. Reliefs: PP 49/2020
/// (JKK/JKM −99 %, JP 99 % deferred) and PP 7/2025.
///
/// PP 7/2025 Pasal 4(1) gives the discounted JKK of an eligible labour-intensive employer as a
/// rate of the wage (class 2: 0.270 %); that is the employer's whole JKK, the part recomposed for
/// JKP included (PP 6/2025 Pasal 11(5) recomposes "iuran JKK"; PP 36/2025 Pasal 10A adjusts
/// "Iuran JKK dan rekomposisi Iuran JKK untuk program JKP" together). So the JKK line and the
/// employer's JKP line add up to that rate of the wage, rounded once, and the recomposed part is
/// halved with the rest (0.07 % of the capped wage; derived, and marked unconfirmed).
///
/// # Errors
/// [`Overflow`] when an amount leaves the exact range (inputs are validated far below it).
pub fn wage_earner(w: &WageEarner, lookup: Lookup) -> Result<Contribution, Overflow> {
    let mut b = Builder::new(lookup, Period::Month);
    let has = |p| w.programs.contains(&p);
    let class = jkk_class_param(w.risk_class);
    let jkk_rate = class.and_then(|p| b.lookup.get(p)).unwrap_or(0);
    let jkk_full = apply_rate(w.wage, Ppm(jkk_rate))?;
    let jkm_rate = b.lookup.get(&pu::JKM).unwrap_or(0);
    let jkm_full = apply_rate(w.wage, Ppm(jkm_rate))?;
    let jkp = if has(Program::Jkp) { jkp_funding(w.wage, &mut b)? } else { None };
    let cut = labour_intensive_cut(w, &mut b);

    let (from_jkk, from_jkm) = jkp.as_ref().map_or((Rupiah::ZERO, Rupiah::ZERO), |f| (f.from_jkk, f.from_jkm));
    // The JKK line before any relief: the class rate less the part recomposed for JKP.
    let jkk_before = jkk_full.sub(from_jkk)?;
    let (jkk, recomposed) = match cut {
        None => (jkk_before, from_jkk),
        Some(cut) => {
            let total = apply_rate(w.wage, discounted(Ppm(jkk_rate), cut)?)?;
            let recomposed = match &jkp {
                None => Rupiah::ZERO,
                Some(f) => match b.lookup.get(&relief::LABOUR_INTENSIVE_JKP_FROM_JKK) {
                    Some(r) => apply_rate(f.base, Ppm(r))?.min(total),
                    None => f.from_jkk.min(total),
                },
            };
            (total.sub(recomposed)?, recomposed)
        }
    };

    b.discounted_line(Program::Jkk, Payer::Employer, jkk, jkk_before.sub(jkk)?);
    b.explain(Some(w.wage), Some(jkk_rate), jkk_full, &[]);
    if let Some(p) = class {
        b.cite_last(p.id);
    }
    if jkp.is_some() {
        b.cite_last(pu::JKP_FROM_JKK.id);
    }
    if cut.is_some() {
        b.cite_last(relief::LABOUR_INTENSIVE_JKK_CUT.id);
    }
    covid_relief(&mut b)?;
    b.line(Program::Jkm, Payer::Employer, jkm_full.sub(from_jkm)?);
    b.explain(Some(w.wage), Some(jkm_rate), jkm_full, &[pu::JKM.id]);
    if from_jkm > Rupiah::ZERO {
        b.cite_last(pu::JKP_FROM_JKM.id);
    }
    covid_relief(&mut b)?;

    if has(Program::Jht) {
        for (param, payer) in [(&pu::JHT_EMPLOYER, Payer::Employer), (&pu::JHT_WORKER, Payer::Worker)] {
            let rate = b.lookup.get(param).unwrap_or(0);
            let amount = apply_rate(w.wage, Ppm(rate))?;
            b.line(Program::Jht, payer, amount);
            b.explain(Some(w.wage), Some(rate), amount, &[param.id]);
        }
    }

    if has(Program::Jp) && pension_age_stops_jp(w.birth, &mut b) {
        for payer in [Payer::Employer, Payer::Worker] {
            b.line(Program::Jp, payer, Rupiah::ZERO);
            b.explain(None, None, Rupiah::ZERO, &[pu::JP_PENSION_AGE.id]);
        }
    } else if has(Program::Jp) {
        let ceiling = Rupiah::new(b.lookup.get(&pu::JP_CEILING).unwrap_or(0))?;
        let base = w.wage.min(ceiling);
        let deferral = b.lookup.get(&relief::COVID_JP_DEFERRED);
        for (param, payer) in [(&pu::JP_EMPLOYER, Payer::Employer), (&pu::JP_WORKER, Payer::Worker)] {
            let rate = b.lookup.get(param).unwrap_or(0);
            let full = apply_rate(base, Ppm(rate))?;
            b.line(Program::Jp, payer, full);
            b.explain(Some(base), Some(rate), full, &[param.id, pu::JP_CEILING.id]);
            if let Some(share) = deferral {
                b.cite_last(relief::COVID_JP_DEFERRED.id);
                if let Some(line) = b.items.last_mut() {
                    let deferred = apply_rate(full, Ppm(share))?;
                    line.amount = full.sub(deferred)?;
                    line.deferred = deferred;
                }
            }
        }
    }

    if let Some(f) = jkp {
        b.line(Program::Jkp, Payer::Apbn, f.government);
        b.explain(Some(f.base), Some(f.government_rate), f.government, &[pu::JKP_GOVERNMENT.id, pu::JKP_WAGE_CAP.id]);
        let employer = recomposed.add(from_jkm)?;
        b.discounted_line(Program::Jkp, Payer::Employer, employer, from_jkk.sub(recomposed)?);
        // One rate (the JKK part's) since PP 6/2025; before it two parts, each rounded: no one rate.
        let gross = from_jkk.add(from_jkm)?;
        let rate = (from_jkm == Rupiah::ZERO).then_some(f.jkk_rate);
        b.explain(Some(f.base), rate, gross, &[pu::JKP_FROM_JKK.id, pu::JKP_WAGE_CAP.id]);
        if from_jkm > Rupiah::ZERO {
            b.cite_last(pu::JKP_FROM_JKM.id);
        }
        if cut.is_some() {
            b.cite_last(relief::LABOUR_INTENSIVE_JKP_FROM_JKK.id);
        }
    }
    b.finish()
}

/// JKP for one month before any relief: the capped wage and the amounts of each funding part.
#[derive(Debug)]
struct JkpFunding {
    base: Rupiah,
    government: Rupiah,
    government_rate: i64,
    from_jkk: Rupiah,
    from_jkm: Rupiah,
    /// The JKK part's rate.
    jkk_rate: i64,
}

/// The JKP funding in force (PP 37/2021, PP 6/2025), or a warning when JKP did not exist yet.
fn jkp_funding(wage: Rupiah, b: &mut Builder) -> Result<Option<JkpFunding>, Overflow> {
    if !b.lookup.in_force(&pu::JKP_RATE) {
        b.warn(
            "jkp_not_in_force",
            "JKP belum ada pada bulan ini (iuran JKP mulai bulan Februari 2021); JKP tidak dihitung.",
            "JKP did not exist yet in this month (JKP contributions start with February 2021); JKP is not counted.",
        );
        return Ok(None);
    }
    b.lookup.get(&pu::JKP_RATE);
    let cap = Rupiah::new(b.lookup.get(&pu::JKP_WAGE_CAP).unwrap_or(0))?;
    let base = wage.min(cap);
    let government_rate = b.lookup.get(&pu::JKP_GOVERNMENT).unwrap_or(0);
    let government = apply_rate(base, Ppm(government_rate))?;
    let jkk_rate = b.lookup.get(&pu::JKP_FROM_JKK).unwrap_or(0);
    let from_jkk = apply_rate(base, Ppm(jkk_rate))?;
    let jkm_rate = b.lookup.get(&pu::JKP_FROM_JKM).unwrap_or(0);
    let from_jkm = apply_rate(base, Ppm(jkm_rate))?;
    Ok(Some(JkpFunding { base, government, government_rate, from_jkk, from_jkm, jkk_rate }))
}

/// `rate` less the fraction `cut` (both ppm), rounded half up to a whole ppm: the discounted
/// rate as PP 7/2025 Pasal 4(1) states it (0.54 % − 50 % = 0.270 %; every listed rate is exact).
fn discounted(rate: Ppm, cut: i64) -> Result<Ppm, Overflow> {
    let keep = PPM_ONE.checked_sub(cut).ok_or(Overflow)?;
    let one = i128::from(PPM_ONE);
    let product = i128::from(rate.0).checked_mul(i128::from(keep)).ok_or(Overflow)?;
    let rounded = product.checked_add(one / 2).ok_or(Overflow)?.div_euclid(one);
    Ok(Ppm(i64::try_from(rounded).map_err(|_| Overflow)?))
}

/// The JKK rate parameter of a risk class (PP 44/2015 art. 16(1)); `None` cannot happen for a
/// [`RiskClass`], which only holds 1–5, and is looked up without indexing so nothing can panic.
fn jkk_class_param(class: RiskClass) -> Option<&'static Parameter> {
    usize::from(class.get()).checked_sub(1).and_then(|i| pu::JKK_BY_CLASS.get(i)).copied()
}

/// PP 7/2025: the JKK discount (ppm) for employers in the listed industries with enough workers,
/// when in force, with a warning when the employer is too small.
fn labour_intensive_cut(w: &WageEarner, b: &mut Builder) -> Option<i64> {
    if !b.lookup.in_force(&relief::LABOUR_INTENSIVE_JKK_CUT) || w.industry == Industry::Other {
        return None;
    }
    let min = b.lookup.get(&relief::LABOUR_INTENSIVE_MIN_WORKERS).unwrap_or(i64::MAX);
    if i64::from(w.employees) < min {
        b.warn(
            "labour_intensive_too_small",
            format!("Diskon JKK padat karya (PP 7/2025) hanya untuk pemberi kerja dengan sedikitnya {min} pekerja."),
            format!("The labour-intensive JKK discount (PP 7/2025) needs an employer with at least {min} workers."),
        );
        return None;
    }
    b.lookup.get(&relief::LABOUR_INTENSIVE_JKK_CUT)
}
