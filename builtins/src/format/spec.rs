//! The format-spec mini language: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.

use super::unicode::decimal_value;
use super::FormatError;

/// The alignment option: '<', '>', '=' or '^'.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    /// '=': padding goes between the sign (and prefix) and the digits.
    AfterSign,
    Center,
}

impl Align {
    fn from_char(c: char) -> Option<Align> {
        match c {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '=' => Some(Align::AfterSign),
            '^' => Some(Align::Center),
            _ => None,
        }
    }
}

/// The sign option: '+', '-' or ' '.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    Plus,
    Minus,
    Space,
}

/// The grouping option: ',' or '_'.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    Comma,
    Underscore,
}

impl Grouping {
    pub fn as_char(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// A parsed format spec, like CPython's `InternalFormatSpec` before the per-type defaults
/// are applied (those depend on the type being formatted; see `render`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character: the explicit one, else '0' when `zero_pad`, else ' '.
    pub fill: char,
    /// Whether `fill` was given explicitly (`[fill]align`).
    pub fill_specified: bool,
    /// The explicit alignment, if any.
    pub align: Option<Align>,
    pub sign: Option<Sign>,
    /// The 'z' option (coerce negative zero to zero; floats only).
    pub no_neg_0: bool,
    /// The '#' option.
    pub alternate: bool,
    /// The '0' before the width, when no explicit fill was given: fill with '0' and, for
    /// numbers without an explicit alignment, align with '='.
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    /// The presentation type; any character (it is validated by the formatter).
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> FormatSpec {
        FormatSpec {
            fill: ' ',
            fill_specified: false,
            align: None,
            sign: None,
            no_neg_0: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

/// Like `get_integer` in Python/formatter_unicode.c: reads decimal digits (any Unicode
/// decimal digit counts) at `*pos`; returns the number of digits read.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<(usize, usize), FormatError> {
    let mut acc: usize = 0;
    let mut n = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        // Overflow past PY_SSIZE_T_MAX.
        acc = match acc.checked_mul(10).and_then(|a| a.checked_add(d as usize)) {
            Some(a) if a <= isize::MAX as usize => a,
            _ => {
                return Err(FormatError::value(
                    "Too many decimal digits in format string",
                ))
            }
        };
        *pos += 1;
        n += 1;
    }
    Ok((n, acc))
}

/// Like `parse_internal_render_format_spec` in Python/formatter_unicode.c, minus the
/// per-type defaults and the grouping/type compatibility check (which the formatters
/// do first, see `render`). `type_name` is used only in the "Invalid format specifier"
/// message, e.g. "Invalid format specifier 'abc' for object of type 'float'".
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut f = FormatSpec::default();

    // If the second char is an alignment token, the first is the fill char.
    if end >= 2 && Align::from_char(chars[1]).is_some() {
        f.align = Align::from_char(chars[1]);
        f.fill = chars[0];
        f.fill_specified = true;
        pos = 2;
    } else if end >= 1 && Align::from_char(chars[0]).is_some() {
        f.align = Align::from_char(chars[0]);
        pos = 1;
    }

    if pos < end {
        f.sign = match chars[pos] {
            '+' => Some(Sign::Plus),
            '-' => Some(Sign::Minus),
            ' ' => Some(Sign::Space),
            _ => None,
        };
        if f.sign.is_some() {
            pos += 1;
        }
    }

    if pos < end && chars[pos] == 'z' {
        f.no_neg_0 = true;
        pos += 1;
    }

    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }

    // The special case for 0-padding (backwards compat).
    if !f.fill_specified && pos < end && chars[pos] == '0' {
        f.fill = '0';
        f.zero_pad = true;
        pos += 1;
    }

    let (consumed, width) = get_integer(&chars, &mut pos)?;
    if consumed > 0 {
        f.width = Some(width);
    }

    if pos < end && chars[pos] == ',' {
        f.grouping = Some(Grouping::Comma);
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.grouping.is_some() {
            return Err(FormatError::value("Cannot specify both ',' and '_'."));
        }
        f.grouping = Some(Grouping::Underscore);
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && f.grouping == Some(Grouping::Underscore) {
        return Err(FormatError::value("Cannot specify both ',' and '_'."));
    }

    if pos < end && chars[pos] == '.' {
        pos += 1;
        let (consumed, precision) = get_integer(&chars, &mut pos)?;
        if consumed == 0 {
            return Err(FormatError::value("Format specifier missing precision"));
        }
        f.precision = Some(precision);
    }

    if end - pos > 1 {
        return Err(FormatError::ValueError(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if end - pos == 1 {
        f.ty = Some(chars[pos]);
    }
    Ok(f)
}

/// How a character is shown in "Unknown format code" style messages: `%c` for printable
/// ASCII, else `\x%x`.
pub(crate) fn code_repr(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{cp:x}")
    }
}

impl FormatSpec {
    /// The end of `parse_internal_render_format_spec`: checks that the grouping option
    /// suits the presentation type `ty` (already defaulted). Returns the group size
    /// (3, or 4 for '_' with b/o/x/X) and separator, or None without grouping.
    pub(crate) fn check_grouping(
        &self,
        ty: Option<char>,
    ) -> Result<Option<(usize, char)>, FormatError> {
        let Some(g) = self.grouping else {
            return Ok(None);
        };
        match ty {
            // CPython marks "no type" with '\0', so an explicit NUL type is no type.
            None | Some('\0' | 'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {
                Ok(Some((3, g.as_char())))
            }
            Some('b' | 'o' | 'x' | 'X') if g == Grouping::Underscore => Ok(Some((4, '_'))),
            Some(t) => Err(FormatError::ValueError(format!(
                "Cannot specify '{}' with '{}'.",
                g.as_char(),
                code_repr(t)
            ))),
        }
    }

    /// The alignment after defaults: explicit, else '=' for zero-padded numbers, else
    /// `default` ('<' for str, '>' for numbers).
    pub(crate) fn effective_align(&self, default: Align) -> Align {
        match self.align {
            Some(a) => a,
            None if self.zero_pad && default == Align::Right => Align::AfterSign,
            None => default,
        }
    }
}
