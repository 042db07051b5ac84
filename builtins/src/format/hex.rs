//! Int-to-text in a base (`str`, `bin`, `oct`, `hex`) and `float.hex` / `float.fromhex`.

use num_bigint::{BigInt, Sign};

use super::unicode::is_ascii_space;
use super::{int_max_str_digits, FormatError, INT_MAX_STR_DIGITS_THRESHOLD};

/// The digits of |x| in `base` (2..=36, lowercase, no sign or prefix). For base 10 this
/// enforces `sys.get_int_max_str_digits()` like `long_to_decimal_string_internal`.
pub(crate) fn int_to_digits(x: &BigInt, base: u32) -> Result<String, FormatError> {
    if base == 10 {
        let limit = int_max_str_digits();
        if limit > 0 {
            let bits = x.bits();
            // A lower bound on the digit count, to refuse huge values without converting.
            let lower = ((bits.saturating_sub(1)) as f64 * std::f64::consts::LOG10_2) as u64 + 1;
            let too_many = || {
                FormatError::ValueError(format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion; \
                     use sys.set_int_max_str_digits() to increase the limit"
                ))
            };
            if lower > limit as u64 + 1 && lower > INT_MAX_STR_DIGITS_THRESHOLD as u64 + 1 {
                return Err(too_many());
            }
            let s = x.magnitude().to_str_radix(10);
            if s.len() > INT_MAX_STR_DIGITS_THRESHOLD && s.len() > limit {
                return Err(too_many());
            }
            return Ok(s);
        }
    }
    Ok(x.magnitude().to_str_radix(base.clamp(2, 36)))
}

/// Like `_PyLong_Format(x, base)` without the prefix: `str(x)` for base 10 (with the
/// int-max-str-digits limit), or the signed digits in another base (2..=36).
pub fn int_to_str_radix(x: &BigInt, radix: u32) -> Result<String, FormatError> {
    let digits = int_to_digits(x, radix)?;
    Ok(if x.sign() == Sign::Minus {
        format!("-{digits}")
    } else {
        digits
    })
}

/// Like `bin()`, `oct()`, `hex()` (`PyNumber_ToBase`): "-0b101", "0o17", "0x1f".
/// `radix` must be 2, 8 or 16; any other radix gives undecorated digits.
pub fn int_to_prefixed(x: &BigInt, radix: u32) -> String {
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let digits = x.magnitude().to_str_radix(radix.clamp(2, 36));
    let sign = if x.sign() == Sign::Minus { "-" } else { "" };
    format!("{sign}{prefix}{digits}")
}

/// Like `float.hex()` (`float_hex` in Objects/floatobject.c): "0x1.8000000000000p+0",
/// "-0x0.0p+0", "inf", "nan"; always 13 hex digits after the point for nonzero values.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() || x.is_infinite() {
        return super::float_repr(x);
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0x0.0p+0".into()
        } else {
            "0x0.0p+0".into()
        };
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    let sign = if x < 0.0 { "-" } else { "" };
    let esign = if exp < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", exp.unsigned_abs())
}

fn hex_from_char(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

/// Like `_Py_parse_inf_or_nan`: matches an optional sign and "inf", "infinity" or "nan"
/// (any case) at the start of `s`; returns the value and the bytes consumed.
pub(crate) fn parse_inf_or_nan(s: &[u8]) -> Option<(f64, usize)> {
    let (negate, mut i) = match s.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let matches = |at: usize, word: &[u8]| {
        s.len() >= at + word.len() && s[at..at + word.len()].eq_ignore_ascii_case(word)
    };
    let v = if matches(i, b"inf") {
        i += 3;
        if matches(i, b"inity") {
            i += 5;
        }
        f64::INFINITY
    } else if matches(i, b"nan") {
        i += 3;
        f64::NAN
    } else {
        return None;
    };
    Some((if negate { -v } else { v }, i))
}

/// Like `float.fromhex(s)` (`float_fromhex` in Objects/floatobject.c): optional
/// whitespace, sign, "0x", hex digits with an optional point, optional "p" exponent;
/// or inf/nan. Rounds half-even; errors exactly as CPython's.
pub fn float_fromhex(s: &str) -> Result<f64, FormatError> {
    let parse_error = || FormatError::value("invalid hexadecimal floating-point string");
    let overflow_error =
        || FormatError::OverflowError("hexadecimal value too large to represent as a float".into());
    let b = s.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut p = 0;
    while is_ascii_space(at(p)) {
        p += 1;
    }

    let mut negate = false;
    let x: f64;
    if let Some((v, n)) = parse_inf_or_nan(&b[p..]) {
        x = v;
        p += n;
    } else {
        if at(p) == b'-' {
            p += 1;
            negate = true;
        } else if at(p) == b'+' {
            p += 1;
        }
        // [0x]
        if at(p) == b'0' && matches!(at(p + 1), b'x' | b'X') {
            p += 2;
        }
        // Coefficient: <integer> [. <fraction>]
        let coeff_start = p;
        while hex_from_char(at(p)).is_some() {
            p += 1;
        }
        let int_end = p;
        let mut frac_digits: Vec<u32> = Vec::new();
        if at(p) == b'.' {
            p += 1;
            while let Some(d) = hex_from_char(at(p)) {
                frac_digits.push(d);
                p += 1;
            }
        }
        // All digits, most significant first.
        let mut all: Vec<u32> = b[coeff_start..int_end]
            .iter()
            .filter_map(|&c| hex_from_char(c))
            .collect();
        let fdigits = frac_digits.len() as i64;
        all.extend(frac_digits);
        if all.is_empty() {
            return Err(parse_error());
        }
        // [p <exponent>]
        let mut exp: i64 = 0;
        if matches!(at(p), b'p' | b'P') {
            p += 1;
            let mut neg_exp = false;
            if at(p) == b'-' || at(p) == b'+' {
                neg_exp = at(p) == b'-';
                p += 1;
            }
            if !at(p).is_ascii_digit() {
                return Err(parse_error());
            }
            // strtol saturates at LONG_MIN/LONG_MAX.
            let mut e: i64 = 0;
            while at(p).is_ascii_digit() {
                e = e.saturating_mul(10).saturating_add((at(p) - b'0') as i64);
                p += 1;
            }
            exp = if neg_exp { -e } else { e };
        }
        x = hex_digits_to_double(&all, fdigits, exp).ok_or_else(overflow_error)?;
    }
    while is_ascii_space(at(p)) {
        p += 1;
    }
    if p != b.len() {
        return Err(parse_error());
    }
    Ok(if negate { -x } else { x })
}

/// The "Compute rounded value of the hex string" part of `float_fromhex`:
/// digits (most significant first), `fdigits` of them after the point, times 2**exp.
/// None on overflow.
fn hex_digits_to_double(all: &[u32], fdigits: i64, exp: i64) -> Option<f64> {
    const DBL_MIN_EXP: i64 = -1021;
    const DBL_MAX_EXP: i64 = 1024;
    const DBL_MANT_DIG: i64 = 53;
    const LONG_MIN_HALF: i64 = i64::MIN / 2;
    const LONG_MAX_HALF: i64 = i64::MAX / 2;
    // Discard leading zeros.
    let first = all.iter().position(|&d| d != 0);
    let Some(first) = first else { return Some(0.0) };
    let digits = &all[first..];
    let ndigits = digits.len() as i64;
    // HEX_DIGIT(j): the j-th least significant digit.
    let hex_digit = |j: i64| digits[(ndigits - 1 - j) as usize];
    if exp < LONG_MIN_HALF {
        return Some(0.0);
    }
    if exp > LONG_MAX_HALF {
        return None;
    }
    let exp = exp - 4 * fdigits;
    let mut top_exp = exp + 4 * (ndigits - 1);
    let mut digit = hex_digit(ndigits - 1);
    while digit != 0 {
        top_exp += 1;
        digit /= 2;
    }
    if top_exp < DBL_MIN_EXP - DBL_MANT_DIG {
        return Some(0.0);
    }
    if top_exp > DBL_MAX_EXP {
        return None;
    }
    let lsb = top_exp.max(DBL_MIN_EXP) - DBL_MANT_DIG;
    let mut x = 0.0f64;
    if exp >= lsb {
        for i in (0..ndigits).rev() {
            x = 16.0 * x + hex_digit(i) as f64;
        }
        return Some(ldexp(x, exp));
    }
    let half_eps: u32 = 1 << ((lsb - exp - 1) % 4);
    let key_digit = (lsb - exp - 1) / 4;
    for i in ((key_digit + 1)..ndigits).rev() {
        x = 16.0 * x + hex_digit(i) as f64;
    }
    let digit = hex_digit(key_digit);
    x = 16.0 * x + (digit & (16 - 2 * half_eps)) as f64;
    if digit & half_eps != 0 {
        let mut round_up = false;
        if (digit & (3 * half_eps - 1)) != 0
            || (half_eps == 8 && key_digit + 1 < ndigits && (hex_digit(key_digit + 1) & 1) != 0)
        {
            round_up = true;
        } else {
            for i in (0..key_digit).rev() {
                if hex_digit(i) != 0 {
                    round_up = true;
                    break;
                }
            }
        }
        if round_up {
            x += (2 * half_eps) as f64;
            if top_exp == DBL_MAX_EXP && x == ldexp((2 * half_eps) as f64, DBL_MANT_DIG) {
                return None;
            }
        }
    }
    Some(ldexp(x, exp + 4 * key_digit))
}

/// 2**e for -1022 <= e <= 1023, exactly.
fn pow2(e: i64) -> f64 {
    f64::from_bits(((e.clamp(-1022, 1023) + 1023) as u64) << 52)
}

/// Like C's `ldexp(x, e)` for the cases used here: `x` a nonnegative integer below
/// 2**58 and `x * 2**e` exactly representable, so no step may round.
pub(crate) fn ldexp(x: f64, e: i64) -> f64 {
    if e < -1022 {
        // A representable result needs e >= -1074 - 58, so x * 2**(e+1022) >= 2**-110
        // stays normal and exact; the last step is exact because the result is.
        x * pow2(e + 1022) * pow2(-1022)
    } else if e > 1023 {
        x * pow2(e - 1023) * pow2(1023)
    } else {
        x * pow2(e)
    }
}
