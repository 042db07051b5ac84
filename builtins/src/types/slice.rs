//! The `slice` type, and the index/slice resolution every sequence type shares.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use taipan_object::class::{add_getsets, add_methods};
use taipan_object::function::{GetSetDef, MethodDef, NativeFn};
use taipan_object::object::{Obj, ObjRef, Payload};
use taipan_object::typeobj::tdata;
use taipan_object::{CompareOp, PyResult, Value, Vm};

/// The three fields of a slice object (start, stop, step).
pub fn slice_fields(v: &Value) -> Option<&[Value; 3]> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Slice(s)) => Some(s),
        _ => None,
    }
}

/// A new `slice(start, stop, step)`.
pub fn new_slice(vm: &Vm, start: Value, stop: Value, step: Value) -> Value {
    Value::Obj(Obj::new(
        &vm.types.slice,
        Payload::Slice(Box::new([start, stop, step])),
    ))
}

/// Whether `v` can be used as an integer index (int, bool, or has `__index__`).
#[inline]
pub fn is_index(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => {
            matches!(o.payload, Payload::Int(_)) || vm.type_data(v).slots.index.get().is_some()
        }
        _ => false,
    }
}

/// Like `_PyEval_SliceIndex`: an index for a slice bound, clamped to the i64
/// range when the int is larger (as `PyNumber_AsSsize_t(v, NULL)` does).
pub fn slice_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => return Ok(*i),
        Value::Bool(b) => return Ok(**b as i64),
        _ => {}
    }
    if !is_index(vm, v) {
        return Err(
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        );
    }
    let r = vm.index(v)?;
    Ok(clamp_index(&r))
}

/// An int value clamped into i64 (`PyNumber_AsSsize_t` with no exception class).
fn clamp_index(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        Value::Bool(b) => **b as i64,
        Value::Obj(o) => match o.as_bigint() {
            Some(b) => b
                .to_i64()
                .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }),
            None => 0,
        },
        _ => 0,
    }
}

/// Like `PySlice_Unpack`: (start, stop, step) with None replaced by the
/// extremes, before adjusting to a length.
pub fn slice_unpack(vm: &mut Vm, slice: &Value) -> PyResult<(i64, i64, i64)> {
    let Some([start, stop, step]) = slice_fields(slice).cloned() else {
        return Err(vm.type_error("expected a slice object"));
    };
    let step = if step.is_none() {
        1
    } else {
        let s = slice_index(vm, &step)?;
        if s == 0 {
            return Err(vm.value_error("slice step cannot be zero"));
        }
        s.max(-i64::MAX)
    };
    let start = if start.is_none() {
        if step < 0 {
            i64::MAX
        } else {
            0
        }
    } else {
        slice_index(vm, &start)?
    };
    let stop = if stop.is_none() {
        if step < 0 {
            i64::MIN
        } else {
            i64::MAX
        }
    } else {
        slice_index(vm, &stop)?
    };
    Ok((start, stop, step))
}

/// Like `PySlice_AdjustIndices`: clip start/stop to a sequence of `len` items
/// and return the number of items the slice selects.
pub fn adjust_indices(len: i64, start: &mut i64, stop: &mut i64, step: i64) -> usize {
    for x in [&mut *start, &mut *stop] {
        if *x < 0 {
            *x += len;
            if *x < 0 {
                *x = if step < 0 { -1 } else { 0 };
            }
        } else if *x >= len {
            *x = if step < 0 { len - 1 } else { len };
        }
    }
    let n = if step < 0 {
        if *stop < *start {
            (*start - *stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if *start < *stop {
        (*stop - *start - 1) / step + 1
    } else {
        0
    };
    n as usize
}

/// `PySlice_GetIndicesEx`: (start, stop, step, slicelength) of `slice` applied
/// to a sequence of `len` items, with CPython's errors ("slice step cannot be zero").
pub fn slice_indices(
    vm: &mut Vm,
    slice: &Value,
    len: usize,
) -> PyResult<(isize, isize, isize, usize)> {
    let (mut start, mut stop, step) = slice_unpack(vm, slice)?;
    let n = adjust_indices(
        len.min(i64::MAX as usize) as i64,
        &mut start,
        &mut stop,
        step,
    );
    Ok((start as isize, stop as isize, step as isize, n))
}

/// What a sequence subscript resolved to.
pub enum SeqKey {
    /// An index already normalised into 0..len.
    Index(usize),
    /// An index out of range (raw value, for error messages).
    OutOfRange,
    Slice {
        start: isize,
        step: isize,
        len: usize,
    },
    /// Neither an int nor a slice: the caller words the TypeError.
    Other,
}

/// Resolve a sequence subscript against `len` items: ints (and `__index__`
/// objects) are normalised, slices adjusted.
#[inline]
pub fn seq_key(vm: &mut Vm, key: &Value, len: usize) -> PyResult<SeqKey> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => **b as i64,
        _ => {
            if slice_fields(key).is_some() {
                let (start, _stop, step, n) = slice_indices(vm, key, len)?;
                return Ok(SeqKey::Slice {
                    start,
                    step,
                    len: n,
                });
            }
            if !is_index(vm, key) {
                return Ok(SeqKey::Other);
            }
            vm.index_i64(key)?
        }
    };
    Ok(match normalize_index(i, len) {
        Some(i) => SeqKey::Index(i),
        None => SeqKey::OutOfRange,
    })
}

/// A possibly negative index into `len` items, when in range.
#[inline]
pub fn normalize_index(i: i64, len: usize) -> Option<usize> {
    let n = len as i64;
    let j = if i < 0 { i.checked_add(n)? } else { i };
    if j >= 0 && j < n {
        Some(j as usize)
    } else {
        None
    }
}

/// An integer argument via `__index__` (`'float' object cannot be interpreted as an integer`).
pub fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(**b as i64),
        _ => vm.index_i64(v),
    }
}

/// Like `_PyEval_SliceIndexNotNone`: the optional start/stop arguments of
/// `index()`/`count()`-style methods, clamped.
pub fn opt_slice_index(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(Value::Int(i)) => Ok(*i),
        Some(v) => {
            if !is_index(vm, v) {
                return Err(
                    vm.type_error("slice indices must be integers or have an __index__ method")
                );
            }
            let r = vm.index(v)?;
            Ok(clamp_index(&r))
        }
    }
}

/// Start/stop arguments of `index()`/`count()` clipped to `0..=len` like the
/// sequence methods do.
pub fn clip_range(start: i64, stop: i64, len: usize) -> (usize, usize) {
    let n = len as i64;
    let fix = |x: i64| -> usize {
        if x < 0 {
            (x.saturating_add(n)).max(0) as usize
        } else {
            x.min(n) as usize
        }
    };
    (fix(start), fix(stop))
}

// ----- the slice type -----

fn slice_new(vm: &mut Vm, _cls: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    if taipan_object::call::kw_count(kwnames) > 0 {
        return Err(vm.type_error("slice() takes no keyword arguments"));
    }
    match args.len() {
        0 => Err(vm.type_error("slice expected at least 1 argument, got 0")),
        1 => Ok(new_slice(vm, Value::None, args[0].clone(), Value::None)),
        2 => Ok(new_slice(vm, args[0].clone(), args[1].clone(), Value::None)),
        3 => Ok(new_slice(
            vm,
            args[0].clone(),
            args[1].clone(),
            args[2].clone(),
        )),
        n => Err(vm.type_error(format!("slice expected at most 3 arguments, got {n}"))),
    }
}

fn fields(vm: &Vm, v: &Value) -> PyResult<[Value; 3]> {
    slice_fields(v)
        .cloned()
        .ok_or_else(|| vm.type_error("expected a slice object"))
}

fn slice_repr(vm: &mut Vm, v: &Value) -> PyResult {
    let [a, b, c] = fields(vm, v)?;
    let a = vm.repr_string(&a)?;
    let b = vm.repr_string(&b)?;
    let c = vm.repr_string(&c)?;
    Ok(vm.new_str(format!("slice({a}, {b}, {c})")))
}

/// Like `slice_richcompare`: compares (start, stop, step) as tuples.
fn slice_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (slice_fields(a), slice_fields(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    if a.is(b) && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Value::bool(op == CompareOp::Eq));
    }
    let t1 = vm.new_tuple(x.to_vec());
    let t2 = vm.new_tuple(y.to_vec());
    vm.rich_compare(&t1, &t2, op)
}

fn get_start(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(fields(vm, v)?[0].clone())
}
fn get_stop(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(fields(vm, v)?[1].clone())
}
fn get_step(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(fields(vm, v)?[2].clone())
}

/// An exact int for `slice.indices`, whose bounds may be arbitrarily large.
fn big_index(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if !is_index(vm, v) {
        return Err(
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        );
    }
    let r = vm.index(v)?;
    Ok(taipan_object::number::to_bigint(&r).unwrap_or_default())
}

/// `slice.indices(length)`.
fn slice_indices_method(vm: &mut Vm, s: &Value, length: &Value) -> PyResult {
    let len = big_index(vm, length)?;
    if len.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start_v, stop_v, step_v) = long_indices(vm, s, &len)?;
    let items = vec![vm.new_int(start_v), vm.new_int(stop_v), vm.new_int(step_v)];
    Ok(vm.new_tuple(items))
}

/// Like `_PySlice_GetLongIndices`: (start, stop, step) for a sequence of
/// `len` items, with arbitrary-size ints.
pub fn long_indices(vm: &mut Vm, s: &Value, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let [start, stop, step] = fields(vm, s)?;
    let step_v = if step.is_none() {
        BigInt::from(1)
    } else {
        big_index(vm, &step)?
    };
    if step_v.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let neg = step_v.is_negative();
    let (lower, upper) = if neg {
        (BigInt::from(-1), len - 1)
    } else {
        (BigInt::zero(), len.clone())
    };
    let fix = |x: BigInt| -> BigInt {
        if x.is_negative() {
            let y = x + len;
            if y < lower {
                lower.clone()
            } else {
                y
            }
        } else if x > upper {
            upper.clone()
        } else {
            x
        }
    };
    let start_v = if start.is_none() {
        if neg {
            upper.clone()
        } else {
            lower.clone()
        }
    } else {
        let x = big_index(vm, &start)?;
        fix(x)
    };
    let stop_v = if stop.is_none() {
        if neg {
            lower.clone()
        } else {
            upper.clone()
        }
    } else {
        let x = big_index(vm, &stop)?;
        fix(x)
    };
    Ok((start_v, stop_v, step_v))
}

fn slice_reduce(vm: &mut Vm, s: &Value) -> PyResult {
    let [a, b, c] = fields(vm, s)?;
    let cls = Value::Obj(vm.types.slice.clone());
    let args = vm.new_tuple(vec![a, b, c]);
    Ok(vm.new_tuple(vec![cls, args]))
}

static METHODS: [MethodDef; 2] = [
    MethodDef {
        name: "indices",
        func: NativeFn::O(slice_indices_method),
        doc: "",
    },
    MethodDef {
        name: "__reduce__",
        func: NativeFn::NoArgs(slice_reduce),
        doc: "",
    },
];

static GETSETS: [GetSetDef; 3] = [
    GetSetDef {
        name: "start",
        get: get_start,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "stop",
        get: get_stop,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "step",
        get: get_step,
        set: None,
        doc: "",
    },
];

pub fn install(vm: &mut Vm) {
    let t = vm.types.slice.clone();
    let s = &tdata(&t).slots;
    s.new.set(Some(slice_new));
    s.repr.set(Some(slice_repr));
    s.richcompare.set(Some(slice_richcompare));
    s.hash_none.set(true);
    add_methods(vm, &t, &METHODS);
    add_getsets(vm, &t, &GETSETS);
}

#[cfg(test)]
mod tests {
    use super::adjust_indices;

    /// (start, stop, step, len) -> (start, stop, slicelength), from CPython 3.11's
    /// `slice(start, stop, step).indices(len)` and `len(range(len)[slice])`.
    #[test]
    fn adjust_matches_cpython() {
        type Case = (i64, i64, i64, i64, (i64, i64, usize));
        let cases: [Case; 7] = [
            (0, i64::MAX, 1, 5, (0, 5, 5)),
            (i64::MAX, i64::MIN, -1, 5, (4, -1, 5)),
            (-100, 100, 1, 7, (0, 7, 7)),
            (2, -2, 3, 10, (2, 8, 2)),
            (1, 10, 2, 5, (1, 5, 2)),
            (-1, -6, -2, 5, (4, -1, 3)),
            (3, 1, 1, 5, (3, 1, 0)),
        ];
        for (start, stop, step, len, want) in cases {
            let (mut s, mut e) = (start, stop);
            let n = adjust_indices(len, &mut s, &mut e, step);
            assert_eq!((s, e, n), want, "slice({start}, {stop}, {step}) on {len}");
        }
    }
}
