//! `format(value, spec)` for int, float, str and complex: a port of Python/formatter_unicode.c.

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::ToPrimitive;

use super::float_repr::{complex_repr, double_to_string, float_repr, DtsFlags};
use super::hex::int_to_digits;
use super::round::bigint_to_f64;
use super::spec::{code_repr, parse_format_spec, Align, FormatSpec, Sign};
use super::{FormatError, MAX_OUTPUT_CHARS};

/// Like `unknown_presentation_type`: "Unknown format code 'd' for object of type 'str'".
fn unknown_presentation_type(ty: char, type_name: &str) -> FormatError {
    FormatError::ValueError(format!(
        "Unknown format code '{}' for object of type '{}'",
        code_repr(ty),
        type_name
    ))
}

/// The width as CPython's `Py_ssize_t` (-1 when absent); `MemoryError` past
/// [`MAX_OUTPUT_CHARS`], where CPython would fail to allocate.
fn check_width(spec: &FormatSpec) -> Result<i64, FormatError> {
    match spec.width {
        None => Ok(-1),
        Some(w) if w > MAX_OUTPUT_CHARS => Err(FormatError::memory()),
        Some(w) => Ok(w as i64),
    }
}

/// The `LocaleInfo` of a formatting: C-locale decimal point, plus the thousands separator
/// and group size ("grouping" of 3 or 4, or 0 for none).
#[derive(Clone, Copy)]
struct LocaleInfo {
    thousands_sep: Option<char>,
    grouping: usize,
}

impl LocaleInfo {
    /// Like `get_locale_info`: 'n' uses the current locale, which is always "C" here
    /// (decimal point '.', no grouping), exactly as in a CPython that never called
    /// `locale.setlocale(LC_NUMERIC, ...)`.
    fn new(original_type: Option<char>, grouping: Option<(usize, char)>) -> LocaleInfo {
        match (original_type, grouping) {
            (Some('n'), _) | (_, None) => LocaleInfo {
                thousands_sep: None,
                grouping: 0,
            },
            (_, Some((size, sep))) => LocaleInfo {
                thousands_sep: Some(sep),
                grouping: size,
            },
        }
    }
}

/// Like `_PyUnicode_InsertThousandsGrouping` (writing mode): groups `digits` from the
/// right, left-padding with '0' (inside the grouping) up to `min_width` characters.
fn insert_thousands_grouping(digits: &str, min_width: i64, locale: LocaleInfo) -> String {
    let digits = digits.as_bytes();
    let mut min_width = min_width.max(0);
    let sep_len = if locale.thousands_sep.is_some() { 1 } else { 0 };
    let mut remaining = digits.len() as i64;
    let mut digits_pos = digits.len();
    let mut rev: Vec<char> = Vec::new();
    let mut use_separator = false;

    let fill =
        |rev: &mut Vec<char>, n_chars: i64, n_zeros: i64, use_sep: bool, digits_pos: &mut usize| {
            if use_sep {
                if let Some(sep) = locale.thousands_sep {
                    rev.push(sep);
                }
            }
            let n_chars = n_chars.max(0) as usize;
            let start = digits_pos.saturating_sub(n_chars);
            for &b in digits[start..*digits_pos].iter().rev() {
                rev.push(b as char);
            }
            *digits_pos = start;
            for _ in 0..n_zeros.max(0) {
                rev.push('0');
            }
        };

    let mut loop_broken = false;
    if locale.grouping > 0 {
        loop {
            let len = (locale.grouping as i64).min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            fill(&mut rev, n_chars, n_zeros, use_separator, &mut digits_pos);
            use_separator = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                loop_broken = true;
                break;
            }
            min_width -= sep_len;
        }
    }
    if !loop_broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        fill(&mut rev, n_chars, n_zeros, use_separator, &mut digits_pos);
    }
    rev.iter().rev().collect()
}

/// The pieces of a formatted number, as `fill_number` sees them.
struct NumberParts<'a> {
    /// '-' when the number is negative.
    negative: bool,
    /// "0x" etc.; already upper-cased for 'X'.
    prefix: &'a str,
    /// The leading run of digits (grouped, zero-padded).
    digits: &'a str,
    has_decimal: bool,
    /// Everything after the digits and the decimal point (fraction, exponent, '%', or
    /// the character for 'c').
    remainder: &'a str,
}

/// The padding options of the outer format.
struct Layout {
    fill: char,
    align: Align,
    sign: Option<Sign>,
    /// -1 when not given.
    width: i64,
}

/// `calc_number_widths` followed by `fill_number`: lays the parts out as
/// `<lpadding> <sign> <prefix> <spadding> <grouped_digits> <decimal> <remainder> <rpadding>`.
fn render_number(parts: &NumberParts, layout: &Layout, locale: LocaleInfo) -> String {
    let sign = match layout.sign {
        Some(Sign::Plus) => Some(if parts.negative { '-' } else { '+' }),
        Some(Sign::Space) => Some(if parts.negative { '-' } else { ' ' }),
        _ => parts.negative.then_some('-'),
    };
    let n_sign = sign.is_some() as i64;
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_decimal = parts.has_decimal as i64;
    let n_remainder = parts.remainder.chars().count() as i64;
    let n_non_digit_non_padding = n_sign + n_prefix + n_decimal + n_remainder;

    let n_min_width = if layout.fill == '0' && layout.align == Align::AfterSign {
        layout.width - n_non_digit_non_padding
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        insert_thousands_grouping(parts.digits, n_min_width, locale)
    };
    let n_grouped = grouped.chars().count() as i64;

    let n_padding = layout.width - (n_non_digit_non_padding + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0i64, 0i64, 0i64);
    if n_padding > 0 {
        match layout.align {
            Align::Left => rpad = n_padding,
            Align::Center => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            Align::AfterSign => spad = n_padding,
            Align::Right => lpad = n_padding,
        }
    }

    let mut out = String::with_capacity((layout.width.max(0) as usize).max(grouped.len() + 8));
    push_fill(&mut out, layout.fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(parts.prefix);
    push_fill(&mut out, layout.fill, spad);
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_fill(&mut out, layout.fill, rpad);
    out
}

fn push_fill(out: &mut String, fill: char, n: i64) {
    for _ in 0..n.max(0) {
        out.push(fill);
    }
}

/// Like `parse_number`: splits the unsigned text of a float into the leading digits,
/// whether a decimal point follows, and the remainder.
fn split_number(s: &str) -> (&str, bool, &str) {
    let n = s.bytes().take_while(|b| b.is_ascii_digit()).count();
    let (digits, rest) = s.split_at(n);
    match rest.strip_prefix('.') {
        Some(r) => (digits, true, r),
        None => (digits, false, rest),
    }
}

/// Like `int.__format__` / `_PyLong_FormatAdvancedWriter` for a non-empty spec: types
/// 'b' 'c' 'd' 'o' 'x' 'X' 'n' and None, and the float types, which convert the int to
/// float first. `type_name` names the object in error messages ("int", "bool", ...).
pub fn format_int(x: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    let grouping = spec.check_grouping(Some(ty))?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long_internal(x, spec, ty, grouping),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = bigint_to_f64(x).ok_or_else(|| {
                FormatError::OverflowError("int too large to convert to float".into())
            })?;
            format_float_internal(f, spec, Some(ty), grouping)
        }
        _ => Err(unknown_presentation_type(ty, type_name)),
    }
}

/// Like `format_long_internal` in Python/formatter_unicode.c.
fn format_long_internal(
    x: &BigInt,
    spec: &FormatSpec,
    ty: char,
    grouping: Option<(usize, char)>,
) -> Result<String, FormatError> {
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let layout = Layout {
        fill: spec.fill,
        align: spec.effective_align(Align::Right),
        sign: spec.sign,
        width: 0,
    };
    let locale = LocaleInfo::new(Some(ty), grouping);

    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let v = x.to_i64().ok_or_else(|| {
            FormatError::OverflowError("Python int too large to convert to C long".into())
        })?;
        if !(0..=0x10ffff).contains(&v) {
            return Err(FormatError::OverflowError(
                "%c arg not in range(0x110000)".into(),
            ));
        }
        let c = char::from_u32(v as u32).ok_or_else(|| {
            FormatError::ValueError(format!(
                "character U+{v:04X} is a lone surrogate, which this str cannot hold"
            ))
        })?;
        let width = check_width(spec)?;
        let text = c.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &text,
        };
        return Ok(render_number(&parts, &Layout { width, ..layout }, locale));
    }

    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = int_to_digits(x, base)?;
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let width = check_width(spec)?;
    let parts = NumberParts {
        negative: x.sign() == BigSign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    Ok(render_number(&parts, &Layout { width, ..layout }, locale))
}

/// Like `float.__format__` / `_PyFloat_FormatAdvancedWriter` for a non-empty spec: types
/// 'e' 'E' 'f' 'F' 'g' 'G' 'n' '%' and None (like 'g' but always with a digit after the
/// point, and `repr` digits when no precision is given).
pub fn format_float(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    // CPython marks "no type" with '\0', so an explicit NUL type means no type.
    let ty = spec.ty.filter(|&c| c != '\0');
    let grouping = spec.check_grouping(ty)?;
    match ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(x, spec, ty, grouping)
        }
        Some(t) => Err(unknown_presentation_type(t, type_name)),
    }
}

/// The largest precision CPython accepts for floats (INT_MAX).
const INT_MAX: usize = i32::MAX as usize;

/// Like `format_float_internal` in Python/formatter_unicode.c.
fn format_float_internal(
    val: f64,
    spec: &FormatSpec,
    original_type: Option<char>,
    grouping: Option<(usize, char)>,
) -> Result<String, FormatError> {
    if spec.precision.is_some_and(|p| p > INT_MAX) {
        return Err(FormatError::value("precision too big"));
    }
    let mut flags = DtsFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..DtsFlags::default()
    };
    let mut default_precision = 6;
    let mut ty = match original_type {
        None => {
            flags.add_dot_0 = true;
            default_precision = 0;
            'r'
        }
        Some('n') => 'g',
        Some(t) => t,
    };
    let mut val = val;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let mut buf = double_to_string(val, ty, precision, flags)?;
    if add_pct {
        buf.push('%');
    }
    let width = check_width(spec)?;
    let (negative, unsigned) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, &buf[..]),
    };
    let (digits, has_decimal, remainder) = split_number(unsigned);
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    let layout = Layout {
        fill: spec.fill,
        align: spec.effective_align(Align::Right),
        sign: spec.sign,
        width,
    };
    Ok(render_number(
        &parts,
        &layout,
        LocaleInfo::new(original_type, grouping),
    ))
}

/// Like `calc_padding` + `fill_padding`: pads `text` (of `nchars` characters) to `width`.
fn pad_to_width(text: &str, nchars: usize, width: i64, align: Align, fill: char) -> String {
    let total = if width >= 0 {
        (width as usize).max(nchars)
    } else {
        nchars
    };
    let lpad = match align {
        Align::Right => total - nchars,
        Align::Center => (total - nchars) / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let rpad = total - nchars - lpad;
    let mut out = String::with_capacity(text.len() + (lpad + rpad) * fill.len_utf8());
    push_fill(&mut out, fill, lpad as i64);
    out.push_str(text);
    push_fill(&mut out, fill, rpad as i64);
    out
}

/// Like `str.__format__` / `format_string_internal` for a non-empty spec: only type 's'
/// (or none); the precision truncates, the width counts characters.
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('s');
    spec.check_grouping(Some(ty))?;
    if ty != 's' {
        return Err(unknown_presentation_type(ty, type_name));
    }
    match spec.sign {
        Some(Sign::Space) => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let align = spec.effective_align(Align::Left);
    if align == Align::AfterSign {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let mut len = s.chars().count();
    let text = match spec.precision {
        Some(p) if p < len => {
            len = p;
            match s.char_indices().nth(p) {
                Some((i, _)) => &s[..i],
                None => s,
            }
        }
        _ => s,
    };
    let width = check_width(spec)?;
    Ok(pad_to_width(text, len, width, align, spec.fill))
}

/// Like `complex.__format__` / `format_complex_internal` for a non-empty spec: types
/// 'e' 'E' 'f' 'F' 'g' 'G' 'n' and None (like `repr` but parentheses only when the real
/// part is shown).
pub fn format_complex(
    re: f64,
    im: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let spec_ty = spec.ty.filter(|&c| c != '\0');
    let grouping = spec.check_grouping(spec_ty)?;
    match spec_ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(t) => return Err(unknown_presentation_type(t, type_name)),
    }
    if spec.precision.is_some_and(|p| p > INT_MAX) {
        return Err(FormatError::value("precision too big"));
    }
    if spec.fill == '0' {
        return Err(FormatError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    let align = spec.effective_align(Align::Right);
    if align == Align::AfterSign {
        return Err(FormatError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let flags = DtsFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..DtsFlags::default()
    };
    let mut default_precision = 6;
    let mut skip_re = false;
    let mut add_parens = false;
    let mut ty = match spec_ty {
        None => {
            default_precision = 0;
            if re == 0.0 && re.is_sign_positive() {
                skip_re = true;
            } else {
                add_parens = true;
            }
            'r'
        }
        Some('n') => 'g',
        Some(t) => t,
    };
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let re_buf = double_to_string(re, ty, precision, flags)?;
    let im_buf = double_to_string(im, ty, precision, flags)?;
    let width = check_width(spec)?;
    let locale = LocaleInfo::new(spec_ty, grouping);

    let piece = |buf: &str, sign: Option<Sign>| {
        let (negative, unsigned) = match buf.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, buf),
        };
        let (digits, has_decimal, remainder) = split_number(unsigned);
        let parts = NumberParts {
            negative,
            prefix: "",
            digits,
            has_decimal,
            remainder,
        };
        let layout = Layout {
            fill: '\0',
            align: Align::Left,
            sign,
            width: -1,
        };
        render_number(&parts, &layout, locale)
    };
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&piece(&re_buf, spec.sign));
    }
    let im_sign = if skip_re { spec.sign } else { Some(Sign::Plus) };
    body.push_str(&piece(&im_buf, im_sign));
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let nchars = body.chars().count();
    Ok(pad_to_width(&body, nchars, width, align, spec.fill))
}

/// `format(x, spec)` for an exact int: `str(x)` for an empty spec, else parse + [`format_int`].
pub fn format_int_spec(x: &BigInt, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return int_to_digits(x, 10).map(|d| {
            if x.sign() == BigSign::Minus {
                format!("-{d}")
            } else {
                d
            }
        });
    }
    format_int(x, &parse_format_spec(spec, "int")?, "int")
}

/// `format(x, spec)` for an exact float: `str(x)` for an empty spec, else parse +
/// [`format_float`].
pub fn format_float_spec(x: f64, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    format_float(x, &parse_format_spec(spec, "float")?, "float")
}

/// `format(s, spec)` for an exact str: `s` itself for an empty spec, else parse +
/// [`format_str`].
pub fn format_str_spec(s: &str, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    format_str(s, &parse_format_spec(spec, "str")?, "str")
}

/// `format(complex(re, im), spec)`: `str(z)` for an empty spec, else parse +
/// [`format_complex`].
pub fn format_complex_spec(re: f64, im: f64, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(complex_repr(re, im));
    }
    format_complex(re, im, &parse_format_spec(spec, "complex")?, "complex")
}
