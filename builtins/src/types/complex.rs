//! The `complex` type: construction and parsing, arithmetic with CPython's division and power algorithms, hash and methods.

use std::rc::Rc;

use taipan_object::class::{add_getsets, add_methods};
use taipan_object::function::{GetSetDef, MethodDef, NativeFn};
use taipan_object::hash::{hash_f64, hash_pointer};
use taipan_object::slotdefs::call_dunder;
use taipan_object::typeobj::{tdata, BinOp, CompareOp};
use taipan_object::{Obj, ObjRef, Payload, PyResult, Value, Vm};

use super::float::{cmp_float_int, float_val, number_float};
use super::int::{cmp_result, int_to_f64, int_val, ternary_args, unpack_keywords, Params};
use crate::format;
use crate::util::format_error;

/// A complex number as (real, imag), like `Py_complex`.
pub type C64 = (f64, f64);

/// The value of a complex or complex subclass instance.
#[inline]
pub fn complex_val(v: &Value) -> Option<C64> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Complex(re, im)) => Some((*re, *im)),
        _ => None,
    }
}

/// `TO_COMPLEX`: a complex operand, or an int or float as a real one; None for
/// other types (NotImplemented). Ints too large for a float raise OverflowError.
pub fn to_complex(vm: &Vm, v: &Value) -> PyResult<Option<C64>> {
    if let Some(c) = complex_val(v) {
        return Ok(Some(c));
    }
    if let Some(f) = float_val(v) {
        return Ok(Some((f, 0.0)));
    }
    match int_val(v) {
        Some(iv) => Ok(Some((int_to_f64(vm, iv)?, 0.0))),
        None => Ok(None),
    }
}

/// A new exact complex.
pub fn new_complex(vm: &Vm, c: C64) -> Value {
    Value::Obj(Obj::new(&vm.types.complex, Payload::Complex(c.0, c.1)))
}

fn self_complex(vm: &Vm, v: &Value) -> PyResult<C64> {
    complex_val(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'complex' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

fn is_exact_complex(vm: &Vm, v: &Value) -> bool {
    v.as_obj().is_some_and(|o| {
        matches!(o.payload, Payload::Complex(..))
            && o.ty
                .as_ref()
                .is_some_and(|t| Rc::ptr_eq(t, &vm.types.complex))
    })
}

// ----- construction -----

/// Whether `v` passes `complex()`'s "is a number" test (`nb_float` or `nb_index`).
fn is_number(vm: &Vm, v: &Value) -> bool {
    if complex_val(v).is_some() {
        return true;
    }
    let s = &vm.type_data(v).slots;
    s.float.get().is_some() || s.index.get().is_some()
}

static COMPLEX_PARAMS: Params = Params {
    names: &["real", "imag"],
    posonly: 0,
    maxpos: 2,
    minpos: 0,
};

/// `complex.__new__`: `complex_new_impl` (real=0, imag=0).
fn complex_new(vm: &mut Vm, cls: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let (r, i) = if kwnames.is_none() && args.len() <= 2 {
        (args.first().cloned(), args.get(1).cloned())
    } else {
        let mut a = unpack_keywords(vm, "complex", args, kwnames, &COMPLEX_PARAMS)?;
        let i = a.pop().flatten();
        (a.pop().flatten(), i)
    };
    let exact = Rc::ptr_eq(cls, &vm.types.complex);
    let make = |vm: &Vm, c: C64| -> Value {
        if exact {
            new_complex(vm, c)
        } else {
            Value::Obj(Obj::new(cls, Payload::Complex(c.0, c.1)))
        }
    };
    let mut r = r.unwrap_or(Value::Int(0));
    if i.is_none() && exact && is_exact_complex(vm, &r) {
        return Ok(r);
    }
    if let Some(s) = r.as_obj().and_then(|o| o.as_str()) {
        if i.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match format::parse_complex(s.as_str()) {
            Some(c) => Ok(make(vm, c)),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    if i.as_ref()
        .is_some_and(|v| v.as_obj().and_then(|o| o.as_str()).is_some())
    {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    if let Some(c) = call_dunder(vm, &r, "__complex__", &[])? {
        if complex_val(&c).is_none() {
            return Err(vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                vm.type_name(&c)
            )));
        }
        r = c;
    }
    if !is_number(vm, &r) {
        return Err(vm.type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            vm.type_name(&r)
        )));
    }
    if let Some(iv) = &i {
        if !is_number(vm, iv) {
            return Err(vm.type_error(format!(
                "complex() second argument must be a number, not '{}'",
                vm.type_name(iv)
            )));
        }
    }
    let (mut cr, cr_is_complex) = match complex_val(&r) {
        Some(c) => (c, true),
        None => ((number_float(vm, &r)?, 0.0), false),
    };
    let (mut ci, ci_is_complex) = match &i {
        None => ((cr.1, 0.0), false),
        Some(iv) => match complex_val(iv) {
            Some(c) => (c, true),
            None => ((number_float(vm, iv)?, 0.0), false),
        },
    };
    // Canonical inputs have zero imaginary parts; fold in the ones that do not.
    if ci_is_complex {
        cr.0 -= ci.1;
    }
    if cr_is_complex && i.is_some() {
        ci.0 += cr.1;
    }
    Ok(make(vm, (cr.0, ci.0)))
}

// ----- repr, hash, comparison, truth -----

fn complex_repr(vm: &mut Vm, v: &Value) -> PyResult {
    let (re, im) = self_complex(vm, v)?;
    Ok(vm.new_str(format::complex_repr(re, im)))
}

/// `complex_hash`: hash(real) + 1000003 * hash(imag), NaN parts by identity.
fn complex_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let (re, im) = self_complex(vm, v)?;
    let h = |x: f64| hash_f64(x).unwrap_or_else(|| hash_pointer(v.id())) as u64;
    let combined = h(re).wrapping_add(1000003u64.wrapping_mul(h(im))) as i64;
    Ok(if combined == -1 { -2 } else { combined })
}

/// `complex_richcompare`: only `==` and `!=`; ints compare exactly.
fn complex_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult {
    if op != CompareOp::Eq && op != CompareOp::Ne {
        return Ok(vm.not_implemented.clone());
    }
    let Some((re, im)) = complex_val(a) else {
        return Ok(vm.not_implemented.clone());
    };
    let equal = if let Some(iv) = int_val(b) {
        if im != 0.0 {
            false
        } else {
            return Ok(Value::bool(match cmp_float_int(re, iv) {
                Some(o) => cmp_result(o, op),
                None => op == CompareOp::Ne,
            }));
        }
    } else if let Some(f) = float_val(b) {
        re == f && im == 0.0
    } else if let Some((bre, bim)) = complex_val(b) {
        re == bre && im == bim
    } else {
        return Ok(vm.not_implemented.clone());
    };
    Ok(Value::bool(equal == (op == CompareOp::Eq)))
}

fn complex_bool(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    let (re, im) = self_complex(vm, v)?;
    Ok(re != 0.0 || im != 0.0)
}

// ----- arithmetic -----

/// `_Py_c_prod`.
fn c_prod(a: C64, b: C64) -> C64 {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot` (Smith's algorithm); None where C sets EDOM (division by zero).
fn c_quot(a: C64, b: C64) -> Option<C64> {
    let abs_breal = b.0.abs();
    let abs_bimag = b.1.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bimag >= abs_breal {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // At least one of b's parts is a NaN.
        Some((f64::NAN, f64::NAN))
    }
}

/// `c_powu`: x**n by repeated squaring.
fn c_powu(x: C64, n: i64) -> C64 {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// `c_powi`; None for EDOM (zero to a negative power).
fn c_powi(x: C64, n: i64) -> Option<C64> {
    if n > 0 {
        Some(c_powu(x, n))
    } else {
        c_quot((1.0, 0.0), c_powu(x, -n))
    }
}

/// `_Py_c_pow`; None for EDOM.
fn c_pow(a: C64, b: C64) -> Option<C64> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Some((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        return Some((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    // libm's cos and sin set EDOM for an infinite argument.
    if phase.is_infinite() {
        return None;
    }
    Some((len * phase.cos(), len * phase.sin()))
}

/// `complex_pow` without a modulus: the integer fast path for small integral
/// exponents, `_Py_c_pow` otherwise, and CPython's errors.
pub fn complex_pow_values(vm: &mut Vm, a: C64, b: C64) -> PyResult {
    let p = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        c_powi(a, b.0 as i64)
    } else {
        c_pow(a, b)
    };
    let Some(p) = p else {
        return Err(vm.zero_division_error("0.0 to a negative or complex power"));
    };
    if p.0.is_infinite() || p.1.is_infinite() {
        return Err(vm.overflow_error("complex exponentiation"));
    }
    Ok(new_complex(vm, p))
}

macro_rules! operands {
    ($vm:ident, $a:ident, $b:ident) => {
        match (to_complex($vm, $a)?, to_complex($vm, $b)?) {
            (Some(x), Some(y)) => (x, y),
            _ => return Ok($vm.not_implemented.clone()),
        }
    };
}

fn complex_add(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    Ok(new_complex(vm, (x.0 + y.0, x.1 + y.1)))
}

fn complex_sub(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    Ok(new_complex(vm, (x.0 - y.0, x.1 - y.1)))
}

fn complex_mul(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    Ok(new_complex(vm, c_prod(x, y)))
}

fn complex_div(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    match c_quot(x, y) {
        Some(q) => Ok(new_complex(vm, q)),
        None => Err(vm.zero_division_error("complex division by zero")),
    }
}

fn complex_pow(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    complex_pow_values(vm, x, y)
}

/// `complex_pow` with a modulus: NotImplemented unless both operands are
/// numbers, then "complex modulo" (a None modulus is plain `**`).
pub fn complex_pow3(vm: &mut Vm, a: &Value, b: &Value, m: &Value) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    if !m.is_none() {
        return Err(vm.value_error("complex modulo"));
    }
    complex_pow_values(vm, x, y)
}

// ----- unary slots -----

fn complex_neg(vm: &mut Vm, v: &Value) -> PyResult {
    let (re, im) = self_complex(vm, v)?;
    Ok(new_complex(vm, (-re, -im)))
}

fn complex_pos(vm: &mut Vm, v: &Value) -> PyResult {
    if is_exact_complex(vm, v) {
        return Ok(v.clone());
    }
    let c = self_complex(vm, v)?;
    Ok(new_complex(vm, c))
}

/// `complex_abs` (`_Py_c_abs`): C99's rules for infinities and NaNs.
fn complex_abs(vm: &mut Vm, v: &Value) -> PyResult {
    let (re, im) = self_complex(vm, v)?;
    if !re.is_finite() || !im.is_finite() {
        if re.is_infinite() {
            return Ok(Value::float(re.abs()));
        }
        if im.is_infinite() {
            return Ok(Value::float(im.abs()));
        }
        return Ok(Value::float(f64::NAN));
    }
    let r = re.hypot(im);
    if !r.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(Value::float(r))
}

// ----- methods -----

fn complex_conjugate(vm: &mut Vm, v: &Value) -> PyResult {
    let (re, im) = self_complex(vm, v)?;
    Ok(new_complex(vm, (re, -im)))
}

fn complex_getnewargs(vm: &mut Vm, v: &Value) -> PyResult {
    let (re, im) = self_complex(vm, v)?;
    Ok(vm.new_tuple(vec![Value::float(re), Value::float(im)]))
}

fn complex_sizeof(_vm: &mut Vm, _v: &Value) -> PyResult {
    Ok(Value::Int(32))
}

fn complex_format(vm: &mut Vm, v: &Value, spec: &Value) -> PyResult {
    let Some(spec) = spec.as_obj().and_then(|o| o.as_str()) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(spec)
        )));
    };
    let spec = spec.as_str().to_string();
    let exact = is_exact_complex(vm, v);
    if spec.is_empty() && !exact {
        return vm.str(v).map(Value::Obj);
    }
    let (re, im) = self_complex(vm, v)?;
    let r = if exact {
        format::format_complex_spec(re, im, &spec)
    } else {
        let tn = vm.type_name(v);
        format::parse_format_spec(&spec, &tn)
            .and_then(|fs| format::format_complex(re, im, &fs, &tn))
    };
    r.map(|s| vm.new_str(s)).map_err(|e| format_error(vm, e))
}

fn complex_pow_method(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    let (o, m) = ternary_args(vm, args)?;
    complex_pow3(vm, v, &o, &m)
}

fn complex_rpow_method(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    let (o, m) = ternary_args(vm, args)?;
    complex_pow3(vm, &o, v, &m)
}

fn complex_get_real(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::float(self_complex(vm, v)?.0))
}

fn complex_get_imag(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::float(self_complex(vm, v)?.1))
}

static COMPLEX_METHODS: [MethodDef; 7] = [
    MethodDef {
        name: "conjugate",
        func: NativeFn::NoArgs(complex_conjugate),
        doc: "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j.",
    },
    MethodDef {
        name: "__getnewargs__",
        func: NativeFn::NoArgs(complex_getnewargs),
        doc: "",
    },
    MethodDef {
        name: "__format__",
        func: NativeFn::O(complex_format),
        doc: "Convert to a string according to format_spec.",
    },
    MethodDef {
        name: "__complex__",
        func: NativeFn::NoArgs(complex_pos),
        doc: "Convert this value to exact type complex.",
    },
    MethodDef {
        name: "__sizeof__",
        func: NativeFn::NoArgs(complex_sizeof),
        doc: "",
    },
    MethodDef {
        name: "__pow__",
        func: NativeFn::FastCall(complex_pow_method),
        doc: "Return pow(self, value, mod).",
    },
    MethodDef {
        name: "__rpow__",
        func: NativeFn::FastCall(complex_rpow_method),
        doc: "Return pow(value, self, mod).",
    },
];

static COMPLEX_GETSETS: [GetSetDef; 2] = [
    GetSetDef {
        name: "real",
        get: complex_get_real,
        set: None,
        doc: "the real part of a complex number",
    },
    GetSetDef {
        name: "imag",
        get: complex_get_imag,
        set: None,
        doc: "the imaginary part of a complex number",
    },
];

pub fn install(vm: &mut Vm) {
    let t = vm.types.complex.clone();
    let s = &tdata(&t).slots;
    s.new.set(Some(complex_new));
    s.repr.set(Some(complex_repr));
    s.hash.set(Some(complex_hash));
    s.richcompare.set(Some(complex_richcompare));
    s.bool.set(Some(complex_bool));
    let binary: [(BinOp, taipan_object::typeobj::BinarySlot); 5] = [
        (BinOp::Add, complex_add),
        (BinOp::Sub, complex_sub),
        (BinOp::Mul, complex_mul),
        (BinOp::TrueDiv, complex_div),
        (BinOp::Pow, complex_pow),
    ];
    for (op, f) in binary {
        s.binary[op as usize].set(Some(f));
    }
    s.neg.set(Some(complex_neg));
    s.pos.set(Some(complex_pos));
    s.abs.set(Some(complex_abs));
    add_methods(vm, &t, &COMPLEX_METHODS);
    add_getsets(vm, &t, &COMPLEX_GETSETS);
}
