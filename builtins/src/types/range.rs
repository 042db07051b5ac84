//! The `range` type: 64-bit ranges in `Payload::Range`, larger ones in a native
//! `BigRange` payload, with CPython's arithmetic for indexing, slicing and membership.

use crate::types::iterators::new_range_iter;
use crate::types::slice::{is_index, long_indices, slice_fields};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use taipan_object::call::kw_count;
use taipan_object::class::{add_getsets, add_methods};
use taipan_object::function::{GetSetDef, MethodDef, NativeFn};
use taipan_object::hash::hash_tuple;
use taipan_object::number::to_bigint;
use taipan_object::object::{Obj, ObjRef, Payload, Range};
use taipan_object::typeobj::tdata;
use taipan_object::{CompareOp, PyResult, Value, Vm};

/// A range whose bounds or length do not fit in 64 bits (`rangeobject` with
/// arbitrary ints).
pub struct BigRange {
    start: BigInt,
    stop: BigInt,
    step: BigInt,
    len: BigInt,
}

/// A range's fields as arbitrary-size ints.
struct R {
    start: BigInt,
    stop: BigInt,
    step: BigInt,
    len: BigInt,
}

/// Like `compute_range_length`.
fn range_length(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, st) = if step.is_positive() {
        (start.clone(), stop.clone(), step.clone())
    } else {
        (stop.clone(), start.clone(), -step)
    };
    if lo >= hi {
        return BigInt::zero();
    }
    (hi - lo - 1u32) / st + 1u32
}

fn big(v: &Value) -> Option<R> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Range(r)) => Some(R {
            start: r.start.into(),
            stop: r.stop.into(),
            step: r.step.into(),
            len: r.len().into(),
        }),
        Some(Payload::Native(_)) => v
            .as_obj()
            .and_then(|o| o.as_native::<BigRange>())
            .map(|b| R {
                start: b.start.clone(),
                stop: b.stop.clone(),
                step: b.step.clone(),
                len: b.len.clone(),
            }),
        _ => None,
    }
}

fn small(v: &Value) -> Option<Range> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Range(r)) => Some(*r),
        _ => None,
    }
}

fn big_of(vm: &Vm, v: &Value) -> PyResult<R> {
    big(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'range' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

/// A range object, 64-bit when everything fits.
pub fn make_range(vm: &Vm, start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let len = range_length(&start, &stop, &step);
    if let (Some(a), Some(b), Some(c), Some(_)) =
        (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64())
    {
        return Value::Obj(Obj::new(
            &vm.types.range,
            Payload::Range(Range {
                start: a,
                stop: b,
                step: c,
            }),
        ));
    }
    Value::Obj(Obj::new(
        &vm.types.range,
        Payload::Native(Box::new(BigRange {
            start,
            stop,
            step,
            len,
        })),
    ))
}

/// An int argument of `range()` (`PyNumber_Index`).
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Value::Int(i) = v {
        return Ok(BigInt::from(*i));
    }
    let r = vm.index(v)?;
    Ok(to_bigint(&r).unwrap_or_default())
}

/// `range(start, stop[, step])` of small ints, without the big-int path
/// (the caller checks the step and the length).
fn small_range(args: &[Value]) -> Option<Range> {
    match *args {
        [Value::Int(start), Value::Int(stop)] => Some(Range {
            start,
            stop,
            step: 1,
        }),
        [Value::Int(start), Value::Int(stop), Value::Int(step)] => {
            Some(Range { start, stop, step })
        }
        _ => None,
    }
}

/// Like `range_new`: `range(stop)`, `range(start, stop[, step])`.
fn range_new(vm: &mut Vm, _cls: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    if kw_count(kwnames) > 0 {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    if let [Value::Int(n)] = args {
        return Ok(Value::Obj(Obj::new(
            &vm.types.range,
            Payload::Range(Range {
                start: 0,
                stop: *n,
                step: 1,
            }),
        )));
    }
    if let Some(r) = small_range(args) {
        if r.step == 0 {
            return Err(vm.value_error("range() arg 3 must not be zero"));
        }
        let (lo, hi, step) = (r.start as i128, r.stop as i128, r.step as i128);
        let len = if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / -step + 1
        } else {
            0
        };
        if len <= i64::MAX as i128 {
            return Ok(Value::Obj(Obj::new(&vm.types.range, Payload::Range(r))));
        }
    }
    let (start, stop, step) = match args.len() {
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        1 => (BigInt::zero(), int_arg(vm, &args[0])?, BigInt::one()),
        2 => (
            int_arg(vm, &args[0])?,
            int_arg(vm, &args[1])?,
            BigInt::one(),
        ),
        3 => {
            let a = int_arg(vm, &args[0])?;
            let b = int_arg(vm, &args[1])?;
            let c = int_arg(vm, &args[2])?;
            if c.is_zero() {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            (a, b, c)
        }
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    Ok(make_range(vm, start, stop, step))
}

fn range_repr(vm: &mut Vm, v: &Value) -> PyResult {
    let r = big_of(vm, v)?;
    Ok(vm.new_str(if r.step.is_one() {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }))
}

fn range_len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if let Some(r) = small(v) {
        return Ok(r.len() as usize);
    }
    let r = big_of(vm, v)?;
    r.len
        .to_usize()
        .filter(|n| *n <= isize::MAX as usize)
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

fn range_bool(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if let Some(r) = small(v) {
        return Ok(!r.is_empty());
    }
    Ok(!big_of(vm, v)?.len.is_zero())
}

/// Like `compute_item` + `compute_range_item`: `r[i]` with a possibly negative index.
fn item_at(vm: &Vm, r: &R, i: &BigInt) -> PyResult<BigInt> {
    let j = if i.is_negative() {
        i + &r.len
    } else {
        i.clone()
    };
    if j.is_negative() || j >= r.len {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(&r.start + j * &r.step)
}

fn range_subscript(vm: &mut Vm, v: &Value, key: &Value) -> PyResult {
    if let (Some(r), Value::Int(i)) = (small(v), key) {
        let n = r.len();
        let j = if *i < 0 { i.checked_add(n) } else { Some(*i) };
        return match j {
            Some(j) if j >= 0 && j < n => Ok(Value::Int(r.item(j))),
            _ => Err(vm.index_error("range object index out of range")),
        };
    }
    let r = big_of(vm, v)?;
    if slice_fields(key).is_some() {
        // Like `compute_slice`.
        let (start, stop, step) = long_indices(vm, key, &r.len)?;
        let new_start = &r.start + start * &r.step;
        let new_stop = &r.start + stop * &r.step;
        let new_step = step * &r.step;
        return Ok(make_range(vm, new_start, new_stop, new_step));
    }
    if !is_index(vm, key) {
        return Err(vm.type_error(format!(
            "range indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    }
    let i = int_arg(vm, key)?;
    let x = item_at(vm, &r, &i)?;
    Ok(vm.new_int(x))
}

/// Exact ints and bools are tested arithmetically (`range_contains_long`).
fn int_member(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(**b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn is_exact_int(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => {
            matches!(o.payload, Payload::Int(_)) && {
                let t = vm.type_of(v);
                std::rc::Rc::ptr_eq(t, &vm.types.int) || std::rc::Rc::ptr_eq(t, &vm.types.bool_)
            }
        }
        _ => false,
    }
}

fn contains_long(r: &R, x: &BigInt) -> bool {
    let inside = if r.step.is_positive() {
        &r.start <= x && x < &r.stop
    } else {
        &r.stop < x && x <= &r.start
    };
    inside && (x - &r.start).mod_floor(&r.step).is_zero()
}

fn small_contains(r: &Range, x: i64) -> bool {
    let (s, e, st, x) = (r.start as i128, r.stop as i128, r.step as i128, x as i128);
    let inside = if st > 0 {
        s <= x && x < e
    } else {
        e < x && x <= s
    };
    inside && (x - s).rem_euclid(st) == 0
}

fn range_contains(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    if let (Some(r), Value::Int(i)) = (small(v), x) {
        return Ok(small_contains(&r, *i));
    }
    if is_exact_int(vm, x) {
        let r = big_of(vm, v)?;
        return Ok(int_member(x).is_some_and(|i| contains_long(&r, &i)));
    }
    let it = vm.iter(v)?;
    while let Some(y) = vm.next(&it)? {
        if vm.eq(&y, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn range_iter(vm: &mut Vm, v: &Value) -> PyResult {
    if let Some(r) = small(v) {
        return Ok(Value::Obj(Obj::new(
            &vm.types.range_iterator,
            Payload::Iter(taipan_object::iter::IterData::Range {
                next: std::cell::Cell::new(r.start),
                step: r.step,
                remaining: std::cell::Cell::new(r.len() as u64),
            }),
        )));
    }
    let r = big_of(vm, v)?;
    Ok(new_range_iter(vm, &r.start, &r.step, &r.len))
}

/// Like `range_reverse`: from the last item backwards.
fn range_reversed(vm: &mut Vm, v: &Value) -> PyResult {
    let r = big_of(vm, v)?;
    if r.len.is_zero() {
        return Ok(new_range_iter(
            vm,
            &BigInt::zero(),
            &BigInt::one(),
            &BigInt::zero(),
        ));
    }
    let last = &r.start + (&r.len - 1u32) * &r.step;
    Ok(new_range_iter(vm, &last, &-r.step, &r.len))
}

/// Like `range_equals`: equal as sequences.
fn range_equals(a: &R, b: &R) -> bool {
    if a.len != b.len {
        return false;
    }
    if a.len.is_zero() {
        return true;
    }
    if a.start != b.start {
        return false;
    }
    if a.len.is_one() {
        return true;
    }
    a.step == b.step
}

fn range_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (big(a), big(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    match op {
        CompareOp::Eq => Ok(Value::bool(a.is(b) || range_equals(&x, &y))),
        CompareOp::Ne => Ok(Value::bool(!(a.is(b) || range_equals(&x, &y)))),
        _ => Ok(vm.not_implemented.clone()),
    }
}

/// Like `range_hash`: `hash((len, start or None, step or None))`.
fn range_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let r = big_of(vm, v)?;
    let len = vm.new_int(r.len.clone());
    let (start, step) = if r.len.is_zero() {
        (Value::None, Value::None)
    } else if r.len.is_one() {
        (vm.new_int(r.start.clone()), Value::None)
    } else {
        (vm.new_int(r.start.clone()), vm.new_int(r.step.clone()))
    };
    let hashes = [vm.hash(&len)?, vm.hash(&start)?, vm.hash(&step)?];
    Ok(hash_tuple(hashes.into_iter()))
}

fn range_index(vm: &mut Vm, v: &Value, x: &Value) -> PyResult {
    let r = big_of(vm, v)?;
    if is_exact_int(vm, x) {
        if let Some(i) = int_member(x).filter(|i| contains_long(&r, i)) {
            let idx = (i - &r.start) / &r.step;
            return Ok(vm.new_int(idx));
        }
        let s = vm.repr_string(x)?;
        return Err(vm.value_error(format!("{s} is not in range")));
    }
    let it = vm.iter(v)?;
    let mut n: i64 = 0;
    while let Some(y) = vm.next(&it)? {
        if vm.eq(&y, x)? {
            return Ok(Value::Int(n));
        }
        n += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

fn range_count(vm: &mut Vm, v: &Value, x: &Value) -> PyResult {
    let r = big_of(vm, v)?;
    if is_exact_int(vm, x) {
        let hit = int_member(x).is_some_and(|i| contains_long(&r, &i));
        return Ok(Value::Int(hit as i64));
    }
    let it = vm.iter(v)?;
    let mut n: i64 = 0;
    while let Some(y) = vm.next(&it)? {
        if vm.eq(&y, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn range_reduce(vm: &mut Vm, v: &Value) -> PyResult {
    let r = big_of(vm, v)?;
    let cls = Value::Obj(vm.types.range.clone());
    let args = vec![vm.new_int(r.start), vm.new_int(r.stop), vm.new_int(r.step)];
    let args = vm.new_tuple(args);
    Ok(vm.new_tuple(vec![cls, args]))
}

fn get_start(vm: &mut Vm, v: &Value) -> PyResult {
    let r = big_of(vm, v)?;
    Ok(vm.new_int(r.start))
}
fn get_stop(vm: &mut Vm, v: &Value) -> PyResult {
    let r = big_of(vm, v)?;
    Ok(vm.new_int(r.stop))
}
fn get_step(vm: &mut Vm, v: &Value) -> PyResult {
    let r = big_of(vm, v)?;
    Ok(vm.new_int(r.step))
}

static METHODS: [MethodDef; 4] = [
    MethodDef {
        name: "index",
        func: NativeFn::O(range_index),
        doc: "",
    },
    MethodDef {
        name: "count",
        func: NativeFn::O(range_count),
        doc: "",
    },
    MethodDef {
        name: "__reversed__",
        func: NativeFn::NoArgs(range_reversed),
        doc: "",
    },
    MethodDef {
        name: "__reduce__",
        func: NativeFn::NoArgs(range_reduce),
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
    let t = vm.types.range.clone();
    let s = &tdata(&t).slots;
    s.new.set(Some(range_new));
    s.repr.set(Some(range_repr));
    s.len.set(Some(range_len));
    s.bool.set(Some(range_bool));
    s.getitem.set(Some(range_subscript));
    s.contains.set(Some(range_contains));
    s.iter.set(Some(range_iter));
    s.richcompare.set(Some(range_richcompare));
    s.hash.set(Some(range_hash));
    add_methods(vm, &t, &METHODS);
    add_getsets(vm, &t, &GETSETS);
}
