//! Contributions per worker: wage earners (PU), informal workers (BPU) and construction (Jakon).
//!
//! Each function takes validated domain inputs and a [`Lookup`] dated `asOf`, and returns the
//! contribution lines by program and payer, with the parameters applied and warnings. Every
//! amount is rounded once per line by [`crate::money::apply_rate`] (half up).

use crate::money::{Overflow, Rupiah};
use crate::params::{Applied, Lookup, Status};
use serde::{Deserialize, Serialize};

mod benefits;
mod construction;
mod informal;
mod wage;

pub use benefits::package_buys;
pub use construction::{construction, ConstructionBasis};
pub use informal::{informal, Informal, WorkerType};
pub use wage::{pension_age_reached, wage_earner, Birth, Industry, RiskClass, WageEarner};

/// A BPJS Ketenagakerjaan program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Program {
    /// Jaminan Kecelakaan Kerja: work-accident insurance.
    Jkk,
    /// Jaminan Kematian: death benefit.
    Jkm,
    /// Jaminan Hari Tua: old-age savings.
    Jht,
    /// Jaminan Pensiun: pension (wage earners only).
    Jp,
    /// Jaminan Kehilangan Pekerjaan: job-loss benefit (wage earners only).
    Jkp,
}

/// Who bears a contribution line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Payer {
    /// The employer (or the contractor, for construction).
    Employer,
    /// The worker, from the wage or own pocket.
    Worker,
    /// The central government's budget (APBN): the JKP share it pays for every JKP participant
    /// (PP 37/2021 Pasal 19, PP 6/2025), or an informal worker's premium it pays. A payer apart
    /// from a regional budget: no total adds the two as one "government".
    Apbn,
    /// A provincial or regency/city budget (APBD), including the transfers spent through it.
    Apbd,
    /// A village budget (APBDes, including Dana Desa).
    Apbdes,
    /// Anyone else paying for the worker: CSR, zakat, other donors.
    Other,
}

/// Who pays an informal worker's contribution; decides the PP 50/2025 exception.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Funder {
    /// The worker pays.
    #[serde(rename = "self")]
    SelfPaid,
    /// An employer or business partner pays.
    Employer,
    /// The state budget (APBN).
    Apbn,
    /// A provincial or regency/city budget (APBD).
    Apbd,
    /// A village budget (APBDes / Dana Desa).
    Apbdes,
    /// Corporate social responsibility.
    Csr,
    /// Zakat (BAZNAS).
    Zakat,
    /// Any other payer.
    Other,
}

impl Funder {
    /// The payer column the funder's lines go in.
    pub fn payer(self) -> Payer {
        match self {
            Funder::SelfPaid => Payer::Worker,
            Funder::Employer => Payer::Employer,
            Funder::Apbn => Payer::Apbn,
            Funder::Apbd => Payer::Apbd,
            Funder::Apbdes => Payer::Apbdes,
            Funder::Csr | Funder::Zakat | Funder::Other => Payer::Other,
        }
    }
}

/// The period one contribution covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Period {
    /// One month.
    Month,
    /// A whole construction project.
    Project,
}

/// One contribution line: a program, who pays it, and the amount due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Line {
    /// The program.
    pub program: Program,
    /// Who pays.
    pub payer: Payer,
    /// Amount due for the period, after any discount and deferral.
    pub amount: Rupiah,
    /// Discount taken off by a relief.
    pub discount: Rupiah,
    /// Amount deferred by a relief (still owed later).
    pub deferred: Rupiah,
    /// What the rate applies to (the wage, the capped wage, the income level, the contract
    /// value); `None` for a flat amount.
    pub base: Option<Rupiah>,
    /// The rate applied to `base`, in ppm; `None` for a flat amount or marginal brackets.
    pub rate: Option<i64>,
    /// `base × rate` rounded once (or the flat amount, or the brackets' sum) before anything is
    /// moved, discounted or deferred: the page writes `base × rate = gross` beside the amount.
    pub gross: Rupiah,
    /// The ids of the parameters the line used, first the rate or amount, then caps, reliefs
    /// and recompositions (each is in the result's `applied`, with its citation).
    pub params: Vec<&'static str>,
}

/// Something the user should know about a result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Warning {
    /// Stable code.
    pub code: &'static str,
    /// Message in Bahasa Indonesia.
    pub message_id: String,
    /// Message in English.
    pub message_en: String,
}

impl Warning {
    /// A warning with both messages.
    pub fn new(code: &'static str, message_id: impl Into<String>, message_en: impl Into<String>) -> Self {
        Warning { code, message_id: message_id.into(), message_en: message_en.into() }
    }
}

/// A worker's contribution for one period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Contribution {
    /// What one contribution covers.
    pub period: Period,
    /// Lines by program and payer.
    pub items: Vec<Line>,
    /// Sum of all lines.
    pub total: Rupiah,
    /// Sum of the employer's lines.
    pub employer: Rupiah,
    /// Sum of the worker's lines.
    pub worker: Rupiah,
    /// Sum of the central government's lines (APBN).
    pub apbn: Rupiah,
    /// Sum of regional budgets' lines (APBD).
    pub apbd: Rupiah,
    /// Sum of village budgets' lines (APBDes / Dana Desa).
    pub apbdes: Rupiah,
    /// Sum of other payers' lines.
    pub other: Rupiah,
    /// Parameters used, with their sources.
    pub applied: Vec<Applied>,
    /// Things to know (unconfirmed values, reliefs not applying, …).
    pub warnings: Vec<Warning>,
    /// The total under the other reading of the rules, where the sources allow two and they
    /// differ: a village budget (APBDes / Dana Desa) paying during PP 50/2025 — `total` is the full
    /// premium (Dana Desa read as APBN money, excluded from the discount), this the discounted one.
    pub if_discounted: Option<Rupiah>,
}

/// Accumulates lines and warnings while a rule runs.
#[derive(Debug)]
pub(crate) struct Builder {
    pub lookup: Lookup,
    pub items: Vec<Line>,
    pub warnings: Vec<Warning>,
    period: Period,
}

impl Builder {
    pub fn new(lookup: Lookup, period: Period) -> Self {
        Builder { lookup, items: Vec::new(), warnings: Vec::new(), period }
    }

    pub fn line(&mut self, program: Program, payer: Payer, amount: Rupiah) {
        self.discounted_line(program, payer, amount, Rupiah::ZERO);
    }

    /// A line of `amount` after a relief took `discount` off it.
    pub fn discounted_line(&mut self, program: Program, payer: Payer, amount: Rupiah, discount: Rupiah) {
        self.items.push(Line {
            program,
            payer,
            amount,
            discount,
            deferred: Rupiah::ZERO,
            base: None,
            rate: None,
            gross: amount.add(discount).unwrap_or(amount),
            params: Vec::new(),
        });
    }

    /// Says how the last line pushed was reached: `base × rate = gross` (or a flat `gross`)
    /// and the parameters used.
    pub fn explain(&mut self, base: Option<Rupiah>, rate: Option<i64>, gross: Rupiah, params: &[&'static str]) {
        if let Some(line) = self.items.last_mut() {
            line.base = base;
            line.rate = rate;
            line.gross = gross;
            line.params.extend_from_slice(params);
        }
    }

    /// Adds a parameter to the last line's, when it applied (a relief, a cap).
    pub fn cite_last(&mut self, id: &'static str) {
        if let Some(line) = self.items.last_mut() {
            line.params.push(id);
        }
    }

    pub fn warn(&mut self, code: &'static str, id: impl Into<String>, en: impl Into<String>) {
        self.warnings.push(Warning::new(code, id, en));
    }

    /// Finishes: sums by payer and warns about every applied value that is not enacted.
    pub fn finish(mut self) -> Result<Contribution, Overflow> {
        let sum_for = |p: Payer, items: &[Line]| Rupiah::sum(items.iter().filter(|l| l.payer == p).map(|l| l.amount));
        let employer = sum_for(Payer::Employer, &self.items)?;
        let worker = sum_for(Payer::Worker, &self.items)?;
        let apbn = sum_for(Payer::Apbn, &self.items)?;
        let apbd = sum_for(Payer::Apbd, &self.items)?;
        let apbdes = sum_for(Payer::Apbdes, &self.items)?;
        let other = sum_for(Payer::Other, &self.items)?;
        let total = Rupiah::sum([employer, worker, apbn, apbd, apbdes, other])?;
        for a in self.lookup.applied() {
            match a.status {
                Status::Enacted => {}
                Status::Unconfirmed => self.warnings.push(Warning::new(
                    "unconfirmed_value",
                    // The source after a full stop, not in parentheses: labels and regulations
                    // carry their own, and nested ones read badly.
                    format!("{}: nilai belum dikonfirmasi dari sumber resmi. Sumber: {}.", a.label_id, a.citation.regulation),
                    format!("{}: value not confirmed by an official source. Source: {}.", a.label_en, a.citation.regulation),
                )),
                Status::Projected => self.warnings.push(Warning::new(
                    "projected_value",
                    format!("{}: nilai proyeksi, belum ditetapkan.", a.label_id),
                    format!("{}: projected value, not yet set.", a.label_en),
                )),
            }
        }
        Ok(Contribution {
            period: self.period,
            items: self.items,
            total,
            employer,
            worker,
            apbn,
            apbd,
            apbdes,
            other,
            applied: self.lookup.into_applied(),
            warnings: self.warnings,
            if_discounted: None,
        })
    }
}

/// Takes `cut` (ppm) off the last line pushed, recording the discount.
pub(crate) fn discount_last(b: &mut Builder, cut: i64) -> Result<(), Overflow> {
    if let Some(line) = b.items.last_mut() {
        let d = crate::money::apply_rate(line.amount, crate::money::Ppm(cut))?;
        line.amount = line.amount.sub(d)?;
        line.discount = line.discount.add(d)?;
    }
    Ok(())
}

/// PP 49/2020: cuts the last line pushed (JKK or JKM) by the COVID-19 relief, when in force.
pub(crate) fn covid_relief(b: &mut Builder) -> Result<(), Overflow> {
    let p = &crate::params::relief::COVID_JKK_JKM_CUT;
    match b.lookup.get(p) {
        Some(cut) => {
            b.cite_last(p.id);
            discount_last(b, cut)
        }
        None => Ok(()),
    }
}

pub mod freshness;
pub use freshness::{freshness, Freshness};

/// Highest monthly wage or declared income accepted: Rp 10 billion.
pub const MAX_MONTHLY: i64 = 10_000_000_000;
/// Highest construction contract value accepted: Rp 1,000 trillion.
pub const MAX_CONTRACT: i64 = 1_000_000_000_000_000;
