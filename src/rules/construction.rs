//! Construction projects (Jakon): JKK and JKM on the contract value in marginal brackets, or on wages.

use super::{covid_relief, Builder, Contribution, Payer, Period, Program};
use crate::money::{apply_rate, Overflow, Ppm, Rupiah, PPM_ONE};
use crate::params::{jakon, pu, Lookup, Parameter};

/// What a construction contribution is computed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConstructionBasis {
    /// The project's contract value: one contribution for the whole project.
    ContractValue(Rupiah),
    /// A worker's known monthly wage: JKK 1.74 % and JKM 0.30 % per month.
    Wage(Rupiah),
}

/// The construction contribution on `lookup.as_of()`, paid by the contractor.
///
/// On the contract value, each bracket's rate applies to the part of the value inside the
/// bracket (≤ Rp 100 M, 100–500 M, 500 M–1 B, 1–5 B, > 5 B), summed exactly and rounded once.
/// JKM is computed the same marginal way; whether JKM is marginal is not confirmed, and the
/// applied JKM rates carry that status. On wages, the rates are those of risk class 5 and JKM.
///
/// # Errors
/// [`Overflow`] when an amount leaves the exact range (inputs are validated far below it).
pub fn construction(basis: ConstructionBasis, lookup: Lookup) -> Result<Contribution, Overflow> {
    match basis {
        ConstructionBasis::ContractValue(value) => {
            let mut b = Builder::new(lookup, Period::Project);
            let jkk = marginal(value, &jakon::JKK_BRACKETS, &mut b)?;
            b.line(Program::Jkk, Payer::Employer, jkk);
            covid_relief(&mut b)?;
            let jkm = marginal(value, &jakon::JKM_BRACKETS, &mut b)?;
            b.line(Program::Jkm, Payer::Employer, jkm);
            covid_relief(&mut b)?;
            b.finish()
        }
        ConstructionBasis::Wage(wage) => {
            let mut b = Builder::new(lookup, Period::Month);
            let jkk = apply_rate(wage, Ppm(b.lookup.get(&pu::JKK_CLASS5).unwrap_or(0)))?;
            b.line(Program::Jkk, Payer::Employer, jkk);
            covid_relief(&mut b)?;
            let jkm = apply_rate(wage, Ppm(b.lookup.get(&pu::JKM).unwrap_or(0)))?;
            b.line(Program::Jkm, Payer::Employer, jkm);
            covid_relief(&mut b)?;
            b.finish()
        }
    }
}

/// Σ over brackets of (part of `value` in the bracket × its rate), rounded once half up.
fn marginal(value: Rupiah, rates: &[&'static Parameter; 5], b: &mut Builder) -> Result<Rupiah, Overflow> {
    let v = i128::from(value.get());
    let mut lower = 0i128;
    let mut acc = 0i128;
    for (i, p) in rates.iter().enumerate() {
        let upper = jakon::BRACKET_UPPER.get(i).map_or(i128::MAX, |u| i128::from(*u));
        if v <= lower {
            break;
        }
        let part = v.min(upper) - lower;
        acc += part * i128::from(b.lookup.get(p).unwrap_or(0));
        lower = upper;
    }
    let one = i128::from(PPM_ONE);
    let rounded = (acc + one / 2) / one;
    Rupiah::new(i64::try_from(rounded).map_err(|_| Overflow)?)
}
