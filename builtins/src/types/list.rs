//! The `list` type: slots, methods, and the stable sort shared with `sorted`, `min` and `max`.

use crate::types::slice::{
    clip_range, is_index, opt_slice_index, seq_key, slice_fields, slice_indices, SeqKey,
};
use std::cell::{Cell, RefCell};
use std::fmt::Write;
use std::rc::Rc;
use taipan_object::call::{kw_count, Args};
use taipan_object::class::{add_methods, set_type_attr};
use taipan_object::function::{MethodDef, NativeFn};
use taipan_object::iter::IterData;
use taipan_object::object::{Obj, ObjRef, Payload};
use taipan_object::protocol::fast_eq;
use taipan_object::typeobj::{tdata, BinOp};
use taipan_object::{CompareOp, PyResult, Value, Vm};

/// The item vector of a list (or list subclass instance).
#[inline]
pub fn list_cell<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a RefCell<Vec<Value>>> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::List(l)) => Ok(l),
        _ => Err(vm.type_error(format!(
            "descriptor requires a 'list' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

/// The item vector when `v` is a list or list subclass instance.
#[inline]
pub fn as_list(v: &Value) -> Option<&RefCell<Vec<Value>>> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::List(l)) => Some(l),
        _ => None,
    }
}

/// `PyNumber_AsSsize_t(v, PyExc_OverflowError)`: a repeat count or size.
pub fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Int(i) = v {
        return Ok(*i);
    }
    let r = vm.index(v)?;
    taipan_object::number::as_i64(&r).ok_or_else(|| {
        vm.overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            vm.type_name(v)
        ))
    })
}

/// A `Py_ssize_t` argument (argument clinic's converter): `__index__`, and
/// OverflowError for ints that do not fit.
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Int(i) = v {
        return Ok(*i);
    }
    let r = vm.index(v)?;
    taipan_object::number::as_i64(&r)
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// `items * n` with CPython's MemoryError for sizes that cannot exist.
pub fn repeat_vec<T: Clone>(vm: &Vm, items: &[T], n: i64) -> PyResult<Vec<T>> {
    if n <= 0 || items.is_empty() {
        return Ok(Vec::new());
    }
    let total = items
        .len()
        .checked_mul(n as u64 as usize)
        .filter(|t| *t <= (isize::MAX as usize) / std::mem::size_of::<T>().max(1))
        .ok_or_else(|| vm.memory_error())?;
    let mut out = Vec::new();
    out.try_reserve_exact(total)
        .map_err(|_| vm.memory_error())?;
    if items.len() == 1 {
        out.resize(total, items[0].clone());
    } else {
        for _ in 0..n {
            out.extend_from_slice(items);
        }
    }
    Ok(out)
}

/// Like `PySequence_Fast(v, msg)`: the items of any iterable; a TypeError from
/// getting the iterator is replaced by `msg`.
pub fn seq_fast(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<Vec<Value>> {
    if let Some(items) = exact_seq_items(vm, v) {
        return Ok(items);
    }
    let it = match vm.iter(v) {
        Ok(it) => it,
        Err(e) => {
            if vm.is_instance_of(&e.value(), &vm.exc.type_error.clone()) {
                return Err(vm.type_error(msg.to_string()));
            }
            return Err(e);
        }
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// The items of an exact list or tuple (subclasses may override `__iter__`,
/// so they are iterated like any other iterable).
#[inline]
pub fn exact_seq_items(vm: &Vm, v: &Value) -> Option<Vec<Value>> {
    let Value::Obj(o) = v else { return None };
    let ty = o.ty.as_ref()?;
    match &o.payload {
        Payload::List(l) if Rc::ptr_eq(ty, &vm.types.list) => Some(l.borrow().clone()),
        Payload::Tuple(t) if Rc::ptr_eq(ty, &vm.types.tuple) => Some(t.to_vec()),
        _ => None,
    }
}

/// All items of an iterable (`PySequence_List` without the list).
pub fn collect_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Some(items) = exact_seq_items(vm, v) {
        return Ok(items);
    }
    let it = vm.iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// A new exact list object.
#[inline]
pub fn new_list(vm: &Vm, items: Vec<Value>) -> Value {
    vm.new_list(items)
}

/// Position of the first item equal to `item` in `cell[start..stop]`, running
/// `__eq__` with no borrow held (the list may change meanwhile).
fn list_find(
    vm: &mut Vm,
    cell: &RefCell<Vec<Value>>,
    item: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let x = {
            let l = cell.borrow();
            loop {
                if i >= stop.min(l.len()) {
                    return Ok(None);
                }
                match fast_eq(&l[i], item) {
                    Some(true) => return Ok(Some(i)),
                    Some(false) => i += 1,
                    None => break l[i].clone(),
                }
            }
        };
        if vm.eq(&x, item)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

/// Like `list_extend`: append every item of an iterable.
pub fn list_extend_from(vm: &mut Vm, cell: &RefCell<Vec<Value>>, iterable: &Value) -> PyResult<()> {
    if let Value::Obj(o) = iterable {
        let exact = |t: &ObjRef| o.ty.as_ref().is_some_and(|ty| Rc::ptr_eq(ty, t));
        match &o.payload {
            Payload::List(l) if exact(&vm.types.list) => {
                let items = l.borrow().clone();
                cell.borrow_mut().extend(items);
                return Ok(());
            }
            Payload::Tuple(t) if exact(&vm.types.tuple) => {
                cell.borrow_mut().extend_from_slice(t);
                return Ok(());
            }
            Payload::Range(r) => {
                let n = r.len().max(0) as usize;
                let mut l = cell.borrow_mut();
                l.try_reserve(n).map_err(|_| vm.memory_error())?;
                let mut x = r.start;
                for _ in 0..n {
                    l.push(Value::Int(x));
                    x = x.wrapping_add(r.step);
                }
                return Ok(());
            }
            _ => {}
        }
    }
    if matches!(
        iterable.as_obj().map(|o| &o.payload),
        Some(Payload::List(_))
    ) {
        // A list subclass (maybe this very list): iterate it fully first, as
        // `PySequence_Fast` does, so appending cannot feed the iteration.
        let items = collect_items(vm, iterable)?;
        cell.borrow_mut().extend(items);
        return Ok(());
    }
    let it = vm.iter(iterable)?;
    while let Some(x) = vm.next(&it)? {
        cell.borrow_mut().push(x);
    }
    Ok(())
}

// ----- construction -----

fn list_new(_vm: &mut Vm, cls: &ObjRef, _args: &[Value], _kwnames: Option<&ObjRef>) -> PyResult {
    Ok(Value::Obj(Obj::new(
        cls,
        Payload::List(RefCell::new(Vec::new())),
    )))
}

/// Like `list___init__`: clear, then extend from the optional iterable.
fn list_init(vm: &mut Vm, v: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult<()> {
    if kw_count(kwnames) > 0 {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let cell = list_cell(vm, v)?;
    let old = std::mem::take(&mut *cell.borrow_mut());
    drop(old);
    if let Some(it) = args.first() {
        list_extend_from(vm, cell, it)?;
    }
    Ok(())
}

// ----- slots -----

/// Like `list_repr`: `[1, 2]`, `[...]` for a list inside itself.
fn list_repr(vm: &mut Vm, v: &Value) -> PyResult {
    let cell = list_cell(vm, v)?;
    if cell.borrow().is_empty() {
        return Ok(vm.new_str("[]"));
    }
    if !vm.repr_enter(v) {
        return Ok(vm.new_str("[...]"));
    }
    let r = repr_items(vm, '[', ']', |i| cell.borrow().get(i).cloned());
    vm.repr_leave(v);
    r.map(|s| vm.new_str(s))
}

/// `open item, item, ... close`, fetching items one by one (the container may
/// change while an item's repr runs).
pub fn repr_items(
    vm: &mut Vm,
    open: char,
    close: char,
    get: impl Fn(usize) -> Option<Value>,
) -> PyResult<String> {
    let mut out = String::new();
    out.push(open);
    let mut i = 0;
    while let Some(x) = get(i) {
        if i > 0 {
            out.push_str(", ");
        }
        push_repr(vm, &mut out, &x)?;
        i += 1;
    }
    out.push(close);
    Ok(out)
}

/// Append `repr(x)`; ints, bools and None without making a str object.
pub fn push_repr(vm: &mut Vm, out: &mut String, x: &Value) -> PyResult<()> {
    match x {
        Value::Int(n) => {
            let _ = write!(out, "{n}");
        }
        Value::None => out.push_str("None"),
        Value::Bool(b) => out.push_str(if **b { "True" } else { "False" }),
        _ => {
            let s = vm.repr(x)?;
            out.push_str(s.as_str().map(|s| s.as_str()).unwrap_or(""));
        }
    }
    Ok(())
}

/// Like `list_richcompare`: find the first differing items, then compare them
/// (or the lengths).
fn list_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let (Some(la), Some(lb)) = (as_list(a), as_list(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    let list_t = vm.types.list.clone();
    if !vm.is_instance_of(a, &list_t) || !vm.is_instance_of(b, &list_t) {
        return Ok(vm.not_implemented.clone());
    }
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && la.borrow().len() != lb.borrow().len() {
        return Ok(Value::bool(op == CompareOp::Ne));
    }
    let mut i = 0;
    loop {
        let (x, y) = {
            let (xa, xb) = (la.borrow(), lb.borrow());
            loop {
                if i >= xa.len() || i >= xb.len() {
                    let (na, nb) = (xa.len(), xb.len());
                    return Ok(Value::bool(compare_len(na, nb, op)));
                }
                match fast_eq(&xa[i], &xb[i]) {
                    Some(true) => i += 1,
                    _ => break (xa[i].clone(), xb[i].clone()),
                }
            }
        };
        if !nested_eq(vm, &x, &y)? {
            return match op {
                CompareOp::Eq => Ok(Value::FALSE),
                CompareOp::Ne => Ok(Value::TRUE),
                _ => vm.rich_compare(&x, &y, op),
            };
        }
        i += 1;
    }
}

/// `PyObject_RichCompareBool(a, b, Py_EQ)` on items of containers being
/// compared, counted against the recursion limit as CPython's
/// `Py_EnterRecursiveCall(" in comparison")` does.
pub fn nested_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = fast_eq(a, b) {
        return Ok(r);
    }
    vm.enter_call()?;
    let r = vm.eq(a, b);
    vm.leave_call();
    r
}

/// The outcome of comparing two sequences whose common prefix is equal.
pub fn compare_len(na: usize, nb: usize, op: CompareOp) -> bool {
    op.apply(&na, &nb)
}

fn list_len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(list_cell(vm, v)?.borrow().len())
}

fn index_type_error(vm: &Vm, what: &str, key: &Value) -> taipan_object::PyErr {
    vm.type_error(format!(
        "{what} indices must be integers or slices, not {}",
        vm.type_name(key)
    ))
}

/// Like `list_subscript`.
fn list_subscript(vm: &mut Vm, v: &Value, key: &Value) -> PyResult {
    let cell = list_cell(vm, v)?;
    if let Value::Int(i) = key {
        let l = cell.borrow();
        return match crate::types::slice::normalize_index(*i, l.len()) {
            Some(j) => Ok(l[j].clone()),
            None => Err(vm.index_error("list index out of range")),
        };
    }
    let len = cell.borrow().len();
    match seq_key(vm, key, len)? {
        SeqKey::Index(i) => match cell.borrow().get(i) {
            Some(x) => Ok(x.clone()),
            None => Err(vm.index_error("list index out of range")),
        },
        SeqKey::OutOfRange => Err(vm.index_error("list index out of range")),
        SeqKey::Slice { start, step, len } => {
            let l = cell.borrow();
            let items = slice_items(&l, start, step, len);
            drop(l);
            Ok(vm.new_list(items))
        }
        SeqKey::Other => Err(index_type_error(vm, "list", key)),
    }
}

/// The items a resolved slice selects.
pub fn slice_items<T: Clone>(items: &[T], start: isize, step: isize, n: usize) -> Vec<T> {
    if n == 0 {
        return Vec::new();
    }
    if step == 1 {
        let s = start.max(0) as usize;
        return items
            .get(s..(s + n).min(items.len()))
            .map(|x| x.to_vec())
            .unwrap_or_default();
    }
    let mut out = Vec::with_capacity(n);
    let mut i = start;
    for _ in 0..n {
        if let Some(x) = usize::try_from(i).ok().and_then(|i| items.get(i)) {
            out.push(x.clone());
        }
        i = i.wrapping_add(step);
    }
    out
}

/// Like `list_ass_subscript`: item and slice assignment and deletion.
fn list_ass_subscript(vm: &mut Vm, v: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    let cell = list_cell(vm, v)?;
    if let (Value::Int(i), Some(val)) = (key, value) {
        let mut l = cell.borrow_mut();
        return match crate::types::slice::normalize_index(*i, l.len()) {
            Some(j) => {
                let old = std::mem::replace(&mut l[j], val.clone());
                drop(l);
                drop(old);
                Ok(())
            }
            None => Err(vm.index_error("list assignment index out of range")),
        };
    }
    if slice_fields(key).is_some() {
        return list_ass_slice(vm, v, cell, key, value);
    }
    if !is_index(vm, key) {
        return Err(index_type_error(vm, "list", key));
    }
    let i = vm.index_i64(key)?;
    let len = cell.borrow().len();
    let Some(j) = crate::types::slice::normalize_index(i, len) else {
        return Err(vm.index_error("list assignment index out of range"));
    };
    let old = match value {
        Some(val) => std::mem::replace(&mut cell.borrow_mut()[j], val.clone()),
        None => cell.borrow_mut().remove(j),
    };
    drop(old);
    Ok(())
}

fn list_ass_slice(
    vm: &mut Vm,
    v: &Value,
    cell: &RefCell<Vec<Value>>,
    key: &Value,
    value: Option<&Value>,
) -> PyResult<()> {
    let len = cell.borrow().len();
    let (start, stop, step, n) = slice_indices(vm, key, len)?;
    let Some(value) = value else {
        // Deletion.
        if n == 0 {
            return Ok(());
        }
        let removed: Vec<Value>;
        {
            let mut l = cell.borrow_mut();
            if step == 1 {
                let s = (start.max(0) as usize).min(l.len());
                let e = (s + n).min(l.len());
                removed = l.drain(s..e).collect();
            } else {
                // Normalise to a positive step, then keep the unselected items.
                let (mut lo, st) = if step < 0 {
                    (start + step * (n as isize - 1), -step)
                } else {
                    (start, step)
                };
                lo = lo.max(0);
                let old = std::mem::take(&mut *l);
                let mut keep = Vec::with_capacity(old.len().saturating_sub(n));
                let mut gone = Vec::with_capacity(n);
                let last = lo + st * (n as isize - 1);
                for (i, x) in old.into_iter().enumerate() {
                    let i = i as isize;
                    if i >= lo && i <= last && (i - lo) % st == 0 {
                        gone.push(x);
                    } else {
                        keep.push(x);
                    }
                }
                *l = keep;
                removed = gone;
            }
        }
        drop(removed);
        return Ok(());
    };
    if step == 1 {
        // Like list_ass_slice: an empty slice when stop < start.
        let items = if value.is(v) {
            cell.borrow().clone()
        } else {
            seq_fast(vm, value, "can only assign an iterable")?
        };
        let mut l = cell.borrow_mut();
        let lo = (start.max(0) as usize).min(l.len());
        let hi = (stop.max(0) as usize).clamp(lo, l.len());
        let old: Vec<Value> = l.splice(lo..hi, items).collect();
        drop(l);
        drop(old);
        return Ok(());
    }
    let items = if value.is(v) {
        cell.borrow().clone()
    } else {
        seq_fast(vm, value, "must assign iterable to extended slice")?
    };
    if items.len() != n {
        return Err(vm.value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            items.len(),
            n
        )));
    }
    let mut old = Vec::with_capacity(n);
    {
        let mut l = cell.borrow_mut();
        let mut i = start;
        for x in items {
            if let Some(slot) = usize::try_from(i).ok().and_then(|i| l.get_mut(i)) {
                old.push(std::mem::replace(slot, x));
            }
            i = i.wrapping_add(step);
        }
    }
    drop(old);
    Ok(())
}

fn list_contains(vm: &mut Vm, v: &Value, item: &Value) -> PyResult<bool> {
    let cell = list_cell(vm, v)?;
    Ok(list_find(vm, cell, item, 0, usize::MAX)?.is_some())
}

fn list_iter(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::Obj(Obj::new(
        &vm.types.list_iterator,
        Payload::Iter(IterData::Seq {
            seq: RefCell::new(Some(v.clone())),
            index: Cell::new(0),
        }),
    )))
}

fn both_lists(vm: &Vm, a: &Value, b: &Value) -> bool {
    as_list(a).is_some()
        && as_list(b).is_some()
        && vm.is_instance_of(a, &vm.types.list)
        && vm.is_instance_of(b, &vm.types.list)
}

/// `list + list` (anything else is NotImplemented, whose TypeError reads
/// "can only concatenate list (not "tuple") to list").
fn list_add(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    if !both_lists(vm, a, b) {
        return Ok(vm.not_implemented.clone());
    }
    let (Some(la), Some(lb)) = (as_list(a), as_list(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    let (xa, xb) = (la.borrow(), lb.borrow());
    let mut out = Vec::new();
    out.try_reserve_exact(xa.len() + xb.len())
        .map_err(|_| vm.memory_error())?;
    out.extend_from_slice(&xa);
    out.extend_from_slice(&xb);
    drop((xa, xb));
    Ok(vm.new_list(out))
}

/// The (sequence, count) operands of `seq * n` / `n * seq`, if the pair fits.
fn repeat_operands<'a>(
    vm: &Vm,
    a: &'a Value,
    b: &'a Value,
    is_seq: impl Fn(&Value) -> bool,
) -> Option<(&'a Value, &'a Value)> {
    if is_seq(a) && is_index(vm, b) {
        Some((a, b))
    } else if is_seq(b) && is_index(vm, a) {
        Some((b, a))
    } else {
        None
    }
}

fn is_list_instance(vm: &Vm, v: &Value) -> bool {
    as_list(v).is_some() && vm.is_instance_of(v, &vm.types.list)
}

fn list_mul(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let Some((seq, n)) = repeat_operands(vm, a, b, |x| is_list_instance(vm, x)) else {
        return Ok(vm.not_implemented.clone());
    };
    let (seq, n) = (seq.clone(), n.clone());
    let n = repeat_count(vm, &n)?;
    let cell = list_cell(vm, &seq)?;
    let items = cell.borrow().clone();
    let out = repeat_vec(vm, &items, n)?;
    Ok(vm.new_list(out))
}

fn list_iadd(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let Some(cell) = as_list(a) else {
        return Ok(vm.not_implemented.clone());
    };
    list_extend_from(vm, cell, b)?;
    Ok(a.clone())
}

fn list_imul(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let Some(cell) = as_list(a) else {
        return Ok(vm.not_implemented.clone());
    };
    if !is_index(vm, b) {
        return Ok(vm.not_implemented.clone());
    }
    let n = repeat_count(vm, b)?;
    let items = cell.borrow().clone();
    let out = repeat_vec(vm, &items, n)?;
    let old = std::mem::replace(&mut *cell.borrow_mut(), out);
    drop(old);
    Ok(a.clone())
}

// ----- methods -----

fn list_append(vm: &mut Vm, v: &Value, x: &Value) -> PyResult {
    list_cell(vm, v)?.borrow_mut().push(x.clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, v: &Value, x: &Value) -> PyResult {
    let cell = list_cell(vm, v)?;
    list_extend_from(vm, cell, x)?;
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(format!("insert expected 2 arguments, got {}", args.len())));
    }
    let cell = list_cell(vm, v)?;
    let i = ssize_arg(vm, &args[0])?;
    let mut l = cell.borrow_mut();
    let n = l.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(at as usize, args[1].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "pop expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let cell = list_cell(vm, v)?;
    let i = match args.first() {
        Some(a) => ssize_arg(vm, a)?,
        None => -1,
    };
    let mut l = cell.borrow_mut();
    if l.is_empty() {
        return Err(vm.index_error("pop from empty list"));
    }
    match crate::types::slice::normalize_index(i, l.len()) {
        Some(j) => Ok(l.remove(j)),
        None => Err(vm.index_error("pop index out of range")),
    }
}

fn list_remove(vm: &mut Vm, v: &Value, x: &Value) -> PyResult {
    let cell = list_cell(vm, v)?;
    match list_find(vm, cell, x, 0, usize::MAX)? {
        Some(i) => {
            let old = {
                let mut l = cell.borrow_mut();
                (i < l.len()).then(|| l.remove(i))
            };
            drop(old);
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn list_index(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("index expected at least 1 argument, got 0"));
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "index expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    let cell = list_cell(vm, v)?;
    let start = opt_slice_index(vm, args.get(1), 0)?;
    let stop = opt_slice_index(vm, args.get(2), i64::MAX)?;
    let len = cell.borrow().len();
    let (s, e) = clip_range(start, stop, len);
    match list_find(vm, cell, &args[0], s, e)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr_string(&args[0])?;
            Err(vm.value_error(format!("{r} is not in list")))
        }
    }
}

fn list_count(vm: &mut Vm, v: &Value, x: &Value) -> PyResult {
    let cell = list_cell(vm, v)?;
    let mut n = 0i64;
    let mut i = 0;
    while let Some(j) = list_find(vm, cell, x, i, usize::MAX)? {
        n += 1;
        i = j + 1;
    }
    Ok(Value::Int(n))
}

fn list_clear(vm: &mut Vm, v: &Value) -> PyResult {
    let old = std::mem::take(&mut *list_cell(vm, v)?.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, v: &Value) -> PyResult {
    let items = list_cell(vm, v)?.borrow().clone();
    Ok(vm.new_list(items))
}

fn list_reverse(vm: &mut Vm, v: &Value) -> PyResult {
    list_cell(vm, v)?.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_reversed(vm: &mut Vm, v: &Value) -> PyResult {
    let cell = list_cell(vm, v)?;
    let n = cell.borrow().len() as isize;
    let obj = v.as_obj().cloned();
    Ok(Value::Obj(Obj::new(
        &vm.types.list_reverseiterator,
        Payload::Iter(IterData::ListReverse {
            list: RefCell::new(obj),
            index: Cell::new(n - 1),
        }),
    )))
}

fn list_sizeof(vm: &mut Vm, v: &Value) -> PyResult {
    let cap = list_cell(vm, v)?.borrow().capacity();
    Ok(Value::Int(40 + 8 * cap as i64))
}

/// `list.sort(*, key=None, reverse=False)`, like `list_sort_impl`: the list is
/// empty while sorting; changes made meanwhile are an error.
fn list_sort(vm: &mut Vm, v: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = Args::new(args, kwnames);
    if !a.pos.is_empty() {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    if a.kwnames.len() > 2 {
        return Err(vm.type_error(format!(
            "sort() takes at most 2 keyword arguments ({} given)",
            a.kwnames.len()
        )));
    }
    let mut key = None;
    let mut reverse = false;
    for (k, val) in a.kwnames.iter().zip(a.kwvalues) {
        match crate::util::as_str(k) {
            Some("key") => key = Some(val.clone()),
            Some("reverse") => reverse = ssize_arg(vm, val)? != 0,
            other => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for sort()",
                    other.unwrap_or("")
                )))
            }
        }
    }
    let cell = list_cell(vm, v)?;
    let mut items = std::mem::take(&mut *cell.borrow_mut());
    let r = sort_values(vm, &mut items, key.as_ref(), reverse);
    let modified = cell.borrow().capacity() != 0;
    let junk = std::mem::replace(&mut *cell.borrow_mut(), items);
    drop(junk);
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

// ----- sorting -----

/// Sort `items` in place, stably, like `list.sort(key=key, reverse=reverse)`:
/// comparisons use `<` (`__lt__`), the first exception stops the sort (items
/// stay a permutation of the input).
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let key = key.filter(|k| !k.is_none());
    if items.len() < 2 {
        if let (Some(k), Some(x)) = (key, items.first()) {
            vm.call(k, std::slice::from_ref(x), None)?;
        }
        return Ok(());
    }
    let mut keys: Option<Vec<Value>> = match key {
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for x in items.iter() {
                ks.push(vm.call(k, std::slice::from_ref(x), None)?);
            }
            Some(ks)
        }
        None => None,
    };
    // Reversing before and after a stable sort keeps equal items in order.
    if reverse {
        items.reverse();
        if let Some(k) = keys.as_mut() {
            k.reverse();
        }
    }
    let r = match keys {
        None => sort_by_keys(vm, items),
        Some(ks) => {
            let mut perm: Vec<usize> = (0..items.len()).collect();
            let r = sort_perm(vm, &ks, &mut perm);
            let old = std::mem::take(items);
            let mut slots: Vec<Option<Value>> = old.into_iter().map(Some).collect();
            items.extend(
                perm.iter()
                    .filter_map(|&i| slots.get_mut(i).and_then(|s| s.take())),
            );
            r
        }
    };
    if reverse {
        items.reverse();
    }
    r
}

/// Sort values by themselves.
fn sort_by_keys(vm: &mut Vm, items: &mut Vec<Value>) -> PyResult<()> {
    if let Some(done) = sort_fast(vm, items) {
        return done;
    }
    let mut perm: Vec<usize> = (0..items.len()).collect();
    let r = sort_perm(vm, items, &mut perm);
    let sorted: Vec<Value> = perm.iter().map(|&i| items[i].clone()).collect();
    *items = sorted;
    r
}

/// Homogeneous ints, floats or strs sort without calling back into Python
/// (CPython's `unsafe_*_compare` pre-checks).
fn sort_fast(vm: &Vm, items: &mut [Value]) -> Option<PyResult<()>> {
    match &items[0] {
        Value::Int(_) if items.iter().all(|x| matches!(x, Value::Int(_))) => {
            items.sort_by_key(|x| match x {
                Value::Int(i) => *i,
                _ => 0,
            });
            Some(Ok(()))
        }
        Value::Float(_)
            if items
                .iter()
                .all(|x| matches!(x, Value::Float(f) if !f.is_nan())) =>
        {
            items.sort_by(|a, b| match (a, b) {
                (Value::Float(x), Value::Float(y)) => {
                    x.partial_cmp(y).unwrap_or(std::cmp::Ordering::Equal)
                }
                _ => std::cmp::Ordering::Equal,
            });
            Some(Ok(()))
        }
        Value::Obj(_) => {
            let str_t = &vm.types.str;
            let all_str = items.iter().all(|x| match x {
                Value::Obj(o) => {
                    o.as_str().is_some() && o.ty.as_ref().is_some_and(|t| Rc::ptr_eq(t, str_t))
                }
                _ => false,
            });
            if !all_str {
                return None;
            }
            items.sort_by(|a, b| crate::util::as_str(a).cmp(&crate::util::as_str(b)));
            Some(Ok(()))
        }
        _ => None,
    }
}

/// `keys[a] < keys[b]` through the rich comparison protocol.
fn key_lt(vm: &mut Vm, keys: &[Value], a: usize, b: usize) -> PyResult<bool> {
    value_lt(vm, &keys[a], &keys[b])
}

/// `x < y` with the common built-in cases decided inline (CPython's
/// `unsafe_long_compare` / `unsafe_latin_compare` / `unsafe_tuple_compare`).
fn value_lt(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<bool> {
    match (x, y) {
        (Value::Int(p), Value::Int(q)) => return Ok(p < q),
        (Value::Float(p), Value::Float(q)) => return Ok(**p < **q),
        (Value::Obj(p), Value::Obj(q)) => {
            let (tp, tq) = (p.ty.as_ref(), q.ty.as_ref());
            let same_builtin = |t: &ObjRef| {
                tp.is_some_and(|a| Rc::ptr_eq(a, t)) && tq.is_some_and(|b| Rc::ptr_eq(b, t))
            };
            match (&p.payload, &q.payload) {
                (Payload::Str(s), Payload::Str(t)) if same_builtin(&vm.types.str) => {
                    return Ok(s.as_str() < t.as_str())
                }
                (Payload::Tuple(s), Payload::Tuple(t)) if same_builtin(&vm.types.tuple) => {
                    // The first differing items decide; a proper prefix is smaller.
                    vm.check_native_stack()?;
                    for (a, b) in s.iter().zip(t.iter()) {
                        let same = match fast_eq(a, b) {
                            Some(r) => r,
                            None => vm.eq(a, b)?,
                        };
                        if !same {
                            return value_lt(vm, a, b);
                        }
                    }
                    return Ok(s.len() < t.len());
                }
                _ => {}
            }
        }
        _ => {}
    }
    let r = vm.rich_compare(x, y, CompareOp::Lt)?;
    match r {
        Value::Bool(b) => Ok(*b),
        _ => vm.truthy(&r),
    }
}

/// Sort the permutation `perm` of indices into `keys`, stably: binary
/// insertion sort on short runs, then bottom-up merging. Never panics on an
/// inconsistent `__lt__`; on error `perm` stays a permutation.
fn sort_perm(vm: &mut Vm, keys: &[Value], perm: &mut [usize]) -> PyResult<()> {
    // Homogeneous ints, floats or strs need no callbacks (CPython's
    // `unsafe_*_compare` pre-checks); Rust's stable sort is fine for total orders.
    if keys.len() > 1 {
        if keys.iter().all(|k| matches!(k, Value::Int(_))) {
            perm.sort_by_key(|&i| match keys[i] {
                Value::Int(x) => x,
                _ => 0,
            });
            return Ok(());
        }
        let str_t = vm.types.str.clone();
        let all_str = keys.iter().all(|x| match x {
            Value::Obj(o) => {
                o.as_str().is_some() && o.ty.as_ref().is_some_and(|t| Rc::ptr_eq(t, &str_t))
            }
            _ => false,
        });
        if all_str {
            perm.sort_by(|&a, &b| {
                crate::util::as_str(&keys[a]).cmp(&crate::util::as_str(&keys[b]))
            });
            return Ok(());
        }
        if keys
            .iter()
            .all(|x| matches!(x, Value::Float(f) if !f.is_nan()))
        {
            perm.sort_by(|&a, &b| match (&keys[a], &keys[b]) {
                (Value::Float(x), Value::Float(y)) => {
                    x.partial_cmp(y).unwrap_or(std::cmp::Ordering::Equal)
                }
                _ => std::cmp::Ordering::Equal,
            });
            return Ok(());
        }
    }
    const RUN: usize = 32;
    let n = perm.len();
    let mut lo = 0;
    while lo < n {
        let hi = (lo + RUN).min(n);
        for i in lo + 1..hi {
            let pivot = perm[i];
            let (mut l, mut r) = (lo, i);
            while l < r {
                let mid = l + (r - l) / 2;
                if key_lt(vm, keys, pivot, perm[mid])? {
                    r = mid;
                } else {
                    l = mid + 1;
                }
            }
            perm[l..=i].rotate_right(1);
        }
        lo = hi;
    }
    let mut width = RUN;
    let mut tmp: Vec<usize> = Vec::with_capacity(n / 2 + 1);
    while width < n {
        let mut lo = 0;
        while lo + width < n {
            let mid = lo + width;
            let hi = (lo + 2 * width).min(n);
            merge(vm, keys, &mut perm[lo..hi], mid - lo, &mut tmp)?;
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}

/// Merge the sorted halves `run[..mid]` and `run[mid..]`, left items first on ties.
fn merge(
    vm: &mut Vm,
    keys: &[Value],
    run: &mut [usize],
    mid: usize,
    tmp: &mut Vec<usize>,
) -> PyResult<()> {
    // Already in order: the last left item is not greater than the first right one.
    if !key_lt(vm, keys, run[mid], run[mid - 1])? {
        return Ok(());
    }
    tmp.clear();
    tmp.extend_from_slice(&run[..mid]);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < tmp.len() && j < run.len() {
        let take_right = match key_lt(vm, keys, run[j], tmp[i]) {
            Ok(b) => b,
            Err(e) => {
                // Put the unmerged left items back into the gap.
                run[k..k + tmp.len() - i].copy_from_slice(&tmp[i..]);
                return Err(e);
            }
        };
        if take_right {
            run[k] = run[j];
            j += 1;
        } else {
            run[k] = tmp[i];
            i += 1;
        }
        k += 1;
    }
    while i < tmp.len() {
        run[k] = tmp[i];
        i += 1;
        k += 1;
    }
    Ok(())
}

static METHODS: [MethodDef; 13] = [
    MethodDef {
        name: "append",
        func: NativeFn::O(list_append),
        doc: "",
    },
    MethodDef {
        name: "extend",
        func: NativeFn::O(list_extend),
        doc: "",
    },
    MethodDef {
        name: "insert",
        func: NativeFn::FastCall(list_insert),
        doc: "",
    },
    MethodDef {
        name: "pop",
        func: NativeFn::FastCall(list_pop),
        doc: "",
    },
    MethodDef {
        name: "remove",
        func: NativeFn::O(list_remove),
        doc: "",
    },
    MethodDef {
        name: "index",
        func: NativeFn::FastCall(list_index),
        doc: "",
    },
    MethodDef {
        name: "count",
        func: NativeFn::O(list_count),
        doc: "",
    },
    MethodDef {
        name: "clear",
        func: NativeFn::NoArgs(list_clear),
        doc: "",
    },
    MethodDef {
        name: "copy",
        func: NativeFn::NoArgs(list_copy),
        doc: "",
    },
    MethodDef {
        name: "reverse",
        func: NativeFn::NoArgs(list_reverse),
        doc: "",
    },
    MethodDef {
        name: "sort",
        func: NativeFn::FastCallKw(list_sort),
        doc: "",
    },
    MethodDef {
        name: "__reversed__",
        func: NativeFn::NoArgs(list_reversed),
        doc: "",
    },
    MethodDef {
        name: "__sizeof__",
        func: NativeFn::NoArgs(list_sizeof),
        doc: "",
    },
];

pub fn install(vm: &mut Vm) {
    let t = vm.types.list.clone();
    let s = &tdata(&t).slots;
    s.new.set(Some(list_new));
    s.init.set(Some(list_init));
    s.repr.set(Some(list_repr));
    s.richcompare.set(Some(list_richcompare));
    s.len.set(Some(list_len));
    s.getitem.set(Some(list_subscript));
    s.setitem.set(Some(list_ass_subscript));
    s.contains.set(Some(list_contains));
    s.iter.set(Some(list_iter));
    s.binary[BinOp::Add as usize].set(Some(list_add));
    s.binary[BinOp::Mul as usize].set(Some(list_mul));
    s.inplace[BinOp::Add as usize].set(Some(list_iadd));
    s.inplace[BinOp::Mul as usize].set(Some(list_imul));
    s.hash_none.set(true);
    set_type_attr(vm, &t, "__hash__", Value::None);
    add_methods(vm, &t, &METHODS);
}
