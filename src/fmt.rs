//! Display of rupiah and numbers in Indonesian (default) or English style.

use serde::{Deserialize, Serialize};

/// The language of messages and formatted text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Bahasa Indonesia: `1.290.240.000`, `1,29 miliar`.
    #[default]
    Id,
    /// English: `1,290,240,000`, `1.29 billion`.
    En,
}

impl Lang {
    fn group_sep(self) -> char {
        match self {
            Lang::Id => '.',
            Lang::En => ',',
        }
    }
    fn decimal_sep(self) -> char {
        match self {
            Lang::Id => ',',
            Lang::En => '.',
        }
    }
}

/// A whole number with thousands grouped: `12.800` (id) or `12,800` (en).
pub fn group(n: i64, lang: Lang) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(lang.group_sep());
        }
        out.push(c);
    }
    out
}

/// The space inside an amount (`Rp 16.800`, `Rp 1,29 miliar`): a no-break space (U+00A0), so
/// that no line ever ends with "Rp" and starts with the number. Parsing accepts it back.
pub const NBSP: char = '\u{a0}';

/// A full rupiah amount: `Rp 1.290.240.000` (id) or `Rp 1,290,240,000` (en), with a no-break space.
pub fn rupiah(n: i64, lang: Lang) -> String {
    if n < 0 {
        format!("-Rp{NBSP}{}", group(-n, lang))
    } else {
        format!("Rp{NBSP}{}", group(n, lang))
    }
}

/// A rupiah amount in words for large sums, two decimals rounded half up, trailing zeros
/// dropped: `Rp 1,29 miliar`, `Rp 2,5 juta`, `Rp 1.29 billion`. Below one million the full
/// amount is shown (`Rp 16.800`).
pub fn rupiah_short(n: i64, lang: Lang) -> String {
    const UNITS: [(i64, &str, &str); 3] = [
        (1_000_000_000_000, "triliun", "trillion"),
        (1_000_000_000, "miliar", "billion"),
        (1_000_000, "juta", "million"),
    ];
    let abs = i128::from(n).abs();
    let Some(idx) = UNITS.iter().position(|(u, _, _)| abs >= i128::from(*u)) else {
        return rupiah(n, lang);
    };
    // Hundredths of the unit, rounded half up; a carry to 1000 moves up one unit.
    let in_unit = |u: i64| (abs * 100 + i128::from(u) / 2) / i128::from(u);
    let mut unit = UNITS.iter().skip(idx);
    let (Some(&(mut size, mut id, mut en)), larger) = (unit.next(), idx.checked_sub(1).and_then(|i| UNITS.get(i)))
    else {
        return rupiah(n, lang);
    };
    let mut hundredths = in_unit(size);
    if let (true, Some(&up)) = (hundredths >= 100_000, larger) {
        (size, id, en) = up;
        hundredths = in_unit(size);
    }
    let whole = i64::try_from(hundredths / 100).unwrap_or(i64::MAX);
    // Two digits, written as an i64: formatting an i128 would ship its own 1.5 KB of code.
    let frac = i64::try_from(hundredths % 100).unwrap_or(0);
    let mut text = group(whole, lang);
    if frac != 0 {
        let f = format!("{frac:02}");
        text.push(lang.decimal_sep());
        text.push_str(f.trim_end_matches('0'));
    }
    let word = match lang {
        Lang::Id => id,
        Lang::En => en,
    };
    let sign = if n < 0 { "-" } else { "" };
    format!("{sign}Rp{NBSP}{text}{NBSP}{word}")
}

/// A number scaled by `10^decimals` shown with exactly `decimals` places: `(7275, 2)` → `72,75`.
pub fn scaled(n: i64, decimals: u32, lang: Lang) -> String {
    let p = 10_i64.pow(decimals);
    let sign = if n < 0 { "-" } else { "" };
    let whole = group((n / p).abs(), lang);
    if decimals == 0 {
        return format!("{sign}{whole}");
    }
    format!("{sign}{whole}{}{:0width$}", lang.decimal_sep(), (n % p).abs(), width = decimals as usize)
}

/// A rate in parts per million as a percentage, trailing zeros dropped: `2400` → `0,24%`.
pub fn percent_ppm(ppm: i64, lang: Lang) -> String {
    let text = scaled(ppm, 4, lang);
    let text = text.trim_end_matches('0').trim_end_matches(lang.decimal_sep());
    format!("{text}%")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(rupiah(1_290_240_000, Lang::Id), "Rp\u{a0}1.290.240.000");
        assert_eq!(rupiah(1_290_240_000, Lang::En), "Rp\u{a0}1,290,240,000");
        assert_eq!(rupiah(0, Lang::Id), "Rp\u{a0}0");
        assert_eq!(rupiah(999, Lang::Id), "Rp\u{a0}999");
        assert_eq!(rupiah(-16_800, Lang::Id), "-Rp\u{a0}16.800");
        assert_eq!(rupiah_short(1_290_240_000, Lang::Id), "Rp\u{a0}1,29\u{a0}miliar");
        assert_eq!(rupiah_short(1_290_240_000, Lang::En), "Rp\u{a0}1.29\u{a0}billion");
        assert_eq!(rupiah_short(2_500_000, Lang::Id), "Rp\u{a0}2,5\u{a0}juta");
        assert_eq!(rupiah_short(16_800, Lang::Id), "Rp\u{a0}16.800");
        assert_eq!(rupiah_short(999_995_000, Lang::Id), "Rp\u{a0}1\u{a0}miliar");
        assert_eq!(rupiah_short(999_994_999, Lang::Id), "Rp\u{a0}999,99\u{a0}juta");
        assert_eq!(rupiah_short(4_000_000_000_000_000, Lang::Id), "Rp\u{a0}4.000\u{a0}triliun");
        assert_eq!(scaled(7_275, 2, Lang::Id), "72,75");
        assert_eq!(scaled(7_205, 2, Lang::En), "72.05");
        assert_eq!(scaled(-50, 2, Lang::Id), "-0,50");
        assert_eq!(scaled(-2_000, 2, Lang::Id), "-20,00");
        assert_eq!(group(1_000, Lang::Id), "1.000");
        assert_eq!(group(100, Lang::Id), "100");
        assert_eq!(percent_ppm(2_400, Lang::Id), "0,24%");
        assert_eq!(percent_ppm(37_000, Lang::En), "3.7%");
        assert_eq!(percent_ppm(500_000, Lang::Id), "50%");
        assert_eq!(percent_ppm(990_000, Lang::Id), "99%");
    }
}
