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
            for (program, brackets) in [(Program::Jkk, &jakon::JKK_BRACKETS), (Program::Jkm, &jakon::JKM_BRACKETS)] {
                let (amount, used) = marginal(value, brackets, &mut b)?;
                b.line(program, Payer::Employer, amount);
                // Marginal brackets: no one rate; the brackets used are cited.
                b.explain(Some(value), None, amount, &used);
                covid_relief(&mut b)?;
            }
            b.finish()
        }
        ConstructionBasis::Wage(wage) => {
            let mut b = Builder::new(lookup, Period::Month);
            for (program, param) in [(Program::Jkk, &jakon::JKK_WAGE), (Program::Jkm, &jakon::JKM_WAGE)] {
                let rate = b.lookup.get(param).unwrap_or(0);
                let amount = apply_rate(wage, Ppm(rate))?;
                b.line(program, Payer::Employer, amount);
                b.explain(Some(wage), Some(rate), amount, &[param.id]);
                covid_relief(&mut b)?;
            }
            b.finish()
        }
    }
}

/// Σ over brackets of (part of `value` in the bracket × its rate), rounded once half up, with
/// the ids of the brackets the value reaches.
fn marginal(
    value: Rupiah,
    rates: &[&'static Parameter; 5],
    b: &mut Builder,
) -> Result<(Rupiah, Vec<&'static str>), Overflow> {
    let v = i128::from(value.get());
    let mut lower = 0i128;
    let mut acc = 0i128;
    let mut used = Vec::new();
    for (i, p) in rates.iter().enumerate() {
        let upper = jakon::BRACKET_UPPER.get(i).map_or(i128::MAX, |u| i128::from(*u));
        if v <= lower {
            break;
        }
        let part = v.min(upper).checked_sub(lower).ok_or(Overflow)?;
        let due = part.checked_mul(i128::from(b.lookup.get(p).unwrap_or(0))).ok_or(Overflow)?;
        used.push(p.id);
        acc = acc.checked_add(due).ok_or(Overflow)?;
        lower = upper;
    }
    let one = i128::from(PPM_ONE);
    let rounded = acc.checked_add(one / 2).ok_or(Overflow)? / one;
    Ok((Rupiah::new(i64::try_from(rounded).map_err(|_| Overflow)?)?, used))
}
