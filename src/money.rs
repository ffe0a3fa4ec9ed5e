//! Exact money: whole rupiah, integer rates, and the one rounding rule.
//!
//! Amounts are whole rupiah in an `i64`; products are taken in `i128` and checked, so an
//! overflow is an error and never a wrap. Rates are parts per million (ppm): 0.24 % is
//! 2,400 ppm, 1 % is 10,000 ppm, 100 % is 1,000,000 ppm.

use serde::Serialize;

/// Largest amount the calculator accepts or produces: 2^53 − 1 rupiah, the largest whole
/// number JavaScript holds exactly (about Rp 9 thousand trillion, far above any budget).
pub const MAX_RUPIAH: i64 = (1_i64 << 53) - 1;

/// Parts per million in one whole (100 %).
pub const PPM_ONE: i64 = 1_000_000;

/// A whole-rupiah amount, never above [`MAX_RUPIAH`] in absolute value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(transparent)]
pub struct Rupiah(i64);

/// An arithmetic result that left the range the calculator can hold exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overflow;

impl std::fmt::Display for Overflow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("amount too large to compute exactly")
    }
}

impl Rupiah {
    /// Zero rupiah.
    pub const ZERO: Rupiah = Rupiah(0);

    /// An amount of whole rupiah.
    ///
    /// # Errors
    /// [`Overflow`] when `|value|` exceeds [`MAX_RUPIAH`].
    pub const fn new(value: i64) -> Result<Rupiah, Overflow> {
        if value > MAX_RUPIAH || value < -MAX_RUPIAH {
            Err(Overflow)
        } else {
            Ok(Rupiah(value))
        }
    }

    /// The amount in whole rupiah.
    pub const fn get(self) -> i64 {
        self.0
    }

    /// `self + other`.
    ///
    /// # Errors
    /// [`Overflow`] when the sum leaves the exact range.
    #[allow(clippy::should_implement_trait)] // checked: returns a Result, unlike `Add`
    pub fn add(self, other: Rupiah) -> Result<Rupiah, Overflow> {
        Rupiah::new(self.0.checked_add(other.0).ok_or(Overflow)?)
    }

    /// `self − other`.
    ///
    /// # Errors
    /// [`Overflow`] when the difference leaves the exact range.
    #[allow(clippy::should_implement_trait)] // checked: returns a Result, unlike `Sub`
    pub fn sub(self, other: Rupiah) -> Result<Rupiah, Overflow> {
        Rupiah::new(self.0.checked_sub(other.0).ok_or(Overflow)?)
    }

    /// `self × n` for a count (workers, months).
    ///
    /// # Errors
    /// [`Overflow`] when the product leaves the exact range.
    pub fn times(self, n: i64) -> Result<Rupiah, Overflow> {
        // The exact product fits an i64 exactly when checked_mul succeeds.
        Rupiah::new(self.0.checked_mul(n).ok_or(Overflow)?)
    }

    /// The smaller of two amounts.
    pub fn min(self, other: Rupiah) -> Rupiah {
        Rupiah(self.0.min(other.0))
    }

    /// Sum of amounts.
    ///
    /// # Errors
    /// [`Overflow`] when any partial sum leaves the exact range.
    pub fn sum<I: IntoIterator<Item = Rupiah>>(items: I) -> Result<Rupiah, Overflow> {
        items.into_iter().try_fold(Rupiah::ZERO, Rupiah::add)
    }
}

/// A rate in parts per million (1 % = 10,000 ppm).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(transparent)]
pub struct Ppm(pub i64);

impl Ppm {
    /// The rate as a percentage, for display only.
    pub fn percent(self) -> f64 {
        self.0 as f64 / 10_000.0
    }
}

/// Applies a rate to an amount and rounds to whole rupiah, **half up** (away from zero).
///
/// The rounding rule of the whole calculator: each program's monthly contribution is
/// computed on the monthly base and rounded once, to the nearest rupiah, halves upward
/// (e.g. 0.24 % of Rp 1,234,567 = 2,962.9608 → Rp 2,963; 0.5 rupiah → Rp 1). BPJS
/// Ketenagakerjaan bills whole rupiah; its exact rounding of fractions is not published
/// (status: unconfirmed), so the calculator states this rule wherever it rounds.
///
/// # Errors
/// [`Overflow`] when the result leaves the exact range.
pub fn apply_rate(base: Rupiah, rate: Ppm) -> Result<Rupiah, Overflow> {
    // In i64 when nothing overflows (always, for real budgets): i128 is slow on wasm32.
    let half = PPM_ONE / 2;
    let fast = base.0.checked_mul(rate.0).and_then(|p| {
        if p >= 0 {
            p.checked_add(half).map(|x| x / PPM_ONE)
        } else {
            p.checked_neg().and_then(|n| n.checked_add(half)).map(|x| -(x / PPM_ONE))
        }
    });
    if let Some(q) = fast {
        return Rupiah::new(q);
    }
    let p = i128::from(base.0) * i128::from(rate.0);
    let one = i128::from(PPM_ONE);
    let q = if p >= 0 { (p + one / 2) / one } else { -((-p + one / 2) / one) };
    Rupiah::new(i64::try_from(q).map_err(|_| Overflow)?)
}

// Test-only: unwrap() here reads known-good literals and is never compiled into the wasm.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_is_half_up() {
        let r = |v| Rupiah::new(v).unwrap();
        assert_eq!(apply_rate(r(1_234_567), Ppm(2_400)).unwrap(), r(2_963));
        assert_eq!(apply_rate(r(500_000), Ppm(1)).unwrap(), r(1)); // exactly 0.5
        assert_eq!(apply_rate(r(499_999), Ppm(1)).unwrap(), r(0));
        assert_eq!(apply_rate(r(1_000_000), Ppm(10_000)).unwrap(), r(10_000));
    }

    #[test]
    fn overflow_is_an_error() {
        assert_eq!(Rupiah::new(MAX_RUPIAH + 1), Err(Overflow));
        let big = Rupiah::new(MAX_RUPIAH).unwrap();
        assert_eq!(big.add(Rupiah::new(1).unwrap()), Err(Overflow));
        assert_eq!(big.times(2), Err(Overflow));
        assert_eq!(big.times(i64::MAX), Err(Overflow));
    }
}
