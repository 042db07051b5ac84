//! CPython 3.11-exact number and string formatting and parsing, as pure functions.
//!
//! Every function here mirrors a piece of CPython (named in its doc comment) and must
//! produce byte-for-byte the same text, and the same exception type and message on bad
//! input. Errors are returned as [`FormatError`]; nothing here panics on user input.
//!
//! Layout:
//! - `float_repr`: shortest/fixed/exponent digit generation and `PyOS_double_to_string`,
//!   `repr(float)`, `repr(complex)`.
//! - `spec`: the format-spec mini language parser.
//! - `render`: `format(x, spec)` for int, float, str and complex.
//! - `printf`: the numeric and padding parts of `str % args`.
//! - `parse`: `float(str)`, `complex(str)` and `int(str, base)`.
//! - `round`: `round(float, ndigits)` and float-to-int conversions.
//! - `hex`: `float.hex`, `float.fromhex`, `bin`/`oct`/`hex`, int-to-string conversions.

mod float_repr;
mod hex;
mod parse;
mod printf;
mod render;
mod round;
mod spec;
mod unicode;

#[cfg(test)]
mod tests;

use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};

pub use float_repr::{complex_repr, double_to_string, float_repr, DtsFlags};
pub use hex::{float_fromhex, float_hex, int_to_prefixed, int_to_str_radix};
pub use parse::{parse_complex, parse_float, parse_int, parse_int_limited};
pub use printf::{pad_printf, printf_float, printf_int, PrintfFlags};
pub use render::{
    format_complex, format_complex_spec, format_float, format_float_spec, format_int,
    format_int_spec, format_str, format_str_spec,
};
pub use round::{bigint_to_f64, float_to_bigint, round_float, round_float_to_int};
pub use spec::{parse_format_spec, Align, FormatSpec, Grouping, Sign};
pub use unicode::{decimal_value, is_unicode_space};

/// An error raised by a formatting or parsing function: the Python exception type and
/// its message, worded exactly as CPython 3.11 words it (`str(exc)`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    ValueError(String),
    OverflowError(String),
    TypeError(String),
    /// CPython raises a bare `MemoryError()` (empty message) when an output would be
    /// absurdly large; here "absurdly" is more than [`MAX_OUTPUT_CHARS`].
    MemoryError(String),
}

impl FormatError {
    /// The Python exception class name: "ValueError", "OverflowError", ...
    pub fn type_name(&self) -> &'static str {
        match self {
            FormatError::ValueError(_) => "ValueError",
            FormatError::OverflowError(_) => "OverflowError",
            FormatError::TypeError(_) => "TypeError",
            FormatError::MemoryError(_) => "MemoryError",
        }
    }

    /// The exception message, as `str(exc)` shows it.
    pub fn message(&self) -> &str {
        match self {
            FormatError::ValueError(m)
            | FormatError::OverflowError(m)
            | FormatError::TypeError(m)
            | FormatError::MemoryError(m) => m,
        }
    }

    pub(crate) fn value(msg: impl Into<String>) -> FormatError {
        FormatError::ValueError(msg.into())
    }

    pub(crate) fn memory() -> FormatError {
        FormatError::MemoryError(String::new())
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.type_name(), self.message())
    }
}

impl std::error::Error for FormatError {}

/// Outputs longer than this many characters are refused with `MemoryError` instead of
/// being allocated (CPython would try, and usually fail, to allocate them).
pub const MAX_OUTPUT_CHARS: usize = 1 << 28;

/// Default of `sys.get_int_max_str_digits()` (`_PY_LONG_DEFAULT_MAX_STR_DIGITS`).
pub const DEFAULT_INT_MAX_STR_DIGITS: usize = 4300;

/// Smallest non-zero value `sys.set_int_max_str_digits()` accepts
/// (`_PY_LONG_MAX_STR_DIGITS_THRESHOLD`); below it no limit check is made.
pub const INT_MAX_STR_DIGITS_THRESHOLD: usize = 640;

static INT_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_INT_MAX_STR_DIGITS);

/// Like `sys.get_int_max_str_digits()`: the limit on decimal digits for int<->str
/// conversions (0 means unlimited). Used by decimal int formatting in this module.
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// Like `sys.set_int_max_str_digits(n)` once the caller has validated `n`
/// (0, or at least [`INT_MAX_STR_DIGITS_THRESHOLD`]).
pub fn set_int_max_str_digits(n: usize) {
    INT_MAX_STR_DIGITS.store(n, Ordering::Relaxed);
}
