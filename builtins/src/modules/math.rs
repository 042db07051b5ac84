//! The `math` module (native), following CPython 3.11's mathmodule.c: the same
//! argument conversions, special values, algorithms and error messages.

pub(crate) mod libm;

use libm::MathErr;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use taipan_object::call::Args;
use taipan_object::function::{MethodDef, NativeFn};
use taipan_object::slotdefs::call_dunder;
use taipan_object::{BinOp, ObjRef, Payload, PyErr, PyResult, Value, Vm};

use crate::types::float::float_val;
use crate::types::int::{float_to_int, int_val, IntVal};

// ----- errors and argument conversion shared with `cmath` -----

pub(crate) fn domain_error(vm: &Vm) -> PyErr {
    vm.value_error("math domain error")
}

pub(crate) fn range_error(vm: &Vm) -> PyErr {
    vm.overflow_error("math range error")
}

fn math_err(vm: &Vm, e: MathErr) -> PyErr {
    match e {
        MathErr::Domain => domain_error(vm),
        MathErr::Range => range_error(vm),
    }
}

/// A BigInt as a float, correctly rounded, with CPython's overflow error.
fn big_to_f64(vm: &Vm, b: &BigInt) -> PyResult<f64> {
    crate::format::bigint_to_f64(b)
        .ok_or_else(|| vm.overflow_error("int too large to convert to float"))
}

/// Like `PyFloat_AsDouble`: floats (subclasses included) directly, then
/// `__float__`, then `__index__`, else "must be real number, not X".
pub(crate) fn as_double(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(**f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(**b as i64 as f64),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => return Ok(*f),
            Payload::Int(b)
                if o.ty
                    .as_ref()
                    .is_some_and(|t| std::rc::Rc::ptr_eq(t, &vm.types.int)) =>
            {
                return big_to_f64(vm, b);
            }
            _ => {}
        },
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
        return match int_val(&i) {
            Some(IntVal::Small(i)) => Ok(i as f64),
            Some(IntVal::Big(b)) => big_to_f64(vm, b),
            None => Ok(0.0),
        };
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

/// `PyNumber_Index` as a BigInt.
fn index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let i = vm.index(v)?;
    Ok(match int_val(&i) {
        Some(iv) => iv.big().into_owned(),
        None => BigInt::zero(),
    })
}

/// `_PyArg_CheckPositional`'s errors ("pow expected 2 arguments, got 1").
pub(crate) fn check_positional(
    vm: &Vm,
    name: &str,
    n: usize,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let (bound, word) = if n < min {
        (min, "at least ")
    } else if n > max {
        (max, "at most ")
    } else {
        return Ok(());
    };
    Err(vm.type_error(format!(
        "{name} expected {}{bound} argument{}, got {n}",
        if min == max { "" } else { word },
        if bound == 1 { "" } else { "s" }
    )))
}

/// Like `_PyArg_UnpackKeywords` (Argument Clinic's keyword parsing): the
/// first `posonly` of `names` are positional-only, the first `minpos`
/// required, and those from `maxpos` on keyword-only.
#[allow(clippy::too_many_arguments)]
pub(crate) fn unpack_keywords(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kwnames: Option<&ObjRef>,
    names: &[&str],
    posonly: usize,
    minpos: usize,
    maxpos: usize,
) -> PyResult<Vec<Option<Value>>> {
    let a = Args::new(args, kwnames);
    let (nargs, nkw, maxargs) = (a.pos.len(), a.kwnames.len(), names.len());
    if nargs + nkw > maxargs {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {maxargs} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            if maxargs == 1 { "" } else { "s" },
            nargs + nkw
        )));
    }
    if nargs > maxpos {
        if maxpos == 0 {
            return Err(vm.type_error(format!("{fname}() takes no positional arguments")));
        }
        return Err(vm.type_error(format!(
            "{fname}() takes {} {maxpos} positional argument{} ({nargs} given)",
            if minpos < maxpos {
                "at most"
            } else {
                "exactly"
            },
            if maxpos == 1 { "" } else { "s" }
        )));
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
            if minposonly == 1 { "" } else { "s" }
        )));
    }
    let kw_name = |k: &Value| -> String {
        k.as_obj()
            .and_then(|o| o.as_str())
            .map(|s| s.as_str().to_string())
            .unwrap_or_default()
    };
    let mut out: Vec<Option<Value>> = vec![None; maxargs];
    for (i, v) in a.pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    let mut used = 0;
    for i in nargs.max(posonly)..maxargs {
        if let Some(v) = a.kw(names[i]) {
            out[i] = Some(v.clone());
            used += 1;
        } else if i < minpos {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    if used < nkw {
        for (i, name) in names.iter().enumerate().take(nargs).skip(posonly) {
            if a.kw(name).is_some() {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
        }
        for k in a.kwnames {
            let k = kw_name(k);
            if !names[posonly..].contains(&k.as_str()) {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    Ok(out)
}

// ----- wrappers of libm functions (math_1, math_2) -----

/// `math_1`: a nan from a non-nan is a domain error; an infinity from a
/// finite value is an overflow when `can_overflow`, else a domain error.
fn math_1(vm: &mut Vm, arg: &Value, f: fn(f64) -> f64, can_overflow: bool) -> PyResult {
    let x = as_double(vm, arg)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(Value::float(r))
}

/// `math_1a` for kernels that report their own errors.
fn math_1a(vm: &mut Vm, arg: &Value, f: fn(f64) -> Result<f64, MathErr>) -> PyResult {
    let x = as_double(vm, arg)?;
    match f(x) {
        Ok(r) => Ok(Value::float(r)),
        Err(e) => Err(math_err(vm, e)),
    }
}

/// `math_2`: like `math_1` for two arguments (an infinity from finite ones
/// is always an overflow).
fn math_2(vm: &mut Vm, name: &str, args: &[Value], f: fn(f64, f64) -> f64) -> PyResult {
    check_positional(vm, name, args.len(), 2, 2)?;
    let x = as_double(vm, &args[0])?;
    let y = as_double(vm, &args[1])?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::float(r))
}

macro_rules! unary_functions {
    ($($name:ident => $f:expr, $ovf:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, _m: &Value, x: &Value) -> PyResult {
                math_1(vm, x, $f, $ovf)
            }
        )*
    };
}

unary_functions! {
    math_acos => f64::acos, false;
    math_acosh => libm::acosh, false;
    math_asin => f64::asin, false;
    math_asinh => libm::asinh, false;
    math_atan => f64::atan, false;
    math_atanh => libm::atanh, false;
    math_cbrt => libm::cbrt, false;
    math_cos => f64::cos, false;
    math_cosh => f64::cosh, true;
    math_exp => f64::exp, true;
    math_exp2 => f64::exp2, true;
    math_expm1 => f64::exp_m1, true;
    math_fabs => f64::abs, false;
    math_log1p => |x: f64| if x == 0.0 { x } else { x.ln_1p() }, false;
    math_sin => f64::sin, false;
    math_sinh => f64::sinh, true;
    math_sqrt => f64::sqrt, false;
    math_tan => f64::tan, false;
    math_tanh => f64::tanh, false;
}

fn math_erf(vm: &mut Vm, _m: &Value, x: &Value) -> PyResult {
    math_1a(vm, x, |x| Ok(libm::erf(x)))
}
fn math_erfc(vm: &mut Vm, _m: &Value, x: &Value) -> PyResult {
    math_1a(vm, x, |x| Ok(libm::erfc(x)))
}
fn math_gamma(vm: &mut Vm, _m: &Value, x: &Value) -> PyResult {
    math_1a(vm, x, libm::tgamma)
}
fn math_lgamma(vm: &mut Vm, _m: &Value, x: &Value) -> PyResult {
    math_1a(vm, x, libm::lgamma)
}

fn math_atan2(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    math_2(vm, "atan2", args, libm::atan2)
}
fn math_copysign(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    math_2(vm, "copysign", args, f64::copysign)
}
fn math_remainder(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    math_2(vm, "remainder", args, libm::remainder)
}

/// Two float arguments, for the clinic functions with their own error rules.
fn two_doubles(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<(f64, f64)> {
    check_positional(vm, name, args.len(), 2, 2)?;
    let x = as_double(vm, &args[0])?;
    let y = as_double(vm, &args[1])?;
    Ok((x, y))
}

fn math_fmod(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    let (x, y) = two_doubles(vm, "fmod", args)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::float(r))
}

/// `math_pow_impl`: IEEE special values first, then libm's pow.
fn math_pow(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    let (x, y) = two_doubles(vm, "pow", args)?;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() {
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 {
                domain_error(vm)
            } else {
                range_error(vm)
            });
        }
        r
    };
    Ok(Value::float(r))
}

fn math_nextafter(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    let (x, y) = two_doubles(vm, "nextafter", args)?;
    Ok(Value::float(libm::nextafter(x, y)))
}

fn math_ulp(vm: &mut Vm, _m: &Value, x: &Value) -> PyResult {
    let x = as_double(vm, x)?;
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::float(x));
    }
    let x2 = libm::nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        return Ok(Value::float(x - libm::nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::float(x2 - x))
}

// ----- rounding to integers -----

fn math_ceil(vm: &mut Vm, _m: &Value, x: &Value) -> PyResult {
    if let Value::Float(f) = x {
        return float_to_int(vm, f.ceil());
    }
    if let Some(r) = call_dunder(vm, x, "__ceil__", &[])? {
        return Ok(r);
    }
    let f = as_double(vm, x)?;
    float_to_int(vm, f.ceil())
}

fn math_floor(vm: &mut Vm, _m: &Value, x: &Value) -> PyResult {
    if let Value::Float(f) = x {
        return float_to_int(vm, f.floor());
    }
    if let Some(r) = call_dunder(vm, x, "__floor__", &[])? {
        return Ok(r);
    }
    let f = as_double(vm, x)?;
    float_to_int(vm, f.floor())
}

fn math_trunc(vm: &mut Vm, _m: &Value, x: &Value) -> PyResult {
    if let Value::Float(f) = x {
        return float_to_int(vm, f.trunc());
    }
    match call_dunder(vm, x, "__trunc__", &[])? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "type {} doesn't define __trunc__ method",
            vm.type_name(x)
        ))),
    }
}

// ----- float decomposition -----

fn math_frexp(vm: &mut Vm, _m: &Value, x: &Value) -> PyResult {
    let x = as_double(vm, x)?;
    let (m, e) = libm::frexp(x);
    Ok(vm.new_tuple(vec![Value::float(m), Value::Int(e as i64)]))
}

fn math_ldexp(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    check_positional(vm, "ldexp", args.len(), 2, 2)?;
    let x = as_double(vm, &args[0])?;
    let exp = match int_val(&args[1]) {
        Some(IntVal::Small(i)) => i,
        Some(IntVal::Big(b)) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        None => {
            return Err(vm.type_error("Expected an int as second argument to ldexp."));
        }
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    if exp > i32::MAX as i64 {
        return Err(range_error(vm));
    }
    if exp < i32::MIN as i64 {
        return Ok(Value::float(0.0f64.copysign(x)));
    }
    let r = libm::ldexp(x, exp);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(Value::float(r))
}

fn math_modf(vm: &mut Vm, _m: &Value, x: &Value) -> PyResult {
    let x = as_double(vm, x)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let ip = x.trunc();
        ((x - ip).copysign(x), ip)
    };
    Ok(vm.new_tuple(vec![Value::float(frac), Value::float(int)]))
}

fn math_degrees(vm: &mut Vm, _m: &Value, x: &Value) -> PyResult {
    let x = as_double(vm, x)?;
    Ok(Value::float(x * (180.0 / std::f64::consts::PI)))
}

fn math_radians(vm: &mut Vm, _m: &Value, x: &Value) -> PyResult {
    let x = as_double(vm, x)?;
    Ok(Value::float(x * (std::f64::consts::PI / 180.0)))
}

fn math_isfinite(vm: &mut Vm, _m: &Value, x: &Value) -> PyResult {
    Ok(Value::bool(as_double(vm, x)?.is_finite()))
}
fn math_isinf(vm: &mut Vm, _m: &Value, x: &Value) -> PyResult {
    Ok(Value::bool(as_double(vm, x)?.is_infinite()))
}
fn math_isnan(vm: &mut Vm, _m: &Value, x: &Value) -> PyResult {
    Ok(Value::bool(as_double(vm, x)?.is_nan()))
}

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn math_isclose(vm: &mut Vm, _m: &Value, args: &[Value], kw: Option<&ObjRef>) -> PyResult {
    let p = unpack_keywords(
        vm,
        "isclose",
        args,
        kw,
        &["a", "b", "rel_tol", "abs_tol"],
        0,
        2,
        2,
    )?;
    let a = as_double(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let b = as_double(vm, p[1].as_ref().unwrap_or(&Value::None))?;
    let rel_tol = match &p[2] {
        Some(v) => as_double(vm, v)?,
        None => 1e-09,
    };
    let abs_tol = match &p[3] {
        Some(v) => as_double(vm, v)?,
        None => 0.0,
    };
    Ok(Value::bool(is_close(vm, a, b, rel_tol, abs_tol)?))
}

/// The comparison of `math_isclose_impl`.
pub(crate) fn is_close(vm: &Vm, a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> PyResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

// ----- logarithms -----

/// `_PyLong_Frexp` for a positive int: (x, e) with 0.5 <= x < 1 and
/// n ~= x * 2**e, x correctly rounded to 53 bits.
fn long_frexp(n: &BigInt) -> (f64, i64) {
    let bits = n.bits();
    if bits <= 64 {
        let (m, e) = libm::frexp(n.to_f64().unwrap_or(0.0));
        return (m, e as i64);
    }
    let shift = bits - 64;
    let top: BigInt = n >> shift;
    let mut m = top.to_u64().unwrap_or(u64::MAX);
    // A sticky bit keeps the rounding of the discarded bits correct.
    if n.trailing_zeros().unwrap_or(0) < shift {
        m |= 1;
    }
    let mut x = m as f64 / 18446744073709551616.0;
    let mut e = shift as i64 + 64;
    if x == 1.0 {
        x = 0.5;
        e += 1;
    }
    (x, e)
}

/// `loghelper`: ints of any size are handled exactly; other values go
/// through `math_1` with `func`.
fn loghelper(vm: &mut Vm, arg: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(iv) = int_val(arg) {
        if iv.is_negative() || iv.is_zero() {
            return Err(domain_error(vm));
        }
        return Ok(match iv {
            IntVal::Small(i) => func(i as f64),
            IntVal::Big(b) => match crate::format::bigint_to_f64(b) {
                Some(x) => func(x),
                None => {
                    let (x, e) = long_frexp(b);
                    func(x) + func(2.0) * e as f64
                }
            },
        });
    }
    match math_1(vm, arg, func, false)? {
        Value::Float(f) => Ok(*f),
        _ => Ok(f64::NAN),
    }
}

fn math_log(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, &args[0], f64::ln)?;
    if args.len() == 1 {
        return Ok(Value::float(num));
    }
    let den = loghelper(vm, &args[1], f64::ln)?;
    if den == 0.0 {
        return Err(vm.zero_division_error("float division by zero"));
    }
    Ok(Value::float(num / den))
}

fn math_log2(vm: &mut Vm, _m: &Value, x: &Value) -> PyResult {
    Ok(Value::float(loghelper(vm, x, f64::log2)?))
}

fn math_log10(vm: &mut Vm, _m: &Value, x: &Value) -> PyResult {
    Ok(Value::float(loghelper(vm, x, f64::log10)?))
}

// ----- sums, products and norms -----

/// `math.fsum`: exact summation with Shewchuk's partials.
fn math_fsum(vm: &mut Vm, _m: &Value, seq: &Value) -> PyResult {
    let it = vm.iter(seq)?;
    let mut acc = libm::FSum::default();
    while let Some(item) = vm.next(&it)? {
        let x = as_double(vm, &item)?;
        if acc.add(x).is_err() {
            return Err(vm.overflow_error("intermediate overflow in fsum"));
        }
    }
    match acc.total() {
        Ok(s) => Ok(Value::float(s)),
        Err(libm::FSumErr::Overflow) => Err(vm.overflow_error("intermediate overflow in fsum")),
        Err(libm::FSumErr::InfMinusInf) => Err(vm.value_error("-inf + inf in fsum")),
    }
}

/// `math.prod(iterable, /, *, start=1)`.
fn math_prod(vm: &mut Vm, _m: &Value, args: &[Value], kw: Option<&ObjRef>) -> PyResult {
    let p = unpack_keywords(vm, "prod", args, kw, &["iterable", "start"], 1, 1, 1)?;
    let it = vm.iter(p[0].as_ref().unwrap_or(&Value::None))?;
    let mut result = p[1].clone().unwrap_or(Value::Int(1));
    while let Some(item) = vm.next(&it)? {
        result = vm.binary_op(&result, &item, BinOp::Mul)?;
    }
    Ok(result)
}

fn math_hypot(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    let mut coords = Vec::with_capacity(args.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for a in args {
        let x = as_double(vm, a)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::float(libm::vector_norm(&coords, max, found_nan)))
}

fn math_dist(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    check_positional(vm, "dist", args.len(), 2, 2)?;
    let as_items = |vm: &mut Vm, v: &Value| -> PyResult<Vec<Value>> {
        match v.as_obj().and_then(|o| o.as_tuple()) {
            Some(t) => Ok(t.to_vec()),
            None => vm.collect(v),
        }
    };
    let p = as_items(vm, &args[0])?;
    let q = as_items(vm, &args[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (a, b) in p.iter().zip(q.iter()) {
        let px = as_double(vm, a)?;
        let qx = as_double(vm, b)?;
        let x = (px - qx).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::float(libm::vector_norm(&diffs, max, found_nan)))
}

// ----- integer functions -----

/// The product of the integers in [lo, hi), by binary splitting so the
/// big multiplications stay balanced.
fn range_product(lo: &BigInt, hi: &BigInt) -> BigInt {
    let n = hi - lo;
    if n <= BigInt::zero() {
        return BigInt::one();
    }
    if n < BigInt::from(16) {
        let mut acc = lo.clone();
        let mut k = lo + 1u32;
        while &k < hi {
            acc *= &k;
            k += 1u32;
        }
        return acc;
    }
    let mid: BigInt = lo + (&n >> 1u32);
    range_product(lo, &mid) * range_product(&mid, hi)
}

fn factorial_of(n: u64) -> BigInt {
    range_product(&BigInt::one(), &(BigInt::from(n) + 1u32))
}

fn math_factorial(vm: &mut Vm, _m: &Value, x: &Value) -> PyResult {
    let n = index_big(vm, x)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(vm.overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    };
    if n > 1 << 24 {
        // CPython would grind for hours and then run out of memory.
        return Err(vm.memory_error());
    }
    Ok(vm.new_int(factorial_of(n as u64)))
}

fn math_isqrt(vm: &mut Vm, _m: &Value, x: &Value) -> PyResult {
    let n = index_big(vm, x)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_int(n.sqrt()))
}

fn math_gcd(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    if args.is_empty() {
        return Ok(Value::Int(0));
    }
    let mut res = index_big(vm, &args[0])?;
    for a in &args[1..] {
        let x = index_big(vm, a)?;
        if !res.is_one() {
            res = res.gcd(&x);
        }
    }
    Ok(vm.new_int(res.abs()))
}

fn math_lcm(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    if args.is_empty() {
        return Ok(Value::Int(1));
    }
    let mut res = index_big(vm, &args[0])?;
    for a in &args[1..] {
        let x = index_big(vm, a)?;
        if res.is_zero() {
            continue;
        }
        if x.is_zero() {
            res = BigInt::zero();
            continue;
        }
        let g = res.gcd(&x);
        res = (&res / &g * &x).abs();
    }
    Ok(vm.new_int(res.abs()))
}

/// n and k of `comb`/`perm`, with their sign checks.
fn comb_args(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = index_big(vm, n)?;
    let k = index_big(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// Refuse products whose result could not fit in memory anyway.
fn check_product_size(vm: &Vm, n: &BigInt, k: u64) -> PyResult<()> {
    if (n.bits().max(1)).saturating_mul(k) > 1u64 << 36 {
        return Err(vm.memory_error());
    }
    Ok(())
}

fn math_perm(vm: &mut Vm, m: &Value, args: &[Value]) -> PyResult {
    check_positional(vm, "perm", args.len(), 1, 2)?;
    if args.len() == 1 || args[1].is_none() {
        return math_factorial(vm, m, &args[0]);
    }
    let (n, k) = comb_args(vm, &args[0], &args[1])?;
    if n < k {
        return Ok(Value::Int(0));
    }
    let Some(ki) = k.to_i64() else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    check_product_size(vm, &n, ki as u64)?;
    let lo: BigInt = &n - &k + 1u32;
    Ok(vm.new_int(range_product(&lo, &(&n + 1u32))))
}

fn math_comb(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    check_positional(vm, "comb", args.len(), 2, 2)?;
    let (n, k) = comb_args(vm, &args[0], &args[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let nk: BigInt = &n - &k;
    let k = if nk < k { nk } else { k };
    let Some(ki) = k.to_i64() else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    check_product_size(vm, &n, ki as u64)?;
    let lo: BigInt = &n - &k + 1u32;
    let num = range_product(&lo, &(&n + 1u32));
    Ok(vm.new_int(num / factorial_of(ki as u64)))
}

// ----- the module -----

macro_rules! defs {
    ($($name:literal => $kind:ident($f:ident),)*) => {
        [$(MethodDef { name: $name, func: NativeFn::$kind($f), doc: "" },)*]
    };
}

static FUNCTIONS: [MethodDef; 55] = defs![
    "acos" => O(math_acos),
    "acosh" => O(math_acosh),
    "asin" => O(math_asin),
    "asinh" => O(math_asinh),
    "atan" => O(math_atan),
    "atan2" => FastCall(math_atan2),
    "atanh" => O(math_atanh),
    "cbrt" => O(math_cbrt),
    "ceil" => O(math_ceil),
    "copysign" => FastCall(math_copysign),
    "cos" => O(math_cos),
    "cosh" => O(math_cosh),
    "degrees" => O(math_degrees),
    "dist" => FastCall(math_dist),
    "erf" => O(math_erf),
    "erfc" => O(math_erfc),
    "exp" => O(math_exp),
    "exp2" => O(math_exp2),
    "expm1" => O(math_expm1),
    "fabs" => O(math_fabs),
    "factorial" => O(math_factorial),
    "floor" => O(math_floor),
    "fmod" => FastCall(math_fmod),
    "frexp" => O(math_frexp),
    "fsum" => O(math_fsum),
    "gamma" => O(math_gamma),
    "gcd" => FastCall(math_gcd),
    "hypot" => FastCall(math_hypot),
    "isclose" => FastCallKw(math_isclose),
    "isfinite" => O(math_isfinite),
    "isinf" => O(math_isinf),
    "isnan" => O(math_isnan),
    "isqrt" => O(math_isqrt),
    "lcm" => FastCall(math_lcm),
    "ldexp" => FastCall(math_ldexp),
    "lgamma" => O(math_lgamma),
    "log" => FastCall(math_log),
    "log1p" => O(math_log1p),
    "log10" => O(math_log10),
    "log2" => O(math_log2),
    "modf" => O(math_modf),
    "pow" => FastCall(math_pow),
    "radians" => O(math_radians),
    "remainder" => FastCall(math_remainder),
    "sin" => O(math_sin),
    "sinh" => O(math_sinh),
    "sqrt" => O(math_sqrt),
    "tan" => O(math_tan),
    "tanh" => O(math_tanh),
    "trunc" => O(math_trunc),
    "prod" => FastCallKw(math_prod),
    "perm" => FastCall(math_perm),
    "comb" => FastCall(math_comb),
    "nextafter" => FastCall(math_nextafter),
    "ulp" => O(math_ulp),
];

/// Fill the module namespace `d`.
pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    for def in FUNCTIONS.iter() {
        let f = vm.new_builtin_function(def, Some("math"));
        vm.dict_set_str(d, def.name, f);
    }
    let doc = vm.new_str(
        "This module provides access to the mathematical functions\ndefined by the C standard.",
    );
    vm.dict_set_str(d, "__doc__", doc);
    vm.dict_set_str(d, "pi", Value::float(std::f64::consts::PI));
    vm.dict_set_str(d, "e", Value::float(std::f64::consts::E));
    vm.dict_set_str(d, "tau", Value::float(std::f64::consts::TAU));
    vm.dict_set_str(d, "inf", Value::float(f64::INFINITY));
    vm.dict_set_str(d, "nan", Value::float(f64::NAN));
    Ok(())
}
