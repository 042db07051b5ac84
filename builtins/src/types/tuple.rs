//! The `tuple` type: slots and methods.

use crate::types::list::{
    compare_len, nested_eq, repeat_count, repeat_vec, repr_items, slice_items,
};
use crate::types::slice::{clip_range, is_index, opt_slice_index, seq_key, SeqKey};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use taipan_object::call::kw_count;
use taipan_object::class::add_methods;
use taipan_object::function::{MethodDef, NativeFn};
use taipan_object::hash::hash_tuple;
use taipan_object::iter::IterData;
use taipan_object::object::{Obj, ObjRef, Payload};
use taipan_object::protocol::fast_eq;
use taipan_object::typeobj::{tdata, BinOp};
use taipan_object::{CompareOp, PyResult, Value, Vm};

/// The items of a tuple (or tuple subclass instance).
#[inline]
pub fn tuple_items<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a [Value]> {
    match v.as_obj().and_then(|o| o.as_tuple()) {
        Some(t) => Ok(t),
        None => Err(vm.type_error(format!(
            "descriptor requires a 'tuple' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

fn is_tuple_instance(vm: &Vm, v: &Value) -> bool {
    v.as_obj().and_then(|o| o.as_tuple()).is_some() && vm.is_instance_of(v, &vm.types.tuple)
}

fn is_exact_tuple(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.as_tuple().is_some() && o.ty.as_ref().is_some_and(|t| Rc::ptr_eq(t, &vm.types.tuple)))
}

/// Like `tuple_new_impl`: `tuple(iterable)`; a subclass gets its own type.
fn tuple_new(vm: &mut Vm, cls: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let nkw = kw_count(kwnames);
    let exact = Rc::ptr_eq(cls, &vm.types.tuple);
    let init_is_tuple = tdata(cls).slots.init.get().map(|f| f as usize)
        == tdata(&vm.types.tuple).slots.init.get().map(|f| f as usize);
    if nkw > 0 && (exact || init_is_tuple) {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    let pos = &args[..args.len() - nkw];
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    let items = match pos.first() {
        None => Vec::new(),
        Some(it) => {
            if exact && is_exact_tuple(vm, it) {
                return Ok(it.clone());
            }
            crate::types::list::collect_items(vm, it)?
        }
    };
    if exact {
        return Ok(vm.new_tuple(items));
    }
    Ok(Value::Obj(Obj::new(
        cls,
        Payload::Tuple(items.into_boxed_slice()),
    )))
}

/// Like `tuplerepr`: `()`, `(1,)`, `(1, 2)`, `(...)` when recursive.
fn tuple_repr(vm: &mut Vm, v: &Value) -> PyResult {
    let items = tuple_items(vm, v)?;
    if items.is_empty() {
        return Ok(vm.new_str("()"));
    }
    if !vm.repr_enter(v) {
        return Ok(vm.new_str("(...)"));
    }
    let r = repr_items(vm, '(', ')', |i| items.get(i).cloned());
    vm.repr_leave(v);
    let mut s = r?;
    if items.len() == 1 {
        s.insert(s.len() - 1, ',');
    }
    Ok(vm.new_str(s))
}

/// Like `tuplehash`: xxHash over the items' hashes.
fn tuple_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let items = tuple_items(vm, v)?;
    // Dict keys are mostly short tuples: hash them without a heap buffer.
    if items.len() <= 8 {
        let mut hashes = [0i64; 8];
        for (h, x) in hashes.iter_mut().zip(items) {
            *h = vm.hash(x)?;
        }
        return Ok(hash_tuple(hashes[..items.len()].iter().copied()));
    }
    let mut hashes = Vec::with_capacity(items.len());
    for x in items {
        hashes.push(vm.hash(x)?);
    }
    Ok(hash_tuple(hashes.into_iter()))
}

/// Like `tuplerichcompare`.
fn tuple_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult {
    if !is_tuple_instance(vm, a) || !is_tuple_instance(vm, b) {
        return Ok(vm.not_implemented.clone());
    }
    let (Some(x), Some(y)) = (
        a.as_obj().and_then(|o| o.as_tuple()),
        b.as_obj().and_then(|o| o.as_tuple()),
    ) else {
        return Ok(vm.not_implemented.clone());
    };
    let n = x.len().min(y.len());
    let mut i = 0;
    while i < n {
        let same = nested_eq(vm, &x[i], &y[i])?;
        if !same {
            break;
        }
        i += 1;
    }
    if i >= n {
        return Ok(Value::bool(compare_len(x.len(), y.len(), op)));
    }
    match op {
        CompareOp::Eq => Ok(Value::FALSE),
        CompareOp::Ne => Ok(Value::TRUE),
        _ => vm.rich_compare(&x[i], &y[i], op),
    }
}

fn tuple_len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(tuple_items(vm, v)?.len())
}

/// Like `tuplesubscript`.
fn tuple_subscript(vm: &mut Vm, v: &Value, key: &Value) -> PyResult {
    let items = tuple_items(vm, v)?;
    if let Value::Int(i) = key {
        return match crate::types::slice::normalize_index(*i, items.len()) {
            Some(j) => Ok(items[j].clone()),
            None => Err(vm.index_error("tuple index out of range")),
        };
    }
    match seq_key(vm, key, items.len())? {
        SeqKey::Index(i) => Ok(items[i].clone()),
        SeqKey::OutOfRange => Err(vm.index_error("tuple index out of range")),
        SeqKey::Slice { start, step, len } => {
            if step == 1 && len == items.len() && is_exact_tuple(vm, v) {
                return Ok(v.clone());
            }
            Ok(vm.new_tuple(slice_items(items, start, step, len)))
        }
        SeqKey::Other => Err(vm.type_error(format!(
            "tuple indices must be integers or slices, not {}",
            vm.type_name(key)
        ))),
    }
}

/// Position of the first item equal to `x` in `items[start..stop]`.
fn tuple_find(
    vm: &mut Vm,
    items: &[Value],
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    for (i, item) in items
        .iter()
        .enumerate()
        .take(stop.min(items.len()))
        .skip(start)
    {
        let eq = match fast_eq(item, x) {
            Some(r) => r,
            None => vm.eq(item, x)?,
        };
        if eq {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn tuple_contains(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let items = tuple_items(vm, v)?;
    Ok(tuple_find(vm, items, x, 0, usize::MAX)?.is_some())
}

fn tuple_iter(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::Obj(Obj::new(
        &vm.types.tuple_iterator,
        Payload::Iter(IterData::Seq {
            seq: RefCell::new(Some(v.clone())),
            index: Cell::new(0),
        }),
    )))
}

/// Like `tupleconcat`: tuple + tuple only.
fn tuple_add(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    if !is_tuple_instance(vm, a) || !is_tuple_instance(vm, b) {
        return Ok(vm.not_implemented.clone());
    }
    let x = tuple_items(vm, a)?;
    let y = tuple_items(vm, b)?;
    if y.is_empty() && is_exact_tuple(vm, a) {
        return Ok(a.clone());
    }
    if x.is_empty() && is_exact_tuple(vm, b) {
        return Ok(b.clone());
    }
    let mut out = Vec::new();
    out.try_reserve_exact(x.len() + y.len())
        .map_err(|_| vm.memory_error())?;
    out.extend_from_slice(x);
    out.extend_from_slice(y);
    Ok(vm.new_tuple(out))
}

/// Like `tuplerepeat`.
fn tuple_mul(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (seq, n) = if is_tuple_instance(vm, a) && is_index(vm, b) {
        (a, b)
    } else if is_tuple_instance(vm, b) && is_index(vm, a) {
        (b, a)
    } else {
        return Ok(vm.not_implemented.clone());
    };
    let n = repeat_count(vm, n)?;
    let items = tuple_items(vm, seq)?;
    if n == 1 && is_exact_tuple(vm, seq) {
        return Ok(seq.clone());
    }
    let out = repeat_vec(vm, items, n)?;
    Ok(vm.new_tuple(out))
}

fn tuple_index(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("index expected at least 1 argument, got 0"));
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "index expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    let items = tuple_items(vm, v)?;
    let start = opt_slice_index(vm, args.get(1), 0)?;
    let stop = opt_slice_index(vm, args.get(2), i64::MAX)?;
    let (s, e) = clip_range(start, stop, items.len());
    match tuple_find(vm, items, &args[0], s, e)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("tuple.index(x): x not in tuple")),
    }
}

fn tuple_count(vm: &mut Vm, v: &Value, x: &Value) -> PyResult {
    let items = tuple_items(vm, v)?;
    let mut n = 0i64;
    for item in items {
        let eq = match fast_eq(item, x) {
            Some(r) => r,
            None => vm.eq(item, x)?,
        };
        n += eq as i64;
    }
    Ok(Value::Int(n))
}

fn tuple_getnewargs(vm: &mut Vm, v: &Value) -> PyResult {
    let items = tuple_items(vm, v)?.to_vec();
    let t = vm.new_tuple(items);
    Ok(vm.new_tuple(vec![t]))
}

fn tuple_sizeof(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::Int(24 + 8 * tuple_items(vm, v)?.len() as i64))
}

static METHODS: [MethodDef; 4] = [
    MethodDef {
        name: "index",
        func: NativeFn::FastCall(tuple_index),
        doc: "",
    },
    MethodDef {
        name: "count",
        func: NativeFn::O(tuple_count),
        doc: "",
    },
    MethodDef {
        name: "__getnewargs__",
        func: NativeFn::NoArgs(tuple_getnewargs),
        doc: "",
    },
    MethodDef {
        name: "__sizeof__",
        func: NativeFn::NoArgs(tuple_sizeof),
        doc: "",
    },
];

pub fn install(vm: &mut Vm) {
    let t = vm.types.tuple.clone();
    let s = &tdata(&t).slots;
    s.new.set(Some(tuple_new));
    s.repr.set(Some(tuple_repr));
    s.hash.set(Some(tuple_hash));
    s.richcompare.set(Some(tuple_richcompare));
    s.len.set(Some(tuple_len));
    s.getitem.set(Some(tuple_subscript));
    s.contains.set(Some(tuple_contains));
    s.iter.set(Some(tuple_iter));
    s.binary[BinOp::Add as usize].set(Some(tuple_add));
    s.binary[BinOp::Mul as usize].set(Some(tuple_mul));
    add_methods(vm, &t, &METHODS);
}
