//! Numbers typed the Indonesian way, and the other ways people paste them.
//!
//! Indonesian writes `12.800` for twelve thousand eight hundred and `72,75` for seventy-two
//! point seven five. The rules, in order:
//! - `Rp`, `Rp.` before and `%` after the number are ignored, as are spaces (also no-break
//!   and thin spaces) used to group digits: `Rp 1 290 240 000`.
//! - With both `.` and `,`, the one that comes last (once) is the decimal mark and the other
//!   groups thousands: `1.234,5` (Indonesian) and `1,234.5` (English) are both 1234.5.
//! - Only dots: several dots group thousands (`1.290.240.000`); one dot followed by exactly
//!   three digits groups thousands (`12.800` = 12800), otherwise it is a decimal point (`72.75`).
//! - Only commas: several commas group thousands (`1,290,240,000`, unambiguous); one comma
//!   followed by exactly three digits is **ambiguous** (`1,000` is 1 in Indonesian and 1000 in
//!   English) and is refused with a message; otherwise it is the decimal comma (`72,75`).
//! - Thousands groups after the first have exactly three digits. No exponents, no signs but a
//!   leading minus, which is reported as negative.

/// Why a typed number was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumError {
    /// Nothing typed.
    Empty,
    /// Not a number in any accepted notation.
    NotANumber,
    /// A minus sign.
    Negative,
    /// A fraction where a whole number is needed.
    NotWhole,
    /// `1,000`: could be one or one thousand.
    Ambiguous,
    /// More decimal places than the field keeps.
    TooManyDecimals(u32),
    /// More digits than the calculator holds.
    TooLarge,
}

struct Parts {
    int: String,
    frac: String,
}

fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\t')
}

fn split_number(raw: &str) -> Result<Parts, NumError> {
    let mut s = raw.trim();
    for prefix in ["Rp.", "RP.", "rp.", "Rp", "RP", "rp", "IDR", "idr"] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.trim_start();
            break;
        }
    }
    s = s.strip_suffix('%').unwrap_or(s).trim_end();
    if s.is_empty() {
        return Err(NumError::Empty);
    }
    let (negative, s) = match s.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, s),
    };
    let compact: String = s.chars().filter(|c| !is_group_space(*c)).collect();
    // Spaces may only group digits: "12 800" yes, "12 , 800" no.
    if s.chars().zip(s.chars().skip(1)).any(|(a, b)| is_group_space(a) && !b.is_ascii_digit() && !is_group_space(b)) {
        return Err(NumError::NotANumber);
    }
    if compact.is_empty() || !compact.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return Err(NumError::NotANumber);
    }
    let dots = compact.matches('.').count();
    let commas = compact.matches(',').count();
    let last_is = |sep: char| compact.rfind(sep);
    let (group, decimal): (Option<char>, Option<char>) = match (dots, commas) {
        (0, 0) => (None, None),
        (_, 0) if dots > 1 => (Some('.'), None),
        (1, 0) => {
            let after = compact.len() - last_is('.').unwrap_or(0) - 1;
            if after == 3 {
                (Some('.'), None)
            } else {
                (None, Some('.'))
            }
        }
        (0, _) if commas > 1 => (Some(','), None),
        (0, 1) => {
            let after = compact.len() - last_is(',').unwrap_or(0) - 1;
            if after == 3 && !compact.starts_with(',') {
                return Err(NumError::Ambiguous);
            }
            (None, Some(','))
        }
        _ => {
            let (d, c) = (last_is('.').unwrap_or(0), last_is(',').unwrap_or(0));
            if d > c && dots == 1 {
                (Some(','), Some('.'))
            } else if c > d && commas == 1 {
                (Some('.'), Some(','))
            } else {
                return Err(NumError::NotANumber);
            }
        }
    };
    let (int_part, frac_part) = match decimal.and_then(|d| compact.split_once(d)) {
        Some((i, f)) => (i, f),
        None => (compact.as_str(), ""),
    };
    if frac_part.contains(['.', ',']) || (decimal.is_some() && frac_part.is_empty()) {
        return Err(NumError::NotANumber);
    }
    let int: String = match group {
        Some(g) => {
            let mut groups = int_part.split(g);
            let first_ok = groups.next().is_some_and(|first| (1..=3).contains(&first.len()));
            if !first_ok || groups.any(|g| g.len() != 3) {
                return Err(NumError::NotANumber);
            }
            int_part.replace(g, "")
        }
        None => int_part.to_string(),
    };
    let int = if int.is_empty() && !frac_part.is_empty() { "0".to_string() } else { int };
    if int.is_empty() {
        return Err(NumError::NotANumber);
    }
    if negative {
        return Err(NumError::Negative);
    }
    Ok(Parts { int, frac: frac_part.to_string() })
}

fn digits_to_i64(d: &str) -> Result<i64, NumError> {
    let d = d.trim_start_matches('0');
    if d.len() > 18 {
        return Err(NumError::TooLarge);
    }
    Ok(d.bytes().fold(0i64, |acc, b| acc * 10 + i64::from(b - b'0')))
}

/// Parses a whole, non-negative number (a count of workers, months, or whole rupiah).
///
/// # Errors
/// A [`NumError`] saying why the text is not such a number; a fraction of zeros (`12,0`) is allowed.
pub fn parse_whole(raw: &str) -> Result<i64, NumError> {
    // Plain digits (what spreadsheets write) need none of the separators' checks: the national
    // batch reads hundreds of thousands of them.
    if (1..=15).contains(&raw.len()) && raw.bytes().all(|b| b.is_ascii_digit()) {
        return digits_to_i64(raw);
    }
    let p = split_number(raw)?;
    if p.frac.bytes().any(|b| b != b'0') {
        return Err(NumError::NotWhole);
    }
    digits_to_i64(&p.int)
}

/// Parses a non-negative decimal number kept with `decimals` places, scaled to an integer:
/// `parse_scaled("72,75", 2)` is `7275`.
///
/// # Errors
/// A [`NumError`]; [`NumError::TooManyDecimals`] when non-zero digits go past `decimals` places.
pub fn parse_scaled(raw: &str, decimals: u32) -> Result<i64, NumError> {
    let p = split_number(raw)?;
    let keep = decimals as usize;
    // `get`, not `[keep..]`: a slice of a text that could panic brings its panic message's
    // formatting into every module.
    if p.frac.get(keep..).is_some_and(|rest| rest.bytes().any(|b| b != b'0')) {
        return Err(NumError::TooManyDecimals(decimals));
    }
    let mut frac: String = p.frac.chars().take(keep).collect();
    while frac.len() < keep {
        frac.push('0');
    }
    let int = digits_to_i64(&p.int)?;
    let frac = if keep == 0 { 0 } else { digits_to_i64(&frac)? };
    int.checked_mul(10_i64.pow(decimals)).and_then(|v| v.checked_add(frac)).ok_or(NumError::TooLarge)
}

#[cfg(test)]
mod tests {
    #[test]
    fn plain_digits_take_the_short_way_with_the_same_result() {
        for raw in ["0", "007", "12800", "123456789012345", "9", "100000"] {
            let p = super::split_number(raw).map(|p| (p.int, p.frac));
            assert_eq!(p, Ok((raw.to_string(), String::new())), "{raw}");
        }
    }

    use super::*;
    use NumError::*;

    #[test]
    fn whole_numbers_the_indonesian_way() {
        assert_eq!(parse_whole("12.800"), Ok(12_800));
        assert_eq!(parse_whole("12800"), Ok(12_800));
        assert_eq!(parse_whole(" 1.290.240.000 "), Ok(1_290_240_000));
        assert_eq!(parse_whole("Rp 1.290.240.000"), Ok(1_290_240_000));
        assert_eq!(parse_whole("Rp\u{a0}1.290.240.000"), Ok(1_290_240_000), "as the page shows it (no-break space)");
        assert_eq!(parse_whole("Rp. 16.800"), Ok(16_800));
        assert_eq!(parse_whole("1 290 240 000"), Ok(1_290_240_000));
        assert_eq!(parse_whole("1\u{a0}000"), Ok(1_000));
        assert_eq!(parse_whole("1,290,240,000"), Ok(1_290_240_000));
        assert_eq!(parse_whole("12,0"), Ok(12));
        assert_eq!(parse_whole("0"), Ok(0));
        assert_eq!(parse_whole("007"), Ok(7));
    }

    #[test]
    fn whole_numbers_refused() {
        assert_eq!(parse_whole(""), Err(Empty));
        assert_eq!(parse_whole("   "), Err(Empty));
        assert_eq!(parse_whole("-5"), Err(Negative));
        assert_eq!(parse_whole("−5"), Err(Negative));
        assert_eq!(parse_whole("12,5"), Err(NotWhole));
        assert_eq!(parse_whole("12.5"), Err(NotWhole));
        assert_eq!(parse_whole("1,000"), Err(Ambiguous));
        assert_eq!(parse_whole("1e309"), Err(NotANumber));
        assert_eq!(parse_whole("NaN"), Err(NotANumber));
        assert_eq!(parse_whole("Infinity"), Err(NotANumber));
        assert_eq!(parse_whole("1.2.3"), Err(NotANumber));
        assert_eq!(parse_whole("12.80"), Err(NotWhole));
        assert_eq!(parse_whole("1.2345.678"), Err(NotANumber));
        assert_eq!(parse_whole("1,234,5"), Err(NotANumber));
        assert_eq!(parse_whole("12 , 800"), Err(NotANumber));
        assert_eq!(parse_whole("<b>1</b>"), Err(NotANumber));
        assert_eq!(parse_whole("99999999999999999999"), Err(TooLarge));
        assert_eq!(parse_whole("."), Err(NotANumber));
        assert_eq!(parse_whole(","), Err(NotANumber));
    }

    #[test]
    fn decimals() {
        assert_eq!(parse_scaled("72,75", 2), Ok(7_275));
        assert_eq!(parse_scaled("72.75", 2), Ok(7_275));
        assert_eq!(parse_scaled("80", 2), Ok(8_000));
        assert_eq!(parse_scaled("80 %", 2), Ok(8_000));
        assert_eq!(parse_scaled("0,5", 2), Ok(50));
        assert_eq!(parse_scaled(",5", 2), Ok(50));
        assert_eq!(parse_scaled("1.234,5", 2), Ok(123_450));
        assert_eq!(parse_scaled("1,234.5", 2), Ok(123_450));
        assert_eq!(parse_scaled("72,755", 2), Err(Ambiguous));
        assert_eq!(parse_scaled("72,7551", 2), Err(TooManyDecimals(2)));
        assert_eq!(parse_scaled("72,7500", 2), Ok(7_275));
    }
}
