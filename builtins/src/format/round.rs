//! `round(float, ndigits)`, `round(float)`, `int(float)` and `float(int)`, correctly rounded.

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

use super::float_repr::{decompose, dtoa, DtoaMode};
use super::FormatError;

/// Like `float.__round__(x, ndigits)` (`double_round` in Objects/floatobject.c): rounds
/// to `ndigits` decimal places (negative means tens, hundreds, ...) half-even on the exact
/// binary value, so `round(2.675, 2) == 2.67` and `round(0.125, 2) == 0.12`.
/// nan/inf round to themselves; a zero result keeps the sign of `x`.
/// `OverflowError("rounded value too large to represent")` when the result overflows.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    // NDIGITS_MAX = (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103, NDIGITS_MIN = -(DBL_MAX_EXP + 1) * 0.30103.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() {
        return Ok(x);
    }
    if ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let (digits, decpt) = dtoa(x, DtoaMode::Fixed(ndigits));
    let negative = x.is_sign_negative();
    if digits.is_empty() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // "<sign>0<digits>e<decpt - len>" read back with correct rounding.
    let text = format!(
        "{}0{}e{}",
        if negative { "-" } else { "" },
        std::str::from_utf8(&digits).unwrap_or("0"),
        decpt - digits.len() as i64
    );
    let rounded: f64 = text.parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(FormatError::OverflowError(
            "rounded value too large to represent".into(),
        ));
    }
    Ok(rounded)
}

/// Like `float.__round__(x)` with no ndigits: the nearest integer, halfway cases to even.
/// Errors as `int(x)` does for nan and infinities.
pub fn round_float_to_int(x: f64) -> Result<BigInt, FormatError> {
    let mut rounded = x.round();
    if (x - rounded).abs() == 0.5 {
        rounded = 2.0 * (x / 2.0).round();
    }
    float_to_bigint(rounded)
}

/// Like `int(x)` for a float (`PyLong_FromDouble`): truncates toward zero.
/// `ValueError("cannot convert float NaN to integer")`,
/// `OverflowError("cannot convert float infinity to integer")`.
pub fn float_to_bigint(x: f64) -> Result<BigInt, FormatError> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(FormatError::OverflowError(
            "cannot convert float infinity to integer".into(),
        ));
    }
    let t = x.trunc();
    if t == 0.0 {
        return Ok(BigInt::zero());
    }
    let (mant, exp) = decompose(t);
    let mag = if exp >= 0 {
        BigInt::from(mant) << exp as usize
    } else {
        BigInt::from(mant >> (-exp).min(63) as u32)
    };
    Ok(if t < 0.0 { -mag } else { mag })
}

/// Like `PyLong_AsDouble` / `float(int)`: correctly rounded (half-even); None when the
/// result would overflow (CPython: "int too large to convert to float").
pub fn bigint_to_f64(x: &BigInt) -> Option<f64> {
    let mag = x.magnitude();
    let bits = mag.bits();
    let v = if bits <= 64 {
        mag.to_u64()? as f64
    } else {
        let shift = bits - 64;
        let top: num_bigint::BigUint = mag >> shift;
        let mut top = top.to_u64()?;
        // Sticky bit: any nonzero bit shifted out.
        if mag.trailing_zeros().unwrap_or(0) < shift {
            top |= 1;
        }
        if shift > 960 {
            // At least 2**63 * 2**961 = 2**1024.
            return None;
        }
        // u64 -> f64 rounds half-even; the sticky bit breaks false ties.
        let f = top as f64;
        let scaled = f * f64::from_bits((shift + 1023) << 52);
        if !scaled.is_finite() {
            return None;
        }
        scaled
    };
    Some(if x.sign() == Sign::Minus { -v } else { v })
}
