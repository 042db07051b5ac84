//! The `float` type: construction and parsing, arithmetic with CPython's special cases and errors, and methods.

use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;

use taipan_object::call::kw_count;
use taipan_object::class::{add_class_methods, add_getsets, add_methods};
use taipan_object::function::{GetSetDef, MethodDef, NativeFn};
use taipan_object::hash::{hash_f64, hash_pointer};
use taipan_object::number::{float_divmod as divmod_f64, float_mod};
use taipan_object::typeobj::{tdata, BinOp, CompareOp};
use taipan_object::{Obj, ObjRef, Payload, PyErr, PyResult, Value, Vm};

use super::int::{
    ascii_text, bytes_data, cmp_result, float_to_int, index_clipped, int_to_f64, int_val,
    ternary_args, IntVal,
};
use crate::format;
use crate::util::format_error;

/// The value of a float or float subclass instance.
#[inline]
pub fn float_val(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(**f),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    }
}

/// `CONVERT_TO_DOUBLE`: a float operand, or an int converted to float
/// (OverflowError when too large); None for other types (NotImplemented).
#[inline]
pub fn to_f64_operand(vm: &Vm, v: &Value) -> PyResult<Option<f64>> {
    match v {
        Value::Float(f) => Ok(Some(**f)),
        Value::Int(i) => Ok(Some(*i as f64)),
        _ => match int_val(v) {
            Some(iv) => int_to_f64(vm, iv).map(Some),
            None => Ok(float_val(v)),
        },
    }
}

fn self_float(vm: &Vm, v: &Value) -> PyResult<f64> {
    float_val(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'float' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

fn is_exact_float(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Float(_) => true,
        Value::Obj(o) => {
            o.ty.as_ref()
                .is_some_and(|t| Rc::ptr_eq(t, &vm.types.float))
        }
        _ => false,
    }
}

// ----- construction -----

/// `float.__new__`: `float(x=0.0, /)`, then `float_subtype_new` for subclasses.
fn float_new(vm: &mut Vm, cls: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let nkw = kw_count(kwnames);
    let exact = Rc::ptr_eq(cls, &vm.types.float);
    // A subclass with its own __init__ may take keywords (CPython's check).
    let own_init = {
        let init = |t: &ObjRef| tdata(t).slots.init.get().map(|f| f as usize);
        init(cls) != init(&vm.types.float)
    };
    if nkw > 0 && (exact || !own_init) {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    let npos = args.len() - nkw;
    if npos > 1 {
        return Err(vm.type_error(format!("float expected at most 1 argument, got {npos}")));
    }
    let x = match args.first().filter(|_| npos == 1) {
        None => 0.0,
        Some(v) => number_float(vm, v)?,
    };
    if exact {
        return Ok(new_float(vm, x));
    }
    Ok(Value::Obj(Obj::new(cls, Payload::Float(x))))
}

/// A new exact float. A NaN gets a heap object: inline values have no
/// identity, and containers find a NaN only by identity (`n in [n]`).
pub fn new_float(vm: &Vm, x: f64) -> Value {
    if x.is_nan() {
        return Value::Obj(Obj::new(&vm.types.float, Payload::Float(x)));
    }
    Value::float(x)
}

/// `PyNumber_Float`: `float(x)` for one argument.
pub fn number_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(**f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(**b as i64 as f64),
        _ => {}
    }
    let (float_slot, has_index) = {
        let s = &vm.type_data(v).slots;
        (s.float.get(), s.index.get().is_some())
    };
    if let Some(f) = float_slot {
        let r = f(vm, v)?;
        return float_val(&r).ok_or_else(|| {
            vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(v),
                vm.type_name(&r)
            ))
        });
    }
    if has_index {
        let i = vm.index(v)?;
        let Some(iv) = int_val(&i) else {
            return Ok(0.0);
        };
        return int_to_f64(vm, iv);
    }
    if let Some(f) = float_val(v) {
        return Ok(f);
    }
    float_from_string(vm, v)
}

/// `PyFloat_FromString` for str, bytes and bytearray.
fn float_from_string(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    let parsed = if let Some(s) = v.as_obj().and_then(|o| o.as_str()) {
        format::parse_float(s.as_str())
    } else if let Some(b) = bytes_data(v) {
        ascii_text(&b).and_then(format::parse_float)
    } else {
        return Err(vm.type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            vm.type_name(v)
        )));
    };
    match parsed {
        Some(f) => Ok(f),
        None => {
            let r = vm.repr_string(v)?;
            Err(vm.value_error(format!("could not convert string to float: {r}")))
        }
    }
}

// ----- repr, hash, comparison, truth -----

fn float_repr(vm: &mut Vm, v: &Value) -> PyResult {
    let x = self_float(vm, v)?;
    Ok(vm.new_str(format::float_repr(x)))
}

/// `float_hash`: NaN hashes by identity, as in 3.11.
fn float_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let x = self_float(vm, v)?;
    Ok(hash_f64(x).unwrap_or_else(|| hash_pointer(v.id())))
}

/// Exact comparison of a float with an int (no rounding of either); None
/// when `f` is NaN.
pub fn cmp_float_int(f: f64, iv: IntVal) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    const TWO63: f64 = 9223372036854775808.0;
    match iv {
        IntVal::Small(n) => {
            if n.unsigned_abs() < (1 << 53) {
                return f.partial_cmp(&(n as f64));
            }
            if f >= TWO63 {
                return Some(Ordering::Greater);
            }
            if f < -TWO63 {
                return Some(Ordering::Less);
            }
            let fl = f.floor();
            Some(match (fl as i64).cmp(&n) {
                Ordering::Equal if f > fl => Ordering::Greater,
                o => o,
            })
        }
        IntVal::Big(b) => {
            let fl = f.floor();
            let fb = format::float_to_bigint(fl).unwrap_or_default();
            Some(match fb.cmp(b) {
                Ordering::Equal if f > fl => Ordering::Greater,
                o => o,
            })
        }
    }
}

/// `float_richcompare`: floats, and ints compared exactly.
fn float_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let Some(x) = float_val(a) else {
        return Ok(vm.not_implemented.clone());
    };
    let ord = if let Some(y) = float_val(b) {
        x.partial_cmp(&y)
    } else if let Some(iv) = int_val(b) {
        cmp_float_int(x, iv)
    } else {
        return Ok(vm.not_implemented.clone());
    };
    Ok(Value::bool(match ord {
        Some(o) => cmp_result(o, op),
        None => op == CompareOp::Ne,
    }))
}

fn float_bool(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(self_float(vm, v)? != 0.0)
}

// ----- arithmetic -----

macro_rules! operands {
    ($vm:ident, $a:ident, $b:ident) => {
        match (to_f64_operand($vm, $a)?, to_f64_operand($vm, $b)?) {
            (Some(x), Some(y)) => (x, y),
            _ => return Ok($vm.not_implemented.clone()),
        }
    };
}

fn float_add(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    Ok(Value::float(x + y))
}

fn float_sub(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    Ok(Value::float(x - y))
}

fn float_mul(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    Ok(Value::float(x * y))
}

fn float_truediv(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    if y == 0.0 {
        return Err(vm.zero_division_error("float division by zero"));
    }
    Ok(Value::float(x / y))
}

fn float_floordiv(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    match divmod_f64(x, y) {
        Some((q, _)) => Ok(Value::float(q)),
        None => Err(vm.zero_division_error("float floor division by zero")),
    }
}

fn float_rem(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    match float_mod(x, y) {
        Some(m) => Ok(Value::float(m)),
        None => Err(vm.zero_division_error("float modulo")),
    }
}

/// `float_divmod`: `divmod(a, b)` when either is a float; NotImplemented for
/// operands that are not ints or floats.
pub fn float_divmod(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    match divmod_f64(x, y) {
        Some((q, m)) => Ok(vm.new_tuple(vec![Value::float(q), Value::float(m)])),
        None => Err(vm.zero_division_error("float divmod()")),
    }
}

/// `DOUBLE_IS_ODD_INTEGER`.
fn is_odd_integer(x: f64) -> bool {
    (x.abs() % 2.0) == 1.0
}

/// `float_pow` on two doubles: CPython's special cases, a complex result for a
/// negative base and fractional exponent, OverflowError on overflow.
pub fn float_pow_values(vm: &mut Vm, iv: f64, iw: f64) -> PyResult {
    if iw == 0.0 {
        return Ok(Value::float(1.0));
    }
    if iv.is_nan() {
        return Ok(Value::float(iv));
    }
    if iw.is_nan() {
        return Ok(Value::float(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return Ok(Value::float(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            iw.abs()
        } else {
            0.0
        }));
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(Value::float(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        }));
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(vm.zero_division_error("0.0 cannot be raised to a negative power"));
        }
        return Ok(Value::float(if is_odd_integer(iw) { iv } else { 0.0 }));
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return super::complex::complex_pow_values(vm, (iv, 0.0), (iw, 0.0));
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(Value::float(if negate { -1.0 } else { 1.0 }));
    }
    let ix = base.powf(iw);
    if ix.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(Value::float(if negate { -ix } else { ix }))
}

/// `PyErr_SetFromErrno(OverflowError)` for ERANGE: the args are (34, message).
fn range_error(vm: &Vm) -> PyErr {
    let msg = vm.new_str("Numerical result out of range");
    PyErr(vm.new_exception(&vm.exc.overflow_error, vec![Value::Int(34), msg]))
}

fn float_pow(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    float_pow_values(vm, x, y)
}

/// `float_pow` with a modulus: NotImplemented unless both operands are ints
/// or floats, then CPython's TypeError (a None modulus is plain `**`).
pub fn float_pow3(vm: &mut Vm, a: &Value, b: &Value, m: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    if !m.is_none() {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    float_pow_values(vm, x, y)
}

// ----- unary slots -----

fn float_neg(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::float(-self_float(vm, v)?))
}

fn float_pos(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::float(self_float(vm, v)?))
}

fn float_abs(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::float(self_float(vm, v)?.abs()))
}

/// `float___trunc___impl`, also `int(x)`.
fn float_trunc(vm: &mut Vm, v: &Value) -> PyResult {
    let x = self_float(vm, v)?;
    float_to_int(vm, x)
}

// ----- methods -----

fn float_floor(vm: &mut Vm, v: &Value) -> PyResult {
    let x = self_float(vm, v)?;
    float_to_int(vm, x.floor())
}

fn float_ceil(vm: &mut Vm, v: &Value) -> PyResult {
    let x = self_float(vm, v)?;
    float_to_int(vm, x.ceil())
}

fn float_is_integer(vm: &mut Vm, v: &Value) -> PyResult {
    let x = self_float(vm, v)?;
    Ok(Value::bool(x.is_finite() && x.fract() == 0.0))
}

/// `float.as_integer_ratio`: the exact fraction, in lowest terms.
fn float_as_integer_ratio(vm: &mut Vm, v: &Value) -> PyResult {
    let x = self_float(vm, v)?;
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if x == 0.0 {
        return Ok(vm.new_tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    let bits = x.abs().to_bits();
    let biased = (bits >> 52) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), biased - 1075)
    };
    let (num, den) = if e >= 0 {
        (BigInt::from(m) << e as usize, BigInt::from(1))
    } else {
        let tz = (m.trailing_zeros() as i64).min(-e);
        (BigInt::from(m >> tz), BigInt::from(1) << (-e - tz) as usize)
    };
    let num = if x < 0.0 { -num } else { num };
    Ok(vm.new_tuple(vec![vm.new_int(num), vm.new_int(den)]))
}

fn float_hex(vm: &mut Vm, v: &Value) -> PyResult {
    let x = self_float(vm, v)?;
    Ok(vm.new_str(format::float_hex(x)))
}

/// `float.__round__(ndigits=None)`: an int without ndigits (half to even), else a float.
fn float_round(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "__round__ expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let x = self_float(vm, v)?;
    match args.first() {
        None | Some(Value::None) => match format::round_float_to_int(x) {
            Ok(b) => Ok(vm.new_int(b)),
            Err(e) => Err(format_error(vm, e)),
        },
        Some(nd) => {
            let n = index_clipped(vm, nd)?;
            format::round_float(x, n)
                .map(Value::float)
                .map_err(|e| format_error(vm, e))
        }
    }
}

fn float_getnewargs(vm: &mut Vm, v: &Value) -> PyResult {
    let x = self_float(vm, v)?;
    Ok(vm.new_tuple(vec![Value::float(x)]))
}

fn float_sizeof(_vm: &mut Vm, _v: &Value) -> PyResult {
    Ok(Value::Int(24))
}

fn float_format(vm: &mut Vm, v: &Value, spec: &Value) -> PyResult {
    let Some(spec) = spec.as_obj().and_then(|o| o.as_str()) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(spec)
        )));
    };
    let spec = spec.as_str().to_string();
    let exact = is_exact_float(vm, v);
    if spec.is_empty() && !exact {
        return vm.str(v).map(Value::Obj);
    }
    let x = self_float(vm, v)?;
    let r = if exact {
        format::format_float_spec(x, &spec)
    } else {
        let tn = vm.type_name(v);
        format::parse_format_spec(&spec, &tn).and_then(|fs| format::format_float(x, &fs, &tn))
    };
    r.map(|s| vm.new_str(s)).map_err(|e| format_error(vm, e))
}

fn float_divmod_method(vm: &mut Vm, v: &Value, other: &Value) -> PyResult {
    float_divmod(vm, v, other)
}

fn float_rdivmod_method(vm: &mut Vm, v: &Value, other: &Value) -> PyResult {
    float_divmod(vm, other, v)
}

fn float_pow_method(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    let (o, m) = ternary_args(vm, args)?;
    float_pow3(vm, v, &o, &m)
}

fn float_rpow_method(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    let (o, m) = ternary_args(vm, args)?;
    float_pow3(vm, &o, v, &m)
}

/// `float.fromhex(string)` (a class method): subclasses are called with the value.
fn float_fromhex(vm: &mut Vm, cls: &Value, s: &Value) -> PyResult {
    let Some(text) = s.as_obj().and_then(|o| o.as_str()) else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let x = format::float_fromhex(text.as_str()).map_err(|e| format_error(vm, e))?;
    if cls.as_obj().is_some_and(|c| Rc::ptr_eq(c, &vm.types.float)) {
        return Ok(new_float(vm, x));
    }
    vm.call(cls, &[Value::float(x)], None)
}

/// `float.__getformat__(typestr)` (a class method).
fn float_getformat(vm: &mut Vm, _cls: &Value, s: &Value) -> PyResult {
    match s.as_obj().and_then(|o| o.as_str()).map(|s| s.as_str()) {
        Some("double") | Some("float") => Ok(vm.new_str("IEEE, little-endian")),
        Some(_) => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        None => Err(vm.type_error(format!(
            "__getformat__() argument must be str, not {}",
            vm.type_name(s)
        ))),
    }
}

fn float_get_real(vm: &mut Vm, v: &Value) -> PyResult {
    float_pos(vm, v)
}

fn float_get_imag(_vm: &mut Vm, _v: &Value) -> PyResult {
    Ok(Value::float(0.0))
}

static FLOAT_METHODS: [MethodDef; 15] = [
    MethodDef {
        name: "conjugate",
        func: NativeFn::NoArgs(float_pos),
        doc: "Return self, the complex conjugate of any float.",
    },
    MethodDef {
        name: "is_integer",
        func: NativeFn::NoArgs(float_is_integer),
        doc: "Return True if the float is an integer.",
    },
    MethodDef {
        name: "as_integer_ratio",
        func: NativeFn::NoArgs(float_as_integer_ratio),
        doc: "Return integer ratio.",
    },
    MethodDef {
        name: "hex",
        func: NativeFn::NoArgs(float_hex),
        doc: "Return a hexadecimal representation of a floating-point number.",
    },
    MethodDef {
        name: "__trunc__",
        func: NativeFn::NoArgs(float_trunc),
        doc: "Return the Integral closest to x between 0 and x.",
    },
    MethodDef {
        name: "__floor__",
        func: NativeFn::NoArgs(float_floor),
        doc: "Return the floor as an Integral.",
    },
    MethodDef {
        name: "__ceil__",
        func: NativeFn::NoArgs(float_ceil),
        doc: "Return the ceiling as an Integral.",
    },
    MethodDef {
        name: "__round__",
        func: NativeFn::FastCall(float_round),
        doc: "Return the Integral closest to x, rounding half toward even.",
    },
    MethodDef {
        name: "__getnewargs__",
        func: NativeFn::NoArgs(float_getnewargs),
        doc: "",
    },
    MethodDef {
        name: "__format__",
        func: NativeFn::O(float_format),
        doc: "Formats the float according to format_spec.",
    },
    MethodDef {
        name: "__sizeof__",
        func: NativeFn::NoArgs(float_sizeof),
        doc: "",
    },
    MethodDef {
        name: "__divmod__",
        func: NativeFn::O(float_divmod_method),
        doc: "Return divmod(self, value).",
    },
    MethodDef {
        name: "__rdivmod__",
        func: NativeFn::O(float_rdivmod_method),
        doc: "Return divmod(value, self).",
    },
    MethodDef {
        name: "__pow__",
        func: NativeFn::FastCall(float_pow_method),
        doc: "Return pow(self, value, mod).",
    },
    MethodDef {
        name: "__rpow__",
        func: NativeFn::FastCall(float_rpow_method),
        doc: "Return pow(value, self, mod).",
    },
];

static FLOAT_CLASS_METHODS: [MethodDef; 2] = [
    MethodDef {
        name: "fromhex",
        func: NativeFn::O(float_fromhex),
        doc: "Create a floating-point number from a hexadecimal string.",
    },
    MethodDef {
        name: "__getformat__",
        func: NativeFn::O(float_getformat),
        doc: "",
    },
];

static FLOAT_GETSETS: [GetSetDef; 2] = [
    GetSetDef {
        name: "real",
        get: float_get_real,
        set: None,
        doc: "the real part of a complex number",
    },
    GetSetDef {
        name: "imag",
        get: float_get_imag,
        set: None,
        doc: "the imaginary part of a complex number",
    },
];

pub fn install(vm: &mut Vm) {
    let t = vm.types.float.clone();
    let s = &tdata(&t).slots;
    s.new.set(Some(float_new));
    s.repr.set(Some(float_repr));
    s.hash.set(Some(float_hash));
    s.richcompare.set(Some(float_richcompare));
    s.bool.set(Some(float_bool));
    let binary: [(BinOp, taipan_object::typeobj::BinarySlot); 7] = [
        (BinOp::Add, float_add),
        (BinOp::Sub, float_sub),
        (BinOp::Mul, float_mul),
        (BinOp::TrueDiv, float_truediv),
        (BinOp::FloorDiv, float_floordiv),
        (BinOp::Mod, float_rem),
        (BinOp::Pow, float_pow),
    ];
    for (op, f) in binary {
        s.binary[op as usize].set(Some(f));
    }
    s.neg.set(Some(float_neg));
    s.pos.set(Some(float_pos));
    s.abs.set(Some(float_abs));
    s.int.set(Some(float_trunc));
    s.float.set(Some(float_pos));
    add_methods(vm, &t, &FLOAT_METHODS);
    add_class_methods(vm, &t, &FLOAT_CLASS_METHODS);
    add_getsets(vm, &t, &FLOAT_GETSETS);
}
