//! The `int` type: construction and conversion, arithmetic slots with machine-word fast paths, and methods.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Pow, Signed, ToPrimitive, Zero};

use taipan_object::class::{add_class_methods, add_getsets, add_methods};
use taipan_object::function::{GetSetDef, MethodDef, NativeFn};
use taipan_object::hash::{hash_bigint, hash_i64};
use taipan_object::number::{big_powmod, i64_divmod, ldexp};
use taipan_object::slotdefs::call_dunder;
use taipan_object::typeobj::{tdata, BinOp, CompareOp};
use taipan_object::{Obj, ObjRef, Payload, PyErr, PyResult, Value, Vm};

use crate::format;
use crate::util::format_error;

/// An int operand seen through its value: a machine word, or a big value that
/// does not fit one. Bools are 0 and 1 (`bool` is an int subclass).
#[derive(Clone, Copy)]
pub enum IntVal<'a> {
    Small(i64),
    Big(&'a BigInt),
}

use IntVal::{Big, Small};

impl<'a> IntVal<'a> {
    pub fn big(self) -> Cow<'a, BigInt> {
        match self {
            Small(i) => Cow::Owned(BigInt::from(i)),
            Big(b) => Cow::Borrowed(b),
        }
    }
    pub fn is_negative(self) -> bool {
        match self {
            Small(i) => i < 0,
            Big(b) => b.is_negative(),
        }
    }
    pub fn is_zero(self) -> bool {
        match self {
            Small(i) => i == 0,
            Big(b) => b.is_zero(),
        }
    }
    pub fn compare(self, other: IntVal) -> Ordering {
        match (self, other) {
            (Small(x), Small(y)) => x.cmp(&y),
            (x, y) => x.big().as_ref().cmp(y.big().as_ref()),
        }
    }
}

/// The value of an int, bool or int subclass instance; None for anything else.
#[inline]
pub fn int_val(v: &Value) -> Option<IntVal<'_>> {
    match v {
        Value::Int(i) => Some(Small(*i)),
        Value::Bool(b) => Some(Small(**b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(match b.to_i64() {
                Some(i) => Small(i),
                None => Big(b),
            }),
            _ => None,
        },
        _ => None,
    }
}

/// An exact `int` with the value of `iv` (inline when it fits).
pub fn int_from_val(vm: &Vm, iv: IntVal) -> Value {
    match iv {
        Small(i) => Value::Int(i),
        Big(b) => vm.new_int(b.clone()),
    }
}

/// `long_long`: `v` itself when it is an exact int, else an exact int with its
/// value (for bools and int subclass instances).
pub fn int_exact(vm: &Vm, v: &Value) -> Value {
    if let Value::Obj(o) = v {
        if o.ty.as_ref().is_some_and(|t| Rc::ptr_eq(t, &vm.types.int)) {
            return v.clone();
        }
    }
    match int_val(v) {
        Some(iv) => int_from_val(vm, iv),
        None => v.clone(),
    }
}

/// `PyLong_AsDouble`: correctly rounded; OverflowError beyond float's range.
pub fn int_to_f64(vm: &Vm, iv: IntVal) -> PyResult<f64> {
    match iv {
        Small(i) => Ok(i as f64),
        Big(b) => format::bigint_to_f64(b)
            .ok_or_else(|| vm.overflow_error("int too large to convert to float")),
    }
}

/// The int value of `self` in a method of int (bools included).
fn self_int<'a>(vm: &Vm, v: &'a Value) -> PyResult<IntVal<'a>> {
    int_val(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'int' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

/// The parameters of a native function parsed like Argument Clinic does:
/// `names` in order (the first `posonly` positional-only, "" for unnamed), at
/// most `maxpos` of them positional, the first `minpos` required.
pub(crate) struct Params {
    pub names: &'static [&'static str],
    pub posonly: usize,
    pub maxpos: usize,
    pub minpos: usize,
}

/// Like `_PyArg_UnpackKeywords`: binds the positional arguments and keywords of
/// a native call to `p`'s parameters, with Argument Clinic's error messages.
pub(crate) fn unpack_keywords(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kwnames: Option<&ObjRef>,
    p: &Params,
) -> PyResult<Vec<Option<Value>>> {
    let Params {
        names,
        posonly,
        maxpos,
        minpos,
    } = *p;
    let kn: &[Value] = kwnames.and_then(|k| k.as_tuple()).unwrap_or(&[]);
    let nargs = args.len().saturating_sub(kn.len());
    let (pos, kwv) = args.split_at(nargs);
    let maxargs = names.len();
    let mut nkw = kn.len();
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if nargs + nkw > maxargs {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {maxargs} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            plural(maxargs),
            nargs + nkw
        )));
    }
    if nargs > maxpos {
        return Err(vm.type_error(if maxpos == 0 {
            format!("{fname}() takes no positional arguments")
        } else {
            format!(
                "{fname}() takes {} {maxpos} positional argument{} ({nargs} given)",
                if minpos < maxpos {
                    "at most"
                } else {
                    "exactly"
                },
                plural(maxpos)
            )
        }));
    }
    let minposonly = posonly.min(minpos);
    if nargs < minposonly {
        return Err(vm.type_error(format!(
            "{fname}() takes {} {minposonly} positional argument{} ({nargs} given)",
            if minposonly < maxpos {
                "at least"
            } else {
                "exactly"
            },
            plural(minposonly)
        )));
    }
    let find = |name: &str| -> Option<Value> {
        kn.iter()
            .position(|k| {
                k.as_obj()
                    .and_then(|o| o.as_str())
                    .is_some_and(|s| s.as_str() == name)
            })
            .and_then(|i| kwv.get(i).cloned())
    };
    let mut out: Vec<Option<Value>> = vec![None; maxargs];
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for i in nargs.max(posonly)..maxargs {
        let cur = if nkw > 0 {
            find(names[i])
        } else if i >= minpos {
            break;
        } else {
            None
        };
        match cur {
            Some(v) => {
                out[i] = Some(v);
                nkw -= 1;
            }
            None if i < minpos => {
                return Err(vm.type_error(format!(
                    "{fname}() missing required argument '{}' (pos {})",
                    names[i],
                    i + 1
                )))
            }
            None => {}
        }
    }
    if nkw > 0 {
        for (i, name) in names.iter().enumerate().take(nargs).skip(posonly) {
            if find(name).is_some() {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
        }
        for k in kn {
            let Some(s) = k.as_obj().and_then(|o| o.as_str()) else {
                return Err(vm.type_error("keywords must be strings"));
            };
            if !names[posonly..].contains(&s.as_str()) {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {fname}()",
                    s.as_str()
                )));
            }
        }
    }
    Ok(out)
}

/// `PyNumber_AsSsize_t(v, NULL)`: an index, clipped to the machine range.
pub(crate) fn index_clipped(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let r = vm.index(v)?;
    Ok(match int_val(&r) {
        Some(Small(i)) => i,
        Some(Big(b)) if b.is_negative() => i64::MIN,
        _ => i64::MAX,
    })
}

/// `PyNumber_AsSsize_t(v, OverflowError)`.
fn index_ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let r = vm.index(v)?;
    match int_val(&r) {
        Some(Small(i)) => Ok(i),
        _ => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// The first `n` characters of `s` (C's `%.200R`).
pub(crate) fn truncate_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// The raw bytes of a bytes or bytearray object.
pub(crate) fn bytes_data(v: &Value) -> Option<Vec<u8>> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        Some(Payload::ByteArray(b)) => Some(b.borrow().clone()),
        _ => None,
    }
}

/// Bytes as the text a str parser may read: C's parsers see only ASCII, and do
/// not take the Unicode separators 0x1c..0x1f for spaces as str parsing does.
pub(crate) fn ascii_text(b: &[u8]) -> Option<&str> {
    if b.iter()
        .all(|&c| c.is_ascii() && !(0x1c..=0x1f).contains(&c))
    {
        std::str::from_utf8(b).ok()
    } else {
        None
    }
}

// ----- construction -----

static INT_PARAMS: Params = Params {
    names: &["", "base"],
    posonly: 1,
    maxpos: 2,
    minpos: 0,
};
static TO_BYTES_PARAMS: Params = Params {
    names: &["length", "byteorder", "signed"],
    posonly: 0,
    maxpos: 2,
    minpos: 0,
};
static FROM_BYTES_PARAMS: Params = Params {
    names: &["bytes", "byteorder", "signed"],
    posonly: 0,
    maxpos: 2,
    minpos: 1,
};

/// `int.__new__`: `long_new_impl` plus `long_subtype_new`.
fn int_new(vm: &mut Vm, cls: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let (x, base) = if kwnames.is_none() && args.len() <= 2 {
        (args.first().cloned(), args.get(1).cloned())
    } else {
        let mut b = unpack_keywords(vm, "int", args, kwnames, &INT_PARAMS)?;
        let base = b.pop().flatten();
        (b.pop().flatten(), base)
    };
    let value = match (x, base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => number_long(vm, &x)?,
        (Some(x), Some(b)) => {
            let base = index_clipped(vm, &b)?;
            if (base != 0 && base < 2) || base > 36 {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            int_from_text(vm, &x, base as u32)?
                .ok_or_else(|| vm.type_error("int() can't convert non-string with explicit base"))?
        }
    };
    if Rc::ptr_eq(cls, &vm.types.int) {
        return Ok(value);
    }
    if Rc::ptr_eq(cls, &vm.types.bool_) {
        return Err(vm.type_error("int.__new__(bool) is not safe, use bool.__new__()"));
    }
    let b = int_val(&value)
        .map(|iv| iv.big().into_owned())
        .unwrap_or_default();
    Ok(Value::Obj(Obj::new(cls, Payload::Int(b))))
}

/// `int(x, base)` for a str, bytes or bytearray `x`; None for other types.
fn int_from_text(vm: &mut Vm, x: &Value, base: u32) -> PyResult<Option<Value>> {
    let invalid = |vm: &mut Vm, shown: &Value| -> PyErr {
        match vm.repr_string(shown) {
            Ok(r) => vm.value_error(format!(
                "invalid literal for int() with base {base}: {}",
                truncate_chars(&r, 200)
            )),
            Err(e) => e,
        }
    };
    if let Some(s) = x.as_obj().and_then(|o| o.as_str()) {
        return match format::parse_int_limited(s.as_str(), base, format::int_max_str_digits()) {
            Ok(Some(b)) => Ok(Some(vm.new_int(b))),
            Ok(None) => Err(invalid(vm, x)),
            Err(e) => Err(format_error(vm, e)),
        };
    }
    let Some(data) = bytes_data(x) else {
        return Ok(None);
    };
    let parsed = match ascii_text(&data) {
        Some(t) => format::parse_int_limited(t, base, format::int_max_str_digits()),
        None => Ok(None),
    };
    match parsed {
        Ok(Some(b)) => Ok(Some(vm.new_int(b))),
        Ok(None) => {
            let shown = vm.new_bytes(data);
            Err(invalid(vm, &shown))
        }
        Err(e) => Err(format_error(vm, e)),
    }
}

/// `PyNumber_Long`: `int(x)` for one argument; always an exact int.
pub fn number_long(vm: &mut Vm, x: &Value) -> PyResult {
    match x {
        Value::Int(_) => return Ok(x.clone()),
        Value::Bool(b) => return Ok(Value::Int(**b as i64)),
        Value::Float(f) => return float_to_int(vm, **f),
        _ => {}
    }
    let (int_slot, has_index) = {
        let s = &vm.type_data(x).slots;
        (s.int.get(), s.index.get().is_some())
    };
    if let Some(f) = int_slot {
        let r = f(vm, x)?;
        return match int_val(&r) {
            Some(iv) => Ok(int_from_val(vm, iv)),
            None => Err(vm.type_error(format!(
                "__int__ returned non-int (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    if has_index {
        let r = vm.index(x)?;
        return Ok(int_exact(vm, &r));
    }
    if let Some(r) = call_dunder(vm, x, "__trunc__", &[])? {
        if let Some(iv) = int_val(&r) {
            return Ok(int_from_val(vm, iv));
        }
        if vm.type_data(&r).slots.index.get().is_none() {
            return Err(vm.type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                vm.type_name(&r)
            )));
        }
        let i = vm.index(&r)?;
        return Ok(int_exact(vm, &i));
    }
    if let Some(v) = int_from_text(vm, x, 10)? {
        return Ok(v);
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(x)
    )))
}

/// `PyLong_FromDouble` (truncation), with CPython's errors for nan and inf.
pub fn float_to_int(vm: &Vm, f: f64) -> PyResult {
    if f.abs() < 9.0e18 {
        return Ok(Value::Int(f as i64));
    }
    format::float_to_bigint(f)
        .map(|b| vm.new_int(b))
        .map_err(|e| format_error(vm, e))
}

// ----- repr, hash, comparison, truth -----

fn int_repr(vm: &mut Vm, v: &Value) -> PyResult {
    match self_int(vm, v)? {
        Small(i) => Ok(vm.new_str(i.to_string())),
        Big(b) => match format::int_to_str_radix(b, 10) {
            Ok(s) => Ok(vm.new_str(s)),
            Err(e) => Err(format_error(vm, e)),
        },
    }
}

/// `long_hash`.
pub fn int_hash_val(iv: IntVal) -> i64 {
    match iv {
        Small(i) => hash_i64(i),
        Big(b) => hash_bigint(b),
    }
}

fn int_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(int_hash_val(self_int(vm, v)?))
}

/// The truth of an ordering under a comparison operator.
pub(crate) fn cmp_result(ord: Ordering, op: CompareOp) -> bool {
    match op {
        CompareOp::Lt => ord == Ordering::Less,
        CompareOp::Le => ord != Ordering::Greater,
        CompareOp::Eq => ord == Ordering::Equal,
        CompareOp::Ne => ord != Ordering::Equal,
        CompareOp::Gt => ord == Ordering::Greater,
        CompareOp::Ge => ord != Ordering::Less,
    }
}

/// `long_richcompare`: ints only; floats answer through their own slot.
fn int_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult {
    match (int_val(a), int_val(b)) {
        (Some(x), Some(y)) => Ok(Value::bool(cmp_result(x.compare(y), op))),
        _ => Ok(vm.not_implemented.clone()),
    }
}

fn int_bool(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(!self_int(vm, v)?.is_zero())
}

// ----- arithmetic -----

macro_rules! operands {
    ($vm:ident, $a:ident, $b:ident) => {
        match (int_val($a), int_val($b)) {
            (Some(x), Some(y)) => (x, y),
            _ => return Ok($vm.not_implemented.clone()),
        }
    };
}

fn int_add(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    if let (Small(x), Small(y)) = (x, y) {
        if let Some(r) = x.checked_add(y) {
            return Ok(Value::Int(r));
        }
    }
    Ok(vm.new_int(x.big().as_ref() + y.big().as_ref()))
}

fn int_sub(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    if let (Small(x), Small(y)) = (x, y) {
        if let Some(r) = x.checked_sub(y) {
            return Ok(Value::Int(r));
        }
    }
    Ok(vm.new_int(x.big().as_ref() - y.big().as_ref()))
}

fn int_mul(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    if let (Small(x), Small(y)) = (x, y) {
        if let Some(r) = x.checked_mul(y) {
            return Ok(Value::Int(r));
        }
    }
    Ok(vm.new_int(x.big().as_ref() * y.big().as_ref()))
}

fn int_floordiv(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    if y.is_zero() {
        return Err(vm.zero_division_error("integer division or modulo by zero"));
    }
    if let (Small(x), Small(y)) = (x, y) {
        if let Some((q, _)) = i64_divmod(x, y) {
            return Ok(Value::Int(q));
        }
    }
    Ok(vm.new_int(x.big().div_floor(y.big().as_ref())))
}

fn int_mod(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    if y.is_zero() {
        return Err(vm.zero_division_error("integer modulo by zero"));
    }
    if let (Small(x), Small(y)) = (x, y) {
        if let Some((_, r)) = i64_divmod(x, y) {
            return Ok(Value::Int(r));
        }
    }
    Ok(vm.new_int(x.big().mod_floor(y.big().as_ref())))
}

/// `long_divmod`: `divmod(a, b)` for two ints; NotImplemented otherwise.
pub fn int_divmod(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    if y.is_zero() {
        return Err(vm.zero_division_error("integer division or modulo by zero"));
    }
    if let (Small(x), Small(y)) = (x, y) {
        if let Some((q, r)) = i64_divmod(x, y) {
            return Ok(vm.new_tuple(vec![Value::Int(q), Value::Int(r)]));
        }
    }
    let (q, r) = x.big().div_mod_floor(y.big().as_ref());
    Ok(vm.new_tuple(vec![vm.new_int(q), vm.new_int(r)]))
}

fn int_truediv(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    if y.is_zero() {
        return Err(vm.zero_division_error("division by zero"));
    }
    const EXACT: u64 = 1 << 53;
    if let (Small(x), Small(y)) = (x, y) {
        if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT {
            return Ok(Value::float(x as f64 / y as f64));
        }
    }
    match true_divide(x.big().as_ref(), y.big().as_ref()) {
        Some(f) => Ok(Value::float(f)),
        None => Err(vm.overflow_error("integer division result too large for a float")),
    }
}

/// `long_true_divide`: a / b correctly rounded (half-even), subnormal results
/// included; None on overflow. `b` is nonzero.
fn true_divide(a: &BigInt, b: &BigInt) -> Option<f64> {
    let negative = a.is_negative() != b.is_negative();
    let sign = |f: f64| if negative { -f } else { f };
    if a.is_zero() {
        return Some(sign(0.0));
    }
    let (a, b) = (a.magnitude(), b.magnitude());
    let diff = a.bits() as i64 - b.bits() as i64;
    // The quotient lies in [2**(diff-1), 2**(diff+1)).
    if diff > 1025 {
        return None;
    }
    if diff < -1076 {
        return Some(sign(0.0));
    }
    // q = floor(a * 2**shift / b) has 55 or 56 bits; the rest is a sticky bit.
    let shift = 55 - diff;
    let (num, den) = if shift >= 0 {
        (a << shift as usize, b.clone())
    } else {
        (a.clone(), b << (-shift) as usize)
    };
    let (q, r) = num.div_rem(&den);
    let mut q = q.to_u64()?;
    let sticky = !r.is_zero();
    let qbits = 64 - q.leading_zeros() as i64;
    // The exponent of q's top bit in the result; subnormals keep fewer bits.
    let top = qbits - 1 - shift;
    if top > 1023 {
        return None;
    }
    if top < -1075 {
        return Some(sign(0.0));
    }
    let keep = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    let drop = qbits - keep.max(0);
    let mut exp = -shift;
    if drop > 0 {
        let drop = drop.min(63) as u32;
        let rest = q & ((1u64 << drop) - 1);
        let half = 1u64 << (drop - 1);
        q >>= drop;
        exp += drop as i64;
        if rest > half || (rest == half && (sticky || q & 1 == 1)) {
            q += 1;
        }
    }
    let f = ldexp(q as f64, exp as i32);
    if f.is_infinite() {
        return None;
    }
    Some(sign(f))
}

/// `x ** y` for ints without a modulus (a float when `y` is negative).
fn int_power(vm: &mut Vm, x: IntVal, y: IntVal) -> PyResult {
    if y.is_negative() {
        let (fx, fy) = (int_to_f64(vm, x)?, int_to_f64(vm, y)?);
        return super::float::float_pow_values(vm, fx, fy);
    }
    if let (Small(bx), Small(e)) = (x, y) {
        if let Ok(e) = u32::try_from(e) {
            if let Some(r) = bx.checked_pow(e) {
                return Ok(Value::Int(r));
            }
        }
    }
    let base = x.big();
    // Bases 0, 1 and -1 survive any exponent.
    if base.magnitude().bits() <= 1 {
        let odd = match y {
            Small(e) => e & 1 == 1,
            Big(e) => e.is_odd(),
        };
        return Ok(match base.to_i64().unwrap_or(0) {
            0 if y.is_zero() => Value::Int(1),
            0 => Value::Int(0),
            -1 if !odd => Value::Int(1),
            v => Value::Int(v),
        });
    }
    // Results that could not fit in memory are a MemoryError, as in CPython.
    const MAX_BITS: u64 = 1 << 32;
    let e = match y {
        Small(e) => e as u64,
        Big(_) => return Err(vm.memory_error()),
    };
    if (base.bits() - 1).saturating_mul(e) > MAX_BITS {
        return Err(vm.memory_error());
    }
    Ok(vm.new_int(Pow::pow(base.as_ref(), e)))
}

fn int_pow(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    int_power(vm, x, y)
}

/// `pow(a, b, m)` as `long_pow` computes it for three ints; NotImplemented when
/// any argument is not an int (another type's slot may handle it).
pub fn int_pow3(vm: &mut Vm, a: &Value, b: &Value, m: &Value) -> PyResult {
    if m.is_none() {
        return int_pow(vm, a, b);
    }
    let (Some(x), Some(y), Some(z)) = (int_val(a), int_val(b), int_val(m)) else {
        return Ok(vm.not_implemented.clone());
    };
    match big_powmod(x.big().as_ref(), y.big().as_ref(), z.big().as_ref()) {
        Ok(r) => Ok(vm.new_int(r)),
        Err(e) => Err(vm.int_err(e)),
    }
}

/// The largest shift that builds an int CPython could allocate.
const MAX_SHIFT: u64 = 1 << 32;

fn int_lshift(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    if y.is_negative() {
        return Err(vm.value_error("negative shift count"));
    }
    if x.is_zero() {
        return Ok(Value::Int(0));
    }
    let n = match y {
        Small(n) => n as u64,
        Big(_) => return Err(vm.overflow_error("too many digits in integer")),
    };
    if let Small(v) = x {
        if n < 64 {
            let r = v << n;
            if r >> n == v {
                return Ok(Value::Int(r));
            }
        }
    }
    if n > MAX_SHIFT {
        return Err(vm.memory_error());
    }
    Ok(vm.new_int(x.big().as_ref() << n as usize))
}

fn int_rshift(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    if y.is_negative() {
        return Err(vm.value_error("negative shift count"));
    }
    let n = match y {
        Small(n) => n as u64,
        Big(_) => u64::MAX,
    };
    match x {
        Small(v) => Ok(Value::Int(if n >= 64 { v >> 63 } else { v >> n })),
        Big(b) => {
            if n >= b.bits() {
                return Ok(Value::Int(if b.is_negative() { -1 } else { 0 }));
            }
            let n = n as usize;
            // Shifting rounds toward negative infinity, like floor division.
            Ok(vm.new_int(if b.is_negative() {
                -((-b - 1u32) >> n) - 1u32
            } else {
                b >> n
            }))
        }
    }
}

pub(crate) fn int_and(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    Ok(match (x, y) {
        (Small(x), Small(y)) => Value::Int(x & y),
        _ => vm.new_int(x.big().as_ref() & y.big().as_ref()),
    })
}

pub(crate) fn int_or(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    Ok(match (x, y) {
        (Small(x), Small(y)) => Value::Int(x | y),
        _ => vm.new_int(x.big().as_ref() | y.big().as_ref()),
    })
}

pub(crate) fn int_xor(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    Ok(match (x, y) {
        (Small(x), Small(y)) => Value::Int(x ^ y),
        _ => vm.new_int(x.big().as_ref() ^ y.big().as_ref()),
    })
}

// ----- unary slots -----

fn int_neg(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(match self_int(vm, v)? {
        Small(i) => match i.checked_neg() {
            Some(r) => Value::Int(r),
            None => vm.new_int(-BigInt::from(i)),
        },
        Big(b) => vm.new_int(-b),
    })
}

/// `long_long`: `+x`, `int(x)`, `x.__index__()`, `x.real`, ...
fn int_pos(vm: &mut Vm, v: &Value) -> PyResult {
    self_int(vm, v)?;
    Ok(int_exact(vm, v))
}

fn int_abs(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(match self_int(vm, v)? {
        Small(i) => match i.checked_abs() {
            Some(r) => Value::Int(r),
            None => vm.new_int(BigInt::from(i).abs()),
        },
        Big(b) if b.is_negative() => vm.new_int(-b),
        Big(_) => int_exact(vm, v),
    })
}

fn int_invert(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(match self_int(vm, v)? {
        Small(i) => Value::Int(!i),
        Big(b) => vm.new_int(-(b + 1u32)),
    })
}

fn int_float(vm: &mut Vm, v: &Value) -> PyResult {
    let iv = self_int(vm, v)?;
    int_to_f64(vm, iv).map(Value::float)
}

// ----- methods -----

fn int_conjugate(vm: &mut Vm, v: &Value) -> PyResult {
    int_pos(vm, v)
}

fn int_bit_length(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::Int(match self_int(vm, v)? {
        Small(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        Big(b) => b.bits() as i64,
    }))
}

fn int_bit_count(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::Int(match self_int(vm, v)? {
        Small(i) => i.unsigned_abs().count_ones() as i64,
        Big(b) => b.magnitude().count_ones() as i64,
    }))
}

fn int_as_integer_ratio(vm: &mut Vm, v: &Value) -> PyResult {
    let n = int_pos(vm, v)?;
    Ok(vm.new_tuple(vec![n, Value::Int(1)]))
}

fn int_getnewargs(vm: &mut Vm, v: &Value) -> PyResult {
    let n = int_pos(vm, v)?;
    Ok(vm.new_tuple(vec![n]))
}

/// `int.__sizeof__`: CPython's layout (24-byte header, 30-bit digits).
fn int_sizeof(vm: &mut Vm, v: &Value) -> PyResult {
    let bits = match self_int(vm, v)? {
        Small(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
        Big(b) => b.bits(),
    };
    Ok(Value::Int(24 + 4 * bits.div_ceil(30).max(1) as i64))
}

/// `int.__round__(ndigits)`: negative ndigits round half to even.
fn int_round(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "__round__ expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let x = self_int(vm, v)?;
    let Some(nd) = args.first() else {
        return Ok(int_exact(vm, v));
    };
    let nd = vm.index(nd)?;
    let Some(nd) = int_val(&nd) else {
        return Ok(int_exact(vm, v));
    };
    if !nd.is_negative() {
        return Ok(int_exact(vm, v));
    }
    let big = x.big();
    // 10**n beyond twice |x| rounds everything to zero (CPython computes 10**n).
    let digits_bound = (big.bits() as f64 * std::f64::consts::LOG10_2) as u64 + 2;
    let n = match nd {
        Small(n) => n.unsigned_abs(),
        Big(_) => u64::MAX,
    };
    if n > digits_bound {
        return Ok(Value::Int(0));
    }
    let pow10 = Pow::pow(BigInt::from(10u32), n);
    let (q, r) = big.div_mod_floor(&pow10);
    let twice = &r << 1usize;
    let up = match twice.cmp(&pow10) {
        Ordering::Greater => true,
        Ordering::Equal => q.is_odd(),
        Ordering::Less => false,
    };
    let rounded = big.as_ref() - r + if up { pow10 } else { BigInt::zero() };
    Ok(vm.new_int(rounded))
}

fn int_format(vm: &mut Vm, v: &Value, spec: &Value) -> PyResult {
    let Some(spec) = spec.as_obj().and_then(|o| o.as_str()) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(spec)
        )));
    };
    let spec = spec.as_str().to_string();
    let exact = matches!(v, Value::Int(_))
        || v.as_obj()
            .is_some_and(|o| o.ty.as_ref().is_some_and(|t| Rc::ptr_eq(t, &vm.types.int)));
    if spec.is_empty() && !exact {
        return vm.str(v).map(Value::Obj);
    }
    let x = self_int(vm, v)?.big();
    let r = if exact {
        format::format_int_spec(&x, &spec)
    } else {
        let tn = vm.type_name(v);
        format::parse_format_spec(&spec, &tn).and_then(|fs| format::format_int(&x, &fs, &tn))
    };
    r.map(|s| vm.new_str(s)).map_err(|e| format_error(vm, e))
}

fn int_divmod_method(vm: &mut Vm, v: &Value, other: &Value) -> PyResult {
    int_divmod(vm, v, other)
}

fn int_rdivmod_method(vm: &mut Vm, v: &Value, other: &Value) -> PyResult {
    int_divmod(vm, other, v)
}

/// The arguments of a `__pow__`/`__rpow__` wrapper (`wrap_ternaryfunc`):
/// the other operand and the modulus (None when absent).
pub(crate) fn ternary_args(vm: &Vm, args: &[Value]) -> PyResult<(Value, Value)> {
    match args {
        [o] => Ok((o.clone(), Value::None)),
        [o, m] => Ok((o.clone(), m.clone())),
        [] => Err(vm.type_error(" expected at least 1 argument, got 0")),
        _ => Err(vm.type_error(format!(" expected at most 2 arguments, got {}", args.len()))),
    }
}

fn int_pow_method(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    let (o, m) = ternary_args(vm, args)?;
    int_pow3(vm, v, &o, &m)
}

fn int_rpow_method(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    let (o, m) = ternary_args(vm, args)?;
    int_pow3(vm, &o, v, &m)
}

/// The byteorder argument of `to_bytes`/`from_bytes`: true for little-endian.
fn byteorder_arg(vm: &Vm, fname: &str, v: Option<&Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    match v.as_obj().and_then(|o| o.as_str()).map(|s| s.as_str()) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => Err(vm.type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            if v.is_none() {
                "None".into()
            } else {
                vm.type_name(v)
            }
        ))),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, v: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = unpack_keywords(vm, "to_bytes", args, kwnames, &TO_BYTES_PARAMS)?;
    let length = match &a[0] {
        Some(l) => index_ssize(vm, l)?,
        None => 1,
    };
    let little = byteorder_arg(vm, "to_bytes", a[1].as_ref())?;
    let signed = match &a[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let x = self_int(vm, v)?.big();
    if !signed && x.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        x.to_signed_bytes_le()
    } else {
        x.magnitude().to_bytes_le()
    };
    // 0 and -1 need no bytes at all (all their bits are sign bits).
    if x.is_zero() || (signed && x.as_ref() == &BigInt::from(-1)) {
        bytes.clear();
    }
    if bytes.len() as u64 > length as u64 {
        return Err(vm.overflow_error("int too big to convert"));
    }
    if length as u64 > format::MAX_OUTPUT_CHARS as u64 {
        return Err(vm.memory_error());
    }
    let fill = if x.is_negative() { 0xff } else { 0 };
    bytes.resize(length as usize, fill);
    if !little {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

/// `PyObject_Bytes` for `int.from_bytes`: bytes-like objects, `__bytes__`, or
/// an iterable of ints in range(256).
fn bytes_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_data(v) {
        return Ok(b);
    }
    if let Some(r) = call_dunder(vm, v, "__bytes__", &[])? {
        return bytes_data(&r).ok_or_else(|| {
            vm.type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                vm.type_name(&r)
            ))
        });
    }
    let cannot = |vm: &Vm| {
        vm.type_error(format!(
            "cannot convert '{}' object to bytes",
            vm.type_name(v)
        ))
    };
    if v.as_obj().and_then(|o| o.as_str()).is_some() {
        return Err(cannot(vm));
    }
    let it = match vm.iter(v) {
        Ok(it) => it,
        Err(e) if vm.is_instance_of(&e.value(), &vm.exc.type_error.clone()) => {
            return Err(cannot(vm))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(item) = vm.next(&it)? {
        let n = index_ssize(vm, &item)?;
        if !(0..256).contains(&n) {
            return Err(vm.value_error("bytes must be in range(0, 256)"));
        }
        out.push(n as u8);
    }
    Ok(out)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a class method).
fn int_from_bytes(vm: &mut Vm, cls: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = unpack_keywords(vm, "from_bytes", args, kwnames, &FROM_BYTES_PARAMS)?;
    let Some(src) = &a[0] else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let little = byteorder_arg(vm, "from_bytes", a[1].as_ref())?;
    let signed = match &a[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let data = bytes_of(vm, src)?;
    let n = match (signed, little) {
        (true, true) => BigInt::from_signed_bytes_le(&data),
        (true, false) => BigInt::from_signed_bytes_be(&data),
        (false, true) => BigInt::from_bytes_le(Sign::Plus, &data),
        (false, false) => BigInt::from_bytes_be(Sign::Plus, &data),
    };
    let value = vm.new_int(n);
    if cls.as_obj().is_some_and(|c| Rc::ptr_eq(c, &vm.types.int)) {
        return Ok(value);
    }
    vm.call(cls, &[value], None)
}

fn int_get_real(vm: &mut Vm, v: &Value) -> PyResult {
    int_pos(vm, v)
}

fn int_get_imag(_vm: &mut Vm, _v: &Value) -> PyResult {
    Ok(Value::Int(0))
}

fn int_get_denominator(_vm: &mut Vm, _v: &Value) -> PyResult {
    Ok(Value::Int(1))
}

static INT_METHODS: [MethodDef; 14] = [
    MethodDef {
        name: "conjugate",
        func: NativeFn::NoArgs(int_conjugate),
        doc: "Returns self, the complex conjugate of any int.",
    },
    MethodDef {
        name: "bit_length",
        func: NativeFn::NoArgs(int_bit_length),
        doc: "Number of bits necessary to represent self in binary.",
    },
    MethodDef {
        name: "bit_count",
        func: NativeFn::NoArgs(int_bit_count),
        doc: "Number of ones in the binary representation of the absolute value of self.",
    },
    MethodDef {
        name: "to_bytes",
        func: NativeFn::FastCallKw(int_to_bytes),
        doc: "Return an array of bytes representing an integer.",
    },
    MethodDef {
        name: "as_integer_ratio",
        func: NativeFn::NoArgs(int_as_integer_ratio),
        doc: "Return integer ratio.",
    },
    MethodDef {
        name: "__trunc__",
        func: NativeFn::NoArgs(int_pos),
        doc: "Truncating an Integral returns itself.",
    },
    MethodDef {
        name: "__floor__",
        func: NativeFn::NoArgs(int_pos),
        doc: "Flooring an Integral returns itself.",
    },
    MethodDef {
        name: "__ceil__",
        func: NativeFn::NoArgs(int_pos),
        doc: "Ceiling of an Integral returns itself.",
    },
    MethodDef {
        name: "__round__",
        func: NativeFn::FastCall(int_round),
        doc: "Rounding an Integral returns itself.",
    },
    MethodDef {
        name: "__getnewargs__",
        func: NativeFn::NoArgs(int_getnewargs),
        doc: "",
    },
    MethodDef {
        name: "__format__",
        func: NativeFn::O(int_format),
        doc: "",
    },
    MethodDef {
        name: "__sizeof__",
        func: NativeFn::NoArgs(int_sizeof),
        doc: "Returns size in memory, in bytes.",
    },
    MethodDef {
        name: "__divmod__",
        func: NativeFn::O(int_divmod_method),
        doc: "Return divmod(self, value).",
    },
    MethodDef {
        name: "__rdivmod__",
        func: NativeFn::O(int_rdivmod_method),
        doc: "Return divmod(value, self).",
    },
];

/// `__pow__` and `__rpow__` apart: bool gets both pow methods too, so that its slot wrappers
/// (which take no modulus) do not shadow int's.
static INT_POW_METHODS: [MethodDef; 2] = [
    MethodDef {
        name: "__pow__",
        func: NativeFn::FastCall(int_pow_method),
        doc: "Return pow(self, value, mod).",
    },
    MethodDef {
        name: "__rpow__",
        func: NativeFn::FastCall(int_rpow_method),
        doc: "Return pow(value, self, mod).",
    },
];

static INT_CLASS_METHODS: [MethodDef; 1] = [MethodDef {
    name: "from_bytes",
    func: NativeFn::FastCallKw(int_from_bytes),
    doc: "Return the integer represented by the given array of bytes.",
}];

static INT_GETSETS: [GetSetDef; 4] = [
    GetSetDef {
        name: "real",
        get: int_get_real,
        set: None,
        doc: "the real part of a complex number",
    },
    GetSetDef {
        name: "imag",
        get: int_get_imag,
        set: None,
        doc: "the imaginary part of a complex number",
    },
    GetSetDef {
        name: "numerator",
        get: int_get_real,
        set: None,
        doc: "the numerator of a rational number in lowest terms",
    },
    GetSetDef {
        name: "denominator",
        get: int_get_denominator,
        set: None,
        doc: "the denominator of a rational number in lowest terms",
    },
];

pub fn install(vm: &mut Vm) {
    let t = vm.types.int.clone();
    let s = &tdata(&t).slots;
    s.new.set(Some(int_new));
    s.repr.set(Some(int_repr));
    s.hash.set(Some(int_hash));
    s.richcompare.set(Some(int_richcompare));
    s.bool.set(Some(int_bool));
    let binary: [(BinOp, taipan_object::typeobj::BinarySlot); 12] = [
        (BinOp::Add, int_add),
        (BinOp::Sub, int_sub),
        (BinOp::Mul, int_mul),
        (BinOp::FloorDiv, int_floordiv),
        (BinOp::Mod, int_mod),
        (BinOp::TrueDiv, int_truediv),
        (BinOp::Pow, int_pow),
        (BinOp::LShift, int_lshift),
        (BinOp::RShift, int_rshift),
        (BinOp::And, int_and),
        (BinOp::Or, int_or),
        (BinOp::Xor, int_xor),
    ];
    for (op, f) in binary {
        s.binary[op as usize].set(Some(f));
    }
    s.neg.set(Some(int_neg));
    s.pos.set(Some(int_pos));
    s.abs.set(Some(int_abs));
    s.invert.set(Some(int_invert));
    s.int.set(Some(int_pos));
    s.float.set(Some(int_float));
    s.index.set(Some(int_pos));
    add_methods(vm, &t, &INT_METHODS);
    add_methods(vm, &t, &INT_POW_METHODS);
    add_class_methods(vm, &t, &INT_CLASS_METHODS);
    add_getsets(vm, &t, &INT_GETSETS);
    let b = vm.types.bool_.clone();
    add_methods(vm, &b, &INT_POW_METHODS);
}

#[cfg(test)]
mod tests {
    use super::true_divide;
    use num_bigint::BigInt;

    fn div(a: &str, b: &str) -> Option<f64> {
        true_divide(&a.parse::<BigInt>().unwrap(), &b.parse::<BigInt>().unwrap())
    }

    /// Expected values from CPython 3.11 (`a / b`), including subnormal and
    /// halfway cases that a double rounding would get wrong.
    #[test]
    fn true_divide_rounds_once() {
        assert_eq!(div("1", "3"), Some(1.0 / 3.0));
        assert_eq!(
            div("12345678901234567890", "10"),
            Some(1234567890123456789.0)
        );
        assert_eq!(div("9007199254740993", "1"), Some(9007199254740992.0));
        assert_eq!(div("9007199254740995", "1"), Some(9007199254740996.0));
        assert_eq!(div("-7", "2"), Some(-3.5));
        let p1076: BigInt = BigInt::from(1) << 1076usize;
        assert_eq!(true_divide(&BigInt::from(3), &p1076), Some(5e-324));
        assert_eq!(true_divide(&BigInt::from(1), &p1076), Some(0.0));
        let p1075: BigInt = BigInt::from(1) << 1075usize;
        assert_eq!(true_divide(&BigInt::from(1), &p1075), Some(0.0));
        assert_eq!(true_divide(&BigInt::from(3), &p1075), Some(1e-323));
        let p1024: BigInt = BigInt::from(1) << 1024usize;
        assert_eq!(true_divide(&p1024, &BigInt::from(1)), None);
        assert_eq!(
            true_divide(&p1024, &BigInt::from(2)),
            Some(8.98846567431158e307)
        );
    }
}
