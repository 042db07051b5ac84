//! Text to number: `float(str)`, `complex(str)` and `int(str, base)` with CPython's exact syntax.

use num_bigint::BigInt;
use num_traits::Zero;

use super::hex::parse_inf_or_nan;
use super::unicode::{is_ascii_space, transform_decimal_and_space_to_ascii};
use super::{FormatError, INT_MAX_STR_DIGITS_THRESHOLD};

/// Like `_Py_string_to_number_with_underscores`: removes underscores, which are only
/// allowed between two digits; None when one is misplaced (or a NUL is present).
fn strip_underscores(s: &[u8]) -> Option<Vec<u8>> {
    if !s.contains(&b'_') {
        return Some(s.to_vec());
    }
    let mut out = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    for &c in s {
        if c == 0 {
            return None;
        }
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            out.push(c);
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
        }
        prev = c;
    }
    if prev == b'_' {
        return None;
    }
    Some(out)
}

/// Like `PyOS_string_to_double(s, &end, NULL)` (`_Py_dg_strtod`, then
/// `_Py_parse_inf_or_nan`): reads the longest float at the start of `s`,
/// `[sign] (digits [. digits*] | . digits) [(e|E) [sign] digits]` or
/// `[sign] (inf | infinity | nan)`; returns the value and the bytes consumed, or None
/// when no float starts there. Overflow gives ±inf, underflow ±0.0.
fn strtod_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 0;
    if matches!(at(0), b'+' | b'-') {
        i = 1;
    }
    let int_start = i;
    while at(i).is_ascii_digit() {
        i += 1;
    }
    let mut ndigits = i - int_start;
    if at(i) == b'.' {
        let frac_start = i + 1;
        let mut j = frac_start;
        while at(j).is_ascii_digit() {
            j += 1;
        }
        ndigits += j - frac_start;
        if ndigits > 0 {
            i = j;
        }
    }
    if ndigits == 0 {
        return parse_inf_or_nan(s);
    }
    if matches!(at(i), b'e' | b'E') {
        let mut j = i + 1;
        if matches!(at(j), b'+' | b'-') {
            j += 1;
        }
        let exp_start = j;
        while at(j).is_ascii_digit() {
            j += 1;
        }
        // An exponent needs a digit; otherwise the number ends before the 'e'.
        if j > exp_start {
            i = j;
        }
    }
    // Rust's parser is correctly rounded and accepts exactly this syntax.
    let v = std::str::from_utf8(&s[..i]).ok()?.parse::<f64>().ok()?;
    Some((v, i))
}

/// Like `float(s)` for a str (`PyFloat_FromString`): surrounding whitespace (Unicode
/// whitespace too), a sign, decimal digits (Unicode decimal digits too) with single
/// underscores between digits, or "inf"/"infinity"/"nan" in any case. Overflow gives
/// ±inf and underflow ±0.0, as in CPython. None when CPython raises
/// "could not convert string to float: ..." (the caller builds that message with repr).
pub fn parse_float(s: &str) -> Option<f64> {
    let ascii = transform_decimal_and_space_to_ascii(s)?;
    let text = strip_underscores(&ascii)?;
    if text.contains(&0) {
        return None;
    }
    let mut start = 0;
    let mut end = text.len();
    while start < end && is_ascii_space(text[start]) {
        start += 1;
    }
    if start == end {
        return None;
    }
    while end > start + 1 && is_ascii_space(text[end - 1]) {
        end -= 1;
    }
    let body = &text[start..end];
    match strtod_prefix(body) {
        Some((v, n)) if n == body.len() => Some(v),
        _ => None,
    }
}

/// Like `complex(s)` for a str (`complex_subtype_from_string`): optional whitespace and
/// parentheses around `<float>`, `<float>j`, `<float><signed-float>j`, or the short forms
/// `<float><sign>j`, `<sign>j`, `j`; floats as in [`parse_float`] (underscores, Unicode
/// digits and spaces, inf/nan). Returns `(real, imag)`, or None when CPython raises
/// `ValueError("complex() arg is a malformed string")`.
pub fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let ascii = transform_decimal_and_space_to_ascii(s)?;
    let text = strip_underscores(&ascii)?;
    let at = |i: usize| text.get(i).copied().unwrap_or(0);
    let mut p = 0;
    let (mut x, mut y) = (0.0, 0.0);
    while is_ascii_space(at(p)) {
        p += 1;
    }
    let got_bracket = at(p) == b'(';
    if got_bracket {
        p += 1;
        while is_ascii_space(at(p)) {
            p += 1;
        }
    }
    if let Some((z, n)) = strtod_prefix(&text[p..]) {
        p += n;
        if matches!(at(p), b'+' | b'-') {
            // <float><signed-float>j | <float><sign>j
            x = z;
            match strtod_prefix(&text[p..]) {
                Some((v, n)) => {
                    y = v;
                    p += n;
                }
                None => {
                    y = if at(p) == b'+' { 1.0 } else { -1.0 };
                    p += 1;
                }
            }
            if !matches!(at(p), b'j' | b'J') {
                return None;
            }
            p += 1;
        } else if matches!(at(p), b'j' | b'J') {
            p += 1;
            y = z;
        } else {
            x = z;
        }
    } else {
        // Not starting with <float>: must be <sign>j or j.
        if matches!(at(p), b'+' | b'-') {
            y = if at(p) == b'+' { 1.0 } else { -1.0 };
            p += 1;
        } else {
            y = 1.0;
        }
        if !matches!(at(p), b'j' | b'J') {
            return None;
        }
        p += 1;
    }
    while is_ascii_space(at(p)) {
        p += 1;
    }
    if got_bracket {
        if at(p) != b')' {
            return None;
        }
        p += 1;
        while is_ascii_space(at(p)) {
            p += 1;
        }
    }
    (p == text.len()).then_some((x, y))
}

/// `_PyLong_DigitValue`: 0-9, a-z/A-Z as 10-35, anything else 37.
fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => (c - b'0') as u32,
        b'a'..=b'z' => (c - b'a') as u32 + 10,
        b'A'..=b'Z' => (c - b'A') as u32 + 10,
        _ => 37,
    }
}

/// Like `int(s, base)` for a str (`PyLong_FromUnicodeObject` + `PyLong_FromString`),
/// without the int-max-str-digits limit: surrounding whitespace, a sign, Unicode decimal
/// digits, single underscores between digits (and one right after a prefix), prefixes
/// 0x/0o/0b when `base` is 16/8/2 or 0; with base 0 a nonzero number may not start with
/// '0' ("010"), but "000" and "0_0" are fine. `base` is 0 or 2..=36 (None otherwise).
/// None when CPython raises "invalid literal for int() with base N: ...".
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    parse_int_limited(s, base, 0).ok().flatten()
}

/// [`parse_int`] plus CPython's `sys.get_int_max_str_digits()` check (`max_str_digits`,
/// 0 for no limit): for bases that are not powers of two, more digits than the limit give
/// `Err(ValueError("Exceeds the limit (4300 digits) for integer string conversion: value
/// has 5000 digits; ..."))`. `Ok(None)` is an invalid literal.
pub fn parse_int_limited(
    s: &str,
    base: u32,
    max_str_digits: usize,
) -> Result<Option<BigInt>, FormatError> {
    if base == 1 || base > 36 {
        return Ok(None);
    }
    let Some(b) = transform_decimal_and_space_to_ascii(s) else {
        return Ok(None);
    };
    // C reads up to the first NUL; anything after it makes the literal invalid.
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut p = 0;
    while is_ascii_space(at(p)) {
        p += 1;
    }
    let mut negative = false;
    if at(p) == b'+' {
        p += 1;
    } else if at(p) == b'-' {
        p += 1;
        negative = true;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(p) != b'0' {
            10
        } else {
            match at(p + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    // "Old" C-style octal literal, now invalid; it might still be zero.
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(p) == b'0'
        && ((base == 16 && matches!(at(p + 1), b'x' | b'X'))
            || (base == 8 && matches!(at(p + 1), b'o' | b'O'))
            || (base == 2 && matches!(at(p + 1), b'b' | b'B')))
    {
        p += 2;
        // One underscore allowed here.
        if at(p) == b'_' {
            p += 1;
        }
    }
    if at(p) == b'_' {
        return Ok(None);
    }

    let mut digits: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while digit_value(at(p)) < base || at(p) == b'_' {
        let c = at(p);
        if c == b'_' {
            if prev == b'_' {
                return Ok(None);
            }
        } else {
            digits.push(c);
        }
        prev = c;
        p += 1;
    }
    if prev == b'_' {
        return Ok(None);
    }
    if !base.is_power_of_two()
        && digits.len() > INT_MAX_STR_DIGITS_THRESHOLD
        && max_str_digits > 0
        && digits.len() > max_str_digits
    {
        return Err(FormatError::ValueError(format!(
            "Exceeds the limit ({max_str_digits} digits) for integer string conversion: \
             value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    if digits.is_empty() {
        return Ok(None);
    }
    let Some(value) = BigInt::parse_bytes(&digits, base) else {
        return Ok(None);
    };
    if error_if_nonzero && !value.is_zero() {
        return Ok(None);
    }
    while is_ascii_space(at(p)) {
        p += 1;
    }
    if p != b.len() {
        return Ok(None);
    }
    Ok(Some(if negative { -value } else { value }))
}
