//! Construction projects (Jakon): JKK and JKM on the contract value in marginal brackets, or on wages.

use super::{covid_relief, Builder, Contribution, Payer, Period, Program};
use crate::money::{apply_rate, Overflow, Ppm, Rupiah, PPM_ONE};
use crate::params::{jakon, Lookup, Parameter};

/// What a construction contribution is computed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConstructionBasis {
    /// The project's contract value: one contribution for the whole project.
    ContractValue(Rupiah),
    /// A worker's known monthly wage: JKK 1.74 % and JKM 0.30 % per month (PP 44/2015 Pasal 54).
    Wage(Rupiah),
}

/// The construction contribution on `lookup.as_of()`, paid by the contractor.
///
/// On the contract value, each bracket's rate applies to the part of the value inside the
/// bracket (≤ Rp 100 M, 100–500 M, 500 M–1 B, 1–5 B, > 5 B), summed exactly and rounded once;
/// JKK and JKM alike (Permenaker 5/2021 Pasal 65 and 71; PP 49/2020 Pasal 12 ayat (2)). On a
/// known wage, JKK 1.74 % and JKM 0.30 % of the monthly wage (PP 44/2015 Pasal 54).
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
            let jkk = apply_rate(wage, Ppm(b.lookup.get(&jakon::JKK_WAGE).unwrap_or(0)))?;
            b.line(Program::Jkk, Payer::Employer, jkk);
            covid_relief(&mut b)?;
            let jkm = apply_rate(wage, Ppm(b.lookup.get(&jakon::JKM_WAGE).unwrap_or(0)))?;
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
        let part = v.min(upper).checked_sub(lower).ok_or(Overflow)?;
        let due = part.checked_mul(i128::from(b.lookup.get(p).unwrap_or(0))).ok_or(Overflow)?;
        acc = acc.checked_add(due).ok_or(Overflow)?;
        lower = upper;
    }
    let one = i128::from(PPM_ONE);
    let rounded = acc.checked_add(one / 2).ok_or(Overflow)? / one;
    Rupiah::new(i64::try_from(rounded).map_err(|_| Overflow)?)
}
