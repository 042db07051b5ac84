//! The numeric conversions and the padding of printf-style `str % args` (Objects/unicodeobject.c).

use num_bigint::{BigInt, Sign};

use super::float_repr::{double_to_string, DtsFlags};
use super::hex::int_to_digits;
use super::{FormatError, MAX_OUTPUT_CHARS};

/// The conversion flags of a `%` directive: '#', '0', '-', '+', ' '.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PrintfFlags {
    /// '#' (`F_ALT`).
    pub alternate: bool,
    /// '0' (`F_ZERO`): pad numbers with zeros after the sign (ignored with '-').
    pub zero_pad: bool,
    /// '-' (`F_LJUST`).
    pub left_adjust: bool,
    /// '+' (`F_SIGN`).
    pub sign_plus: bool,
    /// ' ' (`F_BLANK`).
    pub sign_space: bool,
}

/// Like `unicode_format_arg_output`: pads the converted text of one directive.
/// `numeric` is CPython's `arg->sign` (set for the d/i/u/o/x/X/e/f/g conversions).
fn format_arg_output(
    text: &str,
    conv: char,
    precision: Option<usize>,
    flags: PrintfFlags,
    width: Option<usize>,
    numeric: bool,
) -> Result<String, FormatError> {
    let fill = if numeric && flags.zero_pad { '0' } else { ' ' };
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len() as i64;
    if matches!(conv, 's' | 'r' | 'a') {
        if let Some(p) = precision {
            len = len.min(p.min(i64::MAX as usize) as i64);
        }
    }
    let mut pindex = 0usize;
    let mut sign = numeric;
    let mut signchar = ' ';
    if sign {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                signchar = c;
                len -= 1;
                pindex = 1;
            }
            _ if flags.sign_plus => signchar = '+',
            _ if flags.sign_space => signchar = ' ',
            _ => sign = false,
        }
    }
    let mut width = match width {
        Some(w) if w > MAX_OUTPUT_CHARS => return Err(FormatError::memory()),
        Some(w) => w as i64,
        None => -1,
    };
    if width < len {
        width = len;
    }
    let alt_prefix = flags.alternate && matches!(conv, 'x' | 'X' | 'o');

    let mut out = String::with_capacity(width.max(0) as usize + 1);
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    if alt_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(conv);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !flags.left_adjust {
        for _ in 0..(width - len) {
            out.push(fill);
        }
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.push('0');
            out.push(conv);
            pindex += 2;
        }
    }
    if len > 0 {
        out.extend(chars.iter().skip(pindex).take(len as usize));
    }
    if width > len {
        for _ in 0..(width - len) {
            out.push(' ');
        }
    }
    Ok(out)
}

/// Like the 'e' 'E' 'f' 'F' 'g' 'G' conversions of `str % args` (`formatfloat` +
/// `unicode_format_arg_output`): `'%+08.3f' % x` is
/// `printf_float(x, 'f', Some(3), PrintfFlags { sign_plus: true, zero_pad: true, .. }, Some(8))`.
/// The precision defaults to 6. Errors only with `MemoryError` for absurd sizes.
pub fn printf_float(
    x: f64,
    conv: char,
    precision: Option<usize>,
    flags: PrintfFlags,
    width: Option<usize>,
) -> Result<String, FormatError> {
    let prec = precision.unwrap_or(6);
    if prec > MAX_OUTPUT_CHARS {
        return Err(FormatError::memory());
    }
    let dts = DtsFlags {
        alt: flags.alternate,
        ..DtsFlags::default()
    };
    let text = double_to_string(x, conv, prec, dts)?;
    format_arg_output(&text, conv, precision, flags, width, true)
}

/// Like the 'd' 'i' 'u' 'o' 'x' 'X' conversions of `str % args` (`formatlong` +
/// `unicode_format_arg_output`): the precision is a minimum digit count, '#' adds
/// "0o"/"0x"/"0X". Decimal output obeys the int-max-str-digits limit (ValueError);
/// `OverflowError("precision too large")` past INT_MAX-3 as in CPython.
pub fn printf_int(
    x: &BigInt,
    conv: char,
    precision: Option<usize>,
    flags: PrintfFlags,
    width: Option<usize>,
) -> Result<String, FormatError> {
    if let Some(p) = precision {
        if p > i32::MAX as usize - 3 {
            return Err(FormatError::OverflowError("precision too large".into()));
        }
        if p > MAX_OUTPUT_CHARS {
            return Err(FormatError::memory());
        }
    }
    let (base, prefix) = match conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'd' | 'i' | 'u' => (10, ""),
        _ => {
            return Err(FormatError::ValueError(format!(
                "unsupported format character '{conv}' (0x{:x})",
                conv as u32
            )))
        }
    };
    let mut digits = int_to_digits(x, base)?;
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut text = String::with_capacity(digits.len() + 4);
    if x.sign() == Sign::Minus {
        text.push('-');
    }
    if flags.alternate {
        text.push_str(prefix);
    }
    if let Some(p) = precision {
        for _ in digits.len()..p {
            text.push('0');
        }
    }
    text.push_str(&digits);
    format_arg_output(&text, conv, precision, flags, width, true)
}

/// The padding of the 's' 'r' 'a' 'c' conversions of `str % args`: truncates to
/// `precision` characters (pass None for 'c', which ignores it), then pads to `width`
/// with spaces, on the right when `left_adjust`. The '0', '+' and ' ' flags have no
/// effect on strings, as in CPython.
pub fn pad_printf(
    s: &str,
    precision: Option<usize>,
    flags: PrintfFlags,
    width: Option<usize>,
) -> Result<String, FormatError> {
    format_arg_output(s, 's', precision, flags, width, false)
}
