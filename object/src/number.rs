//! Number protocol dispatch (`binary_op1`, in-place ops, unary ops) and the
//! integer and float arithmetic with Python's semantics that the slots and the
//! eval loop's fast paths share.

use crate::error::PyResult;
use crate::object::{ObjRef, Payload};
use crate::typeobj::{is_subtype, tdata, BinOp, UnaryOp};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

/// Exact comparison of an int with a float (no rounding of the int).
pub fn int_float_eq(i: i64, f: f64) -> bool {
    if f.is_nan() || f.is_infinite() || f.fract() != 0.0 {
        return false;
    }
    if f.abs() < 9.0e15 {
        return (i as f64) == f && (f as i64) == i;
    }
    // Beyond 2**53 compare exactly through i128.
    if f.abs() >= 1.7e38 {
        return false;
    }
    (f as i128) == i as i128
}

/// The value of an int-like Value (int, bool, big int, int subclass) as BigInt.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(**b as i64)),
        Value::Obj(o) => o.as_bigint().cloned(),
        _ => None,
    }
}

/// A machine int view of an int-like Value, when it fits.
#[inline]
pub fn as_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(**b as i64),
        Value::Obj(o) => o.as_bigint().and_then(|b| b.to_i64()),
        _ => None,
    }
}

pub fn is_int_like(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => matches!(o.payload, Payload::Int(_)),
        _ => false,
    }
}

/// The float value of an int or float operand (for mixed arithmetic);
/// `Err(())` when an int is too large for a float.
#[allow(clippy::result_unit_err)]
pub fn as_f64(v: &Value) -> Option<Result<f64, ()>> {
    match v {
        Value::Float(f) => Some(Ok(**f)),
        Value::Int(i) => Some(Ok(*i as f64)),
        Value::Bool(b) => Some(Ok(**b as i64 as f64)),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(Ok(*f)),
            Payload::Int(b) => Some(bigint_to_f64(b)),
            _ => None,
        },
        _ => None,
    }
}

/// Correctly rounded conversion; Err when the magnitude exceeds float's range.
#[allow(clippy::result_unit_err)]
pub fn bigint_to_f64(b: &BigInt) -> Result<f64, ()> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(()),
    }
}

/// Floor division and modulo with Python's signs (result takes the divisor's sign).
#[inline]
pub fn i64_divmod(a: i64, b: i64) -> Option<(i64, i64)> {
    if b == 0 || (a == i64::MIN && b == -1) {
        return None;
    }
    let (q, r) = (a / b, a % b);
    if r != 0 && ((r < 0) != (b < 0)) {
        Some((q - 1, r + b))
    } else {
        Some((q, r))
    }
}

impl Vm {
    pub fn int_value(&self, b: BigInt) -> Value {
        self.new_int(b)
    }

    /// `PyNumber_Add` and friends: CPython's `binary_op1` dispatch over both
    /// operands' slots, then the TypeError.
    pub fn binary_op(&mut self, v: &Value, w: &Value, op: BinOp) -> PyResult {
        if let Some(r) = crate::arith::scalar_binary_op(v, w, op as u32) {
            return Ok(r);
        }
        let r = self.binary_op1(v, w, op)?;
        if !r.is(&self.not_implemented) {
            return Ok(r);
        }
        Err(self.binop_type_error(v, w, op, false))
    }

    pub(crate) fn binary_op1(&mut self, v: &Value, w: &Value, op: BinOp) -> PyResult {
        let tv = self.type_of(v).clone();
        let tw = self.type_of(w).clone();
        let slotv = tdata(&tv).slots.binary[op as usize].get();
        let mut slotw = None;
        if !Rc::ptr_eq(&tv, &tw) {
            slotw = tdata(&tw).slots.binary[op as usize].get();
            if let (Some(a), Some(b)) = (slotv, slotw) {
                if a as usize == b as usize {
                    slotw = None;
                }
            }
        }
        if let Some(fv) = slotv {
            if let Some(fw) = slotw {
                if is_subtype(&tw, &tv) {
                    let x = fw(self, v, w)?;
                    if !x.is(&self.not_implemented) {
                        return Ok(x);
                    }
                    slotw = None;
                }
            }
            let x = fv(self, v, w)?;
            if !x.is(&self.not_implemented) {
                return Ok(x);
            }
        }
        if let Some(fw) = slotw {
            return fw(self, v, w);
        }
        Ok(self.not_implemented.clone())
    }

    /// The rest of `binary_op1` (and of `a op= b` for a class without an
    /// in-place method) once the left operand's Python method returned
    /// NotImplemented, for a right operand whose own slot was not tried
    /// first: that slot, then CPython's TypeError.
    pub fn binary_op_rest(&mut self, v: &Value, w: &Value, op: BinOp, inplace: bool) -> PyResult {
        let tv = self.type_of(v).clone();
        let tw = self.type_of(w).clone();
        if !Rc::ptr_eq(&tv, &tw) {
            let slotv = tdata(&tv).slots.binary[op as usize].get();
            if let Some(fw) = tdata(&tw).slots.binary[op as usize].get() {
                if slotv.map(|f| f as usize) != Some(fw as usize) {
                    let r = fw(self, v, w)?;
                    if !r.is(&self.not_implemented) {
                        return Ok(r);
                    }
                }
            }
        }
        Err(self.binop_type_error(v, w, op, inplace))
    }

    /// `a op= b`: the in-place slot of `a`, then the binary operation.
    pub fn inplace_op(&mut self, v: &Value, w: &Value, op: BinOp) -> PyResult {
        // Ints and floats are immutable: `x op= y` is `x op y`.
        if let Some(r) = crate::arith::scalar_binary_op(v, w, op as u32) {
            return Ok(r);
        }
        if let Some(f) = self.type_data(v).slots.inplace[op as usize].get() {
            let x = f(self, v, w)?;
            if !x.is(&self.not_implemented) {
                return Ok(x);
            }
        }
        let r = self.binary_op1(v, w, op)?;
        if !r.is(&self.not_implemented) {
            return Ok(r);
        }
        Err(self.binop_type_error(v, w, op, true))
    }

    /// CPython's TypeError for a binary operator no operand supports.
    pub fn binop_type_error(
        &self,
        v: &Value,
        w: &Value,
        op: BinOp,
        inplace: bool,
    ) -> crate::error::PyErr {
        let (nv, nw) = (self.type_name(v), self.type_name(w));
        let seq_kind = |x: &Value| -> Option<&'static str> {
            match x.as_obj().map(|o| &o.payload) {
                Some(Payload::Str(_)) => Some("str"),
                Some(Payload::List(_)) => Some("list"),
                Some(Payload::Tuple(_)) => Some("tuple"),
                Some(Payload::Bytes(_)) => Some("bytes"),
                Some(Payload::ByteArray(_)) => Some("bytearray"),
                _ => None,
            }
        };
        if op == BinOp::Add {
            if let Some(k) = seq_kind(v) {
                if k == "bytes" || k == "bytearray" {
                    return self.type_error(format!("can't concat {nw} to {nv}"));
                }
                return self.type_error(format!("can only concatenate {k} (not \"{nw}\") to {k}"));
            }
        }
        if op == BinOp::Mul && (seq_kind(v).is_some() || seq_kind(w).is_some()) {
            let other = if seq_kind(v).is_some() { &nw } else { &nv };
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{other}'"
            ));
        }
        let sym = if inplace {
            op.inplace_symbol()
        } else {
            op.symbol()
        };
        self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{nv}' and '{nw}'"
        ))
    }

    /// Unary number operations (`-x`, `+x`, `abs(x)`, `~x`, `int(x)`, ...).
    pub fn unary_op(&mut self, v: &Value, op: UnaryOp) -> PyResult {
        match self.type_data(v).slots.unary(op).get() {
            Some(f) => f(self, v),
            None => {
                let name = self.type_name(v);
                Err(self.type_error(match op {
                    UnaryOp::Neg => format!("bad operand type for unary -: '{name}'"),
                    UnaryOp::Pos => format!("bad operand type for unary +: '{name}'"),
                    UnaryOp::Invert => format!("bad operand type for unary ~: '{name}'"),
                    UnaryOp::Abs => format!("bad operand type for abs(): '{name}'"),
                    UnaryOp::Index => format!(
                        "'{name}' object cannot be interpreted as an integer"
                    ),
                    UnaryOp::Int => format!(
                        "int() argument must be a string, a bytes-like object or a real number, not '{name}'"
                    ),
                    UnaryOp::Float => format!(
                        "float() argument must be a string or a real number, not '{name}'"
                    ),
                }))
            }
        }
    }

    /// `PyNumber_Index`: an exact int from an int-like object (`__index__`).
    pub fn index(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) => return Ok(v.clone()),
            Value::Bool(b) => return Ok(Value::Int(**b as i64)),
            Value::Obj(o) => {
                if let Payload::Int(b) = &o.payload {
                    return Ok(self.new_int(b.clone()));
                }
            }
            _ => {}
        }
        let r = self.unary_op(v, UnaryOp::Index)?;
        if !is_int_like(&r) {
            return Err(self.type_error(format!(
                "__index__ returned non-int (type {})",
                self.type_name(&r)
            )));
        }
        Ok(r)
    }
    /// An index as a machine int, with CPython's errors ("cannot fit 'int' into an index-sized integer").
    pub fn index_i64(&mut self, v: &Value) -> PyResult<i64> {
        if let Value::Int(i) = v {
            return Ok(*i);
        }
        let r = self.index(v)?;
        match as_i64(&r) {
            Some(i) => Ok(i),
            None => Err(self.new_error(
                &self.exc.index_error.clone(),
                format!(
                    "cannot fit '{}' into an index-sized integer",
                    self.type_name(v)
                ),
            )),
        }
    }
}

// ----- integer arithmetic with Python semantics -----

/// Result of an integer operation that may need to raise.
pub enum IntErr {
    ZeroDivision(&'static str),
    Overflow(&'static str),
    Value(&'static str),
}

pub fn int_add(a: i64, b: i64) -> Result<i64, BigInt> {
    a.checked_add(b).ok_or_else(|| BigInt::from(a) + b)
}
pub fn int_sub(a: i64, b: i64) -> Result<i64, BigInt> {
    a.checked_sub(b).ok_or_else(|| BigInt::from(a) - b)
}
pub fn int_mul(a: i64, b: i64) -> Result<i64, BigInt> {
    a.checked_mul(b).ok_or_else(|| BigInt::from(a) * b)
}

pub fn big_floordiv(a: &BigInt, b: &BigInt) -> Result<BigInt, IntErr> {
    if b.is_zero() {
        return Err(IntErr::ZeroDivision("integer division or modulo by zero"));
    }
    Ok(a.div_floor(b))
}
pub fn big_mod(a: &BigInt, b: &BigInt) -> Result<BigInt, IntErr> {
    if b.is_zero() {
        return Err(IntErr::ZeroDivision("integer modulo by zero"));
    }
    Ok(a.mod_floor(b))
}

/// `int / int`: correctly rounded true division (CPython's long_true_divide).
pub fn big_truediv(a: &BigInt, b: &BigInt) -> Result<f64, IntErr> {
    if b.is_zero() {
        return Err(IntErr::ZeroDivision("division by zero"));
    }
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        // Exact when both fit in 53 bits.
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(x as f64 / y as f64);
        }
    }
    // Scale so the quotient has 55+ significant bits, then round once.
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    let shift = b.bits() as i64 - a.bits() as i64 + 55;
    let (num, den) = if shift >= 0 {
        (a << (shift as usize), b.clone())
    } else {
        (a.clone(), b << ((-shift) as usize))
    };
    let (q, r) = num.div_rem(&den);
    // Sticky bit keeps the rounding correct.
    let q = if r.is_zero() {
        q
    } else {
        (q << 1usize) | BigInt::from(1)
    };
    let extra = if r.is_zero() { 0 } else { 1 };
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let exp = -(shift as i32) - extra;
    let v = ldexp(qf, exp);
    if v.is_infinite() {
        return Err(IntErr::Overflow(
            "integer division result too large for a float",
        ));
    }
    Ok(if neg { -v } else { v })
}

/// `x * 2**e` without intermediate overflow.
pub fn ldexp(mut x: f64, mut e: i32) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
        if x == 0.0 {
            return x;
        }
    }
    x * 2f64.powi(e)
}

pub fn big_pow(a: &BigInt, b: &BigInt) -> Result<Value2, IntErr> {
    if b.is_negative() {
        let base =
            bigint_to_f64(a).map_err(|_| IntErr::Overflow("int too large to convert to float"))?;
        let e = b.to_f64().unwrap_or(f64::NEG_INFINITY);
        if base == 0.0 {
            return Err(IntErr::ZeroDivision(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(Value2::Float(base.powf(e)));
    }
    let Some(e) = b.to_u32() else {
        // Only trivial bases survive a huge exponent.
        if a.is_zero() || a == &BigInt::from(1) {
            return Ok(Value2::Int(a.clone()));
        }
        if a == &BigInt::from(-1) {
            return Ok(Value2::Int(if b.is_even() {
                BigInt::from(1)
            } else {
                a.clone()
            }));
        }
        return Err(IntErr::Overflow("exponent too large"));
    };
    // Refuse results that could not fit in memory (CPython would raise MemoryError).
    if a.bits().saturating_mul(e as u64) > (1u64 << 34) {
        return Err(IntErr::Overflow("exponent too large"));
    }
    Ok(Value2::Int(num_traits::pow::Pow::pow(a, e)))
}

/// `pow(a, b, m)`.
pub fn big_powmod(a: &BigInt, b: &BigInt, m: &BigInt) -> Result<BigInt, IntErr> {
    if m.is_zero() {
        return Err(IntErr::Value("pow() 3rd argument cannot be 0"));
    }
    let (base, exp) = if b.is_negative() {
        let inv = mod_inverse(a, m).ok_or(IntErr::Value(
            "base is not invertible for the given modulus",
        ))?;
        (inv, -b)
    } else {
        (a.clone(), b.clone())
    };
    let mabs = m.abs();
    let r = base.mod_floor(&mabs).modpow(&exp, &mabs);
    // Result takes the modulus' sign, like `%`.
    Ok(if m.is_negative() && !r.is_zero() {
        r + m
    } else {
        r
    })
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let e = a.mod_floor(&m).extended_gcd(&m);
    if e.gcd != BigInt::from(1) {
        return None;
    }
    Some(e.x.mod_floor(&m))
}

/// A numeric result that is an int or a float.
pub enum Value2 {
    Int(BigInt),
    Float(f64),
}

pub fn big_lshift(a: &BigInt, n: &BigInt) -> Result<BigInt, IntErr> {
    if n.is_negative() {
        return Err(IntErr::Value("negative shift count"));
    }
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    let n = n
        .to_usize()
        .filter(|&n| n < (1 << 34))
        .ok_or(IntErr::Overflow("too many digits in integer"))?;
    Ok(a << n)
}
pub fn big_rshift(a: &BigInt, n: &BigInt) -> Result<BigInt, IntErr> {
    if n.is_negative() {
        return Err(IntErr::Value("negative shift count"));
    }
    match n.to_usize() {
        // Arithmetic shift rounds toward negative infinity, like floor division.
        Some(n) => Ok(if a.is_negative() {
            -((-a - 1u32) >> n) - 1u32
        } else {
            a >> n
        }),
        None => Ok(if a.is_negative() {
            BigInt::from(-1)
        } else {
            BigInt::zero()
        }),
    }
}

// ----- float arithmetic -----

/// Python's float `%`: result has the divisor's sign (`float_rem`).
pub fn float_mod(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 {
        return None;
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Some(m)
}

/// Python's float `//` (`float_floor_div` via divmod).
pub fn float_floordiv(a: f64, b: f64) -> Option<f64> {
    float_divmod(a, b).map(|(d, _)| d)
}

/// `float_divmod`, with CPython's sign and rounding fix-ups.
pub fn float_divmod(vx: f64, wx: f64) -> Option<(f64, f64)> {
    if wx == 0.0 {
        return None;
    }
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    Some((floordiv, m))
}

/// `float ** float` with CPython's special cases; Err(msg, is_zero_div).
pub fn float_pow(iv: f64, iw: f64) -> Result<f64, (&'static str, bool)> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(if iw == 0.0 { 1.0 } else { iv });
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iv == 0.0 && iw < 0.0 && iw.is_finite() {
        return Err(("0.0 cannot be raised to a negative power", true));
    }
    if iv < 0.0 && iw.is_finite() && iw.fract() != 0.0 {
        // CPython returns a complex here; the caller handles that case.
        return Err(("complex", false));
    }
    let r = iv.powf(iw);
    if r.is_infinite() && iv.is_finite() && iw.is_finite() {
        return Err(("(34, 'Numerical result out of range')", false));
    }
    Ok(r)
}

/// The object for an `IntErr`.
impl Vm {
    pub fn int_err(&self, e: IntErr) -> crate::error::PyErr {
        match e {
            IntErr::ZeroDivision(m) => self.zero_division_error(m),
            IntErr::Overflow(m) => self.overflow_error(m),
            IntErr::Value(m) => self.value_error(m),
        }
    }
    pub fn value2(&self, v: Value2) -> Value {
        match v {
            Value2::Int(i) => self.new_int(i),
            Value2::Float(f) => Value::float(f),
        }
    }
}

/// A Value that is exactly a built-in type (not a subclass instance).
pub fn exact_type(vm: &Vm, v: &Value, t: &ObjRef) -> bool {
    Rc::ptr_eq(vm.type_of(v), t)
}
