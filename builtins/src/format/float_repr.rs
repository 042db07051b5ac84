//! Float to decimal text: dtoa-style digit generation and a port of `PyOS_double_to_string`.
//!
//! The digits come from Rust's own float formatting, which is correctly rounded
//! (round-half-even on the exact binary value, like David Gay's `_Py_dg_dtoa`), and whose
//! `{:e}` form gives the shortest round-tripping digits (like dtoa mode 0). The layout rules
//! on top of the digits are a line-by-line port of `format_float_short` in
//! CPython's Python/pystrtod.c.

use super::{FormatError, MAX_OUTPUT_CHARS};

/// Which digits `dtoa` produces; the modes of `_Py_dg_dtoa` that CPython uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DtoaMode {
    /// Mode 0: the shortest digit string that rounds back to the same double.
    Shortest,
    /// Mode 2: `max(1, n)` significant digits, correctly rounded.
    Significant(i64),
    /// Mode 3: rounded at `n` digits after the decimal point (`n` may be negative).
    Fixed(i64),
}

/// Any double's exact decimal expansion has at most 767 significant digits, and no
/// digits beyond 10**-1074; asking for more only appends zeros, which dtoa strips.
const MAX_SIGNIFICANT: i64 = 800;
const MAX_FRACTION: i64 = 1100;

/// Like `_Py_dg_dtoa(x, mode, ndigits, &decpt, ...)` for a finite `x >= 0`: returns the
/// digit string (no trailing zeros; empty when mode 3 rounds to zero) and `decpt`, the
/// position of the decimal point relative to the start of the digits.
/// Zero gives `("0", 1)`, as in dtoa.
pub(crate) fn dtoa(x: f64, mode: DtoaMode) -> (Vec<u8>, i64) {
    let x = x.abs();
    if x == 0.0 || !x.is_finite() {
        return (b"0".to_vec(), 1);
    }
    match mode {
        DtoaMode::Shortest => {
            let (digits, decpt) = split_exp(&format!("{:e}", x));
            break_shortest_tie(x, digits, decpt)
        }
        DtoaMode::Significant(n) => {
            let n = n.clamp(1, MAX_SIGNIFICANT) as usize;
            split_exp(&format!("{:.*e}", n - 1, x))
        }
        DtoaMode::Fixed(n) => {
            if n < 0 {
                return dtoa_fixed_negative(x, n);
            }
            let prec = n.min(MAX_FRACTION) as usize;
            let s = format!("{:.*}", prec, x);
            let (int_part, frac_part) = match s.find('.') {
                Some(i) => (&s[..i], &s[i + 1..]),
                None => (&s[..], ""),
            };
            let all: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
            let lead = all.iter().take_while(|&&b| b == b'0').count();
            let mut digits = all[lead..].to_vec();
            while digits.last() == Some(&b'0') {
                digits.pop();
            }
            if digits.is_empty() {
                // "no digits, fcvt style": decpt = -ndigits.
                return (digits, -n);
            }
            (digits, int_part.len() as i64 - lead as i64)
        }
    }
}

/// Rust's shortest digits round a last-digit tie up, while dtoa's mode 0 (the
/// `j1 == 0 && dig & 1` test) picks the even digit when both neighbours round-trip:
/// 818422897952499.25 is "818422897952499.2" in CPython. Detects an exact tie and
/// swaps in the even candidate when it also reads back as `x`.
fn break_shortest_tie(x: f64, digits: Vec<u8>, decpt: i64) -> (Vec<u8>, i64) {
    use num_bigint::BigInt;
    let n = digits.len();
    // n+1 significant digits, correctly rounded; a tie needs them to be exact and end in 5.
    let (longer, ldecpt) = split_exp_keep(&format!("{:.*e}", n, x));
    if longer.len() != n + 1 || longer[n] != b'5' {
        return (digits, decpt);
    }
    // Exactness: longer * 10**(ldecpt - n - 1) == mant * 2**exp.
    let (mant, exp) = decompose(x);
    let mut lhs = BigInt::parse_bytes(&longer, 10).unwrap_or_default();
    let mut rhs = BigInt::from(mant);
    let p10 = ldecpt - n as i64 - 1;
    if p10 >= 0 {
        lhs *= BigInt::from(10u32).pow(p10 as u32);
    } else {
        rhs *= BigInt::from(10u32).pow((-p10) as u32);
    }
    if exp >= 0 {
        rhs <<= exp as usize;
    } else {
        lhs <<= (-exp) as usize;
    }
    if lhs != rhs {
        return (digits, decpt);
    }
    let low: Vec<u8> = longer[..n].to_vec();
    let (pref, pdecpt) = if (low[n - 1] - b'0').is_multiple_of(2) {
        (low, ldecpt)
    } else {
        // low + 1 in the last place, with carry.
        let mut high = low;
        let mut i = n;
        let mut hdecpt = ldecpt;
        loop {
            if i == 0 {
                high.insert(0, b'1');
                hdecpt += 1;
                break;
            }
            i -= 1;
            if high[i] == b'9' {
                high[i] = b'0';
            } else {
                high[i] += 1;
                break;
            }
        }
        (high, hdecpt)
    };
    let text = format!("0.{}e{}", std::str::from_utf8(&pref).unwrap_or("0"), pdecpt);
    if text.parse::<f64>().ok() == Some(x) {
        let mut pref = pref;
        while pref.len() > 1 && pref.last() == Some(&b'0') {
            pref.pop();
        }
        (pref, pdecpt)
    } else {
        (digits, decpt)
    }
}

/// Like `split_exp` but keeps trailing zeros.
fn split_exp_keep(s: &str) -> (Vec<u8>, i64) {
    let (mant, exp) = match s.find('e') {
        Some(i) => (&s[..i], s[i + 1..].parse::<i64>().unwrap_or(0)),
        None => (s, 0),
    };
    (
        mant.bytes().filter(|b| b.is_ascii_digit()).collect(),
        exp + 1,
    )
}

/// Mode 3 with a negative `ndigits` (only `round()` asks for it): round |x| to a
/// multiple of 10**-n, half-even on the exact value, using exact integer arithmetic.
fn dtoa_fixed_negative(x: f64, n: i64) -> (Vec<u8>, i64) {
    use num_bigint::BigInt;
    use num_integer::Integer;
    use num_traits::{One, Zero};
    let k = n.saturating_neg().min(400) as u32; // |x| < 10**309, so 10**400 rounds anything to zero
    let (mant, exp) = decompose(x);
    let (num, den) = if exp >= 0 {
        (
            BigInt::from(mant) << exp as usize,
            BigInt::from(10u32).pow(k),
        )
    } else {
        (
            BigInt::from(mant),
            BigInt::from(10u32).pow(k) << (-exp) as usize,
        )
    };
    let (q, r) = num.div_rem(&den);
    let twice = r << 1usize;
    let q = if twice > den || (twice == den && q.is_odd()) {
        q + BigInt::one()
    } else {
        q
    };
    if q.is_zero() {
        return (Vec::new(), -n);
    }
    let mut digits = q.to_string().into_bytes();
    let decpt = digits.len() as i64 + k as i64;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, decpt)
}

/// Splits a finite positive double into `(mantissa, exponent)` with x == m * 2**e exactly.
pub(crate) fn decompose(x: f64) -> (u64, i64) {
    let bits = x.abs().to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    }
}

/// Turns Rust's "d.ddde-5" into (digits without trailing zeros, decpt).
fn split_exp(s: &str) -> (Vec<u8>, i64) {
    let (mant, exp) = match s.find('e') {
        Some(i) => (&s[..i], s[i + 1..].parse::<i64>().unwrap_or(0)),
        None => (s, 0),
    };
    let mut digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, exp + 1)
}

/// The `flags` argument of `PyOS_double_to_string`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtsFlags {
    /// `Py_DTSF_SIGN`: always write a sign.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: write "1.0" rather than "1" when not using an exponent.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: the '#' alternate form (keep the point and trailing zeros).
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: the 'z' option, turn a negative zero result into zero.
    pub no_neg_0: bool,
}

/// Like `PyOS_double_to_string(val, format_code, precision, flags, NULL)`: `format_code`
/// is one of 'e' 'E' 'f' 'F' 'g' 'G' 'r' (for 'r' the precision is ignored).
/// Fails only with `MemoryError` when the result would be longer than
/// [`MAX_OUTPUT_CHARS`](super::MAX_OUTPUT_CHARS), or `ValueError` for an unknown code.
pub fn double_to_string(
    val: f64,
    format_code: char,
    precision: usize,
    flags: DtsFlags,
) -> Result<String, FormatError> {
    let precision = precision.min(i64::MAX as usize / 4) as i64;
    let (code, upper, mode, precision) = match format_code {
        'e' | 'E' => (b'e', format_code == 'E', 2, precision + 1),
        'f' | 'F' => (b'f', format_code == 'F', 3, precision),
        'g' | 'G' => (b'g', format_code == 'G', 2, precision.max(1)),
        'r' => (b'r', false, 0, 0),
        _ => {
            return Err(FormatError::value(
                "bad argument to internal function (PyOS_double_to_string)",
            ))
        }
    };
    format_float_short(val, code, mode, precision, flags, upper)
}

/// Port of `format_float_short` from Python/pystrtod.c.
fn format_float_short(
    d: f64,
    format_code: u8,
    mode: u8,
    precision: i64,
    flags: DtsFlags,
    upper: bool,
) -> Result<String, FormatError> {
    let (inf_str, nan_str, e_char) = if upper {
        ("INF", "NAN", 'E')
    } else {
        ("inf", "nan", 'e')
    };
    let mut sign = d.is_sign_negative();
    if d.is_nan() {
        // The sign of a nan is ignored.
        return Ok(if flags.sign {
            format!("+{nan_str}")
        } else {
            nan_str.to_string()
        });
    }
    if d.is_infinite() {
        let s = if sign {
            "-"
        } else if flags.sign {
            "+"
        } else {
            ""
        };
        return Ok(format!("{s}{inf_str}"));
    }

    let dmode = match mode {
        0 => DtoaMode::Shortest,
        2 => DtoaMode::Significant(precision),
        _ => DtoaMode::Fixed(precision),
    };
    let (digits, mut decpt) = dtoa(d, dmode);
    let digits_len = digits.len() as i64;

    if flags.no_neg_0 && sign && (digits.is_empty() || digits == b"0") {
        sign = false;
    }

    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match format_code {
        b'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        b'f' => vdigits_end = decpt + precision,
        b'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            // 'r': exponent form below 1e-4 and from 1e16 on.
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }

    let mut exp = 0i64;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    let bufsize = 3 + (vdigits_end - vdigits_start) + if use_exp { 5 } else { 0 };
    if bufsize > MAX_OUTPUT_CHARS as i64 {
        return Err(FormatError::memory());
    }
    let mut buf: Vec<u8> = Vec::with_capacity(bufsize.max(0) as usize);
    let zeros = |buf: &mut Vec<u8>, n: i64| {
        if n > 0 {
            buf.resize(buf.len() + n as usize, b'0');
        }
    };

    if sign {
        buf.push(b'-');
    } else if flags.sign {
        buf.push(b'+');
    }

    // Zero padding on the left of the digit string.
    if decpt <= 0 {
        zeros(&mut buf, decpt - vdigits_start);
        buf.push(b'.');
        zeros(&mut buf, -decpt);
    } else {
        zeros(&mut buf, -vdigits_start);
    }

    // Digits, with the included decimal point.
    if 0 < decpt && decpt <= digits_len {
        let split = decpt as usize;
        buf.extend_from_slice(&digits[..split]);
        buf.push(b'.');
        buf.extend_from_slice(&digits[split..]);
    } else {
        buf.extend_from_slice(&digits);
    }

    // And zeros on the right.
    if digits_len < decpt {
        zeros(&mut buf, decpt - digits_len);
        buf.push(b'.');
        zeros(&mut buf, vdigits_end - decpt);
    } else {
        zeros(&mut buf, vdigits_end - digits_len);
    }

    // Delete a trailing decimal point unless using the alternate form.
    if buf.last() == Some(&b'.') && !flags.alt {
        buf.pop();
    }

    let mut out = String::from_utf8(buf).unwrap_or_default();
    if use_exp {
        out.push(e_char);
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.unsigned_abs()));
    }
    Ok(out)
}

/// Like `float_repr` / `PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0, NULL)`:
/// `repr(x)` and `str(x)` for a float, e.g. "1.5", "100.0", "1e+16", "1e-05", "inf",
/// "nan", "-0.0".
pub fn float_repr(x: f64) -> String {
    let flags = DtsFlags {
        add_dot_0: true,
        ..DtsFlags::default()
    };
    format_float_short(x, b'r', 0, 0, flags, false).unwrap_or_default()
}

/// Like `complex_repr` in Objects/complexobject.c: `repr(complex(re, im))`, e.g. "1j",
/// "(1+2j)", "(-0-1j)", "(nan+infj)". The real part is omitted only when it is +0.0.
pub fn complex_repr(re: f64, im: f64) -> String {
    let repr = |x: f64, sign: bool| {
        let flags = DtsFlags {
            sign,
            ..DtsFlags::default()
        };
        format_float_short(x, b'r', 0, 0, flags, false).unwrap_or_default()
    };
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", repr(im, false))
    } else {
        format!("({}{}j)", repr(re, false), repr(im, true))
    }
}
