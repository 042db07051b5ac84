//! The built-in iterator types' `iter`/`next` slots: list, tuple, sequence,
//! reversed list, range (and long range), bytes, dict (forward and reversed),
//! set and callable iterators.

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cell::{Cell, RefCell};
use taipan_object::class::add_methods;
use taipan_object::function::{MethodDef, NativeFn};
use taipan_object::iter::IterData;
use taipan_object::object::{DictViewKind, Obj, ObjRef, Payload};
use taipan_object::typeobj::{tdata, NextSlot};
use taipan_object::{PyResult, Value, Vm};

fn iter_data<'a>(vm: &Vm, it: &'a Value) -> PyResult<&'a IterData> {
    match it.as_obj().map(|o| &o.payload) {
        Some(Payload::Iter(d)) => Ok(d),
        _ => Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it)))),
    }
}

fn native<'a, T: 'static>(vm: &Vm, it: &'a Value) -> PyResult<&'a T> {
    it.as_obj()
        .and_then(|o| o.as_native::<T>())
        .ok_or_else(|| vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))))
}

/// `tp_iter` of every iterator: itself.
fn self_iter(_vm: &mut Vm, it: &Value) -> PyResult {
    Ok(it.clone())
}

// ----- list / tuple / sequence -----

/// `listiter_next` and `tupleiter_next`: index into the raw storage.
fn list_iter_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    let IterData::Seq { seq, index } = iter_data(vm, it)? else {
        return Ok(None);
    };
    let item = {
        let s = seq.borrow();
        let Some(Value::Obj(o)) = &*s else {
            return Ok(None);
        };
        let i = index.get();
        match &o.payload {
            Payload::List(l) => l.borrow().get(i).cloned(),
            Payload::Tuple(t) => t.get(i).cloned(),
            _ => None,
        }
    };
    match item {
        Some(x) => {
            index.set(index.get() + 1);
            Ok(Some(x))
        }
        None => {
            let old = seq.borrow_mut().take();
            drop(old);
            Ok(None)
        }
    }
}

/// `iter_iternext`: `seq[i]` until IndexError or StopIteration.
fn seq_iter_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    let IterData::Seq { seq, index } = iter_data(vm, it)? else {
        return Ok(None);
    };
    let Some(s) = seq.borrow().clone() else {
        return Ok(None);
    };
    let i = index.get();
    match vm.getitem(&s, &Value::Int(i as i64)) {
        Ok(x) => {
            index.set(i + 1);
            Ok(Some(x))
        }
        Err(e) => {
            let ev = e.value();
            let (ie, si) = (vm.exc.index_error.clone(), vm.exc.stop_iteration.clone());
            if vm.is_instance_of(&ev, &ie) || vm.is_instance_of(&ev, &si) {
                *seq.borrow_mut() = None;
                return Ok(None);
            }
            Err(e)
        }
    }
}

fn seq_length_hint(vm: &mut Vm, it: &Value) -> PyResult {
    let IterData::Seq { seq, index } = iter_data(vm, it)? else {
        return Ok(Value::Int(0));
    };
    let Some(s) = seq.borrow().clone() else {
        return Ok(Value::Int(0));
    };
    let n = match s.as_obj().map(|o| &o.payload) {
        Some(Payload::List(l)) => l.borrow().len(),
        Some(Payload::Tuple(t)) => t.len(),
        _ if vm.type_data(&s).slots.len.get().is_some() => vm.len(&s)?,
        _ => 0,
    };
    Ok(Value::Int(n.saturating_sub(index.get()) as i64))
}

/// `listreviter_next`.
fn list_reverse_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    let IterData::ListReverse { list, index } = iter_data(vm, it)? else {
        return Ok(None);
    };
    let item = {
        let l = list.borrow();
        let Some(o) = &*l else { return Ok(None) };
        let i = index.get();
        match (&o.payload, usize::try_from(i)) {
            (Payload::List(items), Ok(i)) => items.borrow().get(i).cloned(),
            _ => None,
        }
    };
    match item {
        Some(x) => {
            index.set(index.get() - 1);
            Ok(Some(x))
        }
        None => {
            index.set(-1);
            let old = list.borrow_mut().take();
            drop(old);
            Ok(None)
        }
    }
}

fn list_reverse_length_hint(vm: &mut Vm, it: &Value) -> PyResult {
    let IterData::ListReverse { list, index } = iter_data(vm, it)? else {
        return Ok(Value::Int(0));
    };
    let n = match &*list.borrow() {
        Some(o) => match &o.payload {
            Payload::List(items)
                if index.get() >= 0 && (index.get() as usize) < items.borrow().len() =>
            {
                index.get() + 1
            }
            _ => 0,
        },
        None => 0,
    };
    Ok(Value::Int(n as i64))
}

// ----- range -----

fn range_iter_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    Ok(iter_data(vm, it)?.range_step().flatten().map(Value::Int))
}

fn range_length_hint(vm: &mut Vm, it: &Value) -> PyResult {
    let IterData::Range { remaining, .. } = iter_data(vm, it)? else {
        return Ok(Value::Int(0));
    };
    Ok(vm.new_int(BigInt::from(remaining.get())))
}

/// `longrangeiterobject`: a range whose items do not fit in 64 bits.
pub struct LongRangeIter {
    next: RefCell<BigInt>,
    step: BigInt,
    remaining: RefCell<BigInt>,
}

/// An iterator over `len` items `start, start + step, ...` of any size.
pub fn new_range_iter(vm: &Vm, start: &BigInt, step: &BigInt, len: &BigInt) -> Value {
    let last: BigInt = start + step * (len - BigInt::one());
    if let (Some(s), Some(st), Some(n), Some(_)) =
        (start.to_i64(), step.to_i64(), len.to_u64(), last.to_i64())
    {
        return Value::Obj(Obj::new(
            &vm.types.range_iterator,
            Payload::Iter(IterData::Range {
                next: Cell::new(s),
                step: st,
                remaining: Cell::new(n),
            }),
        ));
    }
    if len.is_zero() || len.is_negative() {
        return Value::Obj(Obj::new(
            &vm.types.range_iterator,
            Payload::Iter(IterData::Range {
                next: Cell::new(0),
                step: 1,
                remaining: Cell::new(0),
            }),
        ));
    }
    let ty = registry_type(vm, "longrange_iterator");
    Value::Obj(Obj::new(
        &ty,
        Payload::Native(Box::new(LongRangeIter {
            next: RefCell::new(start.clone()),
            step: step.clone(),
            remaining: RefCell::new(len.clone()),
        })),
    ))
}

fn longrange_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    let r = native::<LongRangeIter>(vm, it)?;
    if !r.remaining.borrow().is_positive() {
        return Ok(None);
    }
    *r.remaining.borrow_mut() -= BigInt::one();
    let v = r.next.borrow().clone();
    *r.next.borrow_mut() += &r.step;
    Ok(Some(vm.new_int(v)))
}

fn longrange_length_hint(vm: &mut Vm, it: &Value) -> PyResult {
    let r = native::<LongRangeIter>(vm, it)?;
    let n = r.remaining.borrow().clone();
    Ok(vm.new_int(n))
}

// ----- bytes -----

fn bytes_iter_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    let IterData::Bytes { b, index } = iter_data(vm, it)? else {
        return Ok(None);
    };
    let i = index.get();
    let x = match &b.payload {
        Payload::Bytes(v) => v.get(i).copied(),
        Payload::ByteArray(v) => v.borrow().get(i).copied(),
        _ => None,
    };
    match x {
        Some(x) => {
            index.set(i + 1);
            Ok(Some(Value::Int(x as i64)))
        }
        None => {
            index.set(usize::MAX);
            Ok(None)
        }
    }
}

fn bytes_length_hint(vm: &mut Vm, it: &Value) -> PyResult {
    let IterData::Bytes { b, index } = iter_data(vm, it)? else {
        return Ok(Value::Int(0));
    };
    let n = match &b.payload {
        Payload::Bytes(v) => v.len(),
        Payload::ByteArray(v) => v.borrow().len(),
        _ => 0,
    };
    Ok(Value::Int(n.saturating_sub(index.get()) as i64))
}

/// An iterator over a bytes or bytearray object.
pub fn new_bytes_iter(vm: &Vm, b: &ObjRef) -> Value {
    let ty = if matches!(b.payload, Payload::ByteArray(_)) {
        registry_type(vm, "bytearray_iterator")
    } else {
        vm.types.bytes_iterator.clone()
    };
    Value::Obj(Obj::new(
        &ty,
        Payload::Iter(IterData::Bytes {
            b: b.clone(),
            index: Cell::new(0),
        }),
    ))
}

// ----- str -----

// ----- dict -----

fn dict_item(vm: &Vm, kind: DictViewKind, k: &Value, v: &Value) -> Value {
    match kind {
        DictViewKind::Keys => k.clone(),
        DictViewKind::Values => v.clone(),
        DictViewKind::Items => vm.new_tuple(vec![k.clone(), v.clone()]),
    }
}

/// `dictiter_iternext*`: entries in insertion order; a size change is an error.
fn dict_iter_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    let IterData::Dict {
        dict,
        kind,
        pos,
        len_at_start,
        remaining,
    } = iter_data(vm, it)?
    else {
        return Ok(None);
    };
    if pos.get() == usize::MAX {
        return Ok(None);
    }
    let Some(d) = dict.as_dict() else {
        return Ok(None);
    };
    let found = {
        let b = d.borrow();
        if b.len() != *len_at_start {
            None
        } else {
            Some(
                b.next_entry(pos.get())
                    .map(|(p, e)| (p, e.key.clone(), e.value.clone())),
            )
        }
    };
    match found {
        None => {
            remaining.set(0);
            Err(vm.runtime_error("dictionary changed size during iteration"))
        }
        Some(None) => {
            pos.set(usize::MAX);
            remaining.set(0);
            Ok(None)
        }
        Some(Some((p, k, v))) => {
            pos.set(p + 1);
            remaining.set(remaining.get().saturating_sub(1));
            Ok(Some(dict_item(vm, *kind, &k, &v)))
        }
    }
}

fn dict_length_hint(vm: &mut Vm, it: &Value) -> PyResult {
    let IterData::Dict {
        dict,
        pos,
        len_at_start,
        remaining,
        ..
    } = iter_data(vm, it)?
    else {
        return Ok(Value::Int(0));
    };
    let live = dict
        .as_dict()
        .is_some_and(|d| d.borrow().len() == *len_at_start);
    let n = if live && pos.get() != usize::MAX {
        remaining.get()
    } else {
        0
    };
    Ok(Value::Int(n as i64))
}

/// `dictreviterobject`: a dict's entries, last inserted first.
pub struct DictRevIter {
    dict: RefCell<Option<ObjRef>>,
    kind: DictViewKind,
    /// One past the next position to look at (0: exhausted).
    pos: Cell<usize>,
    len_at_start: usize,
    remaining: Cell<usize>,
}

/// `reversed(d)`, `reversed(d.values())`, `reversed(d.items())`.
pub fn new_dict_reverse_iter(vm: &Vm, dict: &ObjRef, kind: DictViewKind) -> Value {
    let (len, positions) = dict.as_dict().map_or((0, 0), |d| {
        let b = d.borrow();
        (b.len(), b.capacity_positions())
    });
    let name = match kind {
        DictViewKind::Keys => "dict_reversekeyiterator",
        DictViewKind::Values => "dict_reversevalueiterator",
        DictViewKind::Items => "dict_reverseitemiterator",
    };
    let ty = registry_type(vm, name);
    Value::Obj(Obj::new(
        &ty,
        Payload::Native(Box::new(DictRevIter {
            dict: RefCell::new(Some(dict.clone())),
            kind,
            pos: Cell::new(positions),
            len_at_start: len,
            remaining: Cell::new(len),
        })),
    ))
}

fn dict_rev_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    let r = native::<DictRevIter>(vm, it)?;
    let Some(d) = r.dict.borrow().clone() else {
        return Ok(None);
    };
    let Some(cell) = d.as_dict() else {
        return Ok(None);
    };
    let found = {
        let b = cell.borrow();
        if b.len() != r.len_at_start {
            None
        } else {
            let mut p = r.pos.get().min(b.capacity_positions());
            let mut hit = None;
            while p > 0 {
                p -= 1;
                if let Some(e) = b.entry(p) {
                    hit = Some((p, e.key.clone(), e.value.clone()));
                    break;
                }
            }
            Some(hit)
        }
    };
    match found {
        None => {
            *r.dict.borrow_mut() = None;
            r.remaining.set(0);
            Err(vm.runtime_error("dictionary changed size during iteration"))
        }
        Some(None) => {
            *r.dict.borrow_mut() = None;
            r.remaining.set(0);
            Ok(None)
        }
        Some(Some((p, k, v))) => {
            r.pos.set(p);
            r.remaining.set(r.remaining.get().saturating_sub(1));
            Ok(Some(dict_item(vm, r.kind, &k, &v)))
        }
    }
}

fn dict_rev_length_hint(vm: &mut Vm, it: &Value) -> PyResult {
    let r = native::<DictRevIter>(vm, it)?;
    Ok(Value::Int(r.remaining.get() as i64))
}

// ----- set -----

/// `setiter_iternext`: table order; a size change is an error.
fn set_iter_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    let IterData::Set {
        set,
        pos,
        len_at_start,
        remaining,
    } = iter_data(vm, it)?
    else {
        return Ok(None);
    };
    if pos.get() == usize::MAX {
        return Ok(None);
    }
    let Some(cell) = Vm::any_set_cell(set) else {
        return Ok(None);
    };
    let found = {
        let t = cell.borrow();
        if t.len() != *len_at_start {
            None
        } else {
            Some(t.next_from(pos.get()).map(|(p, k)| (p, k.clone())))
        }
    };
    match found {
        None => {
            pos.set(usize::MAX);
            remaining.set(0);
            Err(vm.runtime_error("Set changed size during iteration"))
        }
        Some(None) => {
            pos.set(usize::MAX);
            remaining.set(0);
            Ok(None)
        }
        Some(Some((p, k))) => {
            pos.set(p + 1);
            remaining.set(remaining.get().saturating_sub(1));
            Ok(Some(k))
        }
    }
}

fn set_length_hint(vm: &mut Vm, it: &Value) -> PyResult {
    let IterData::Set {
        set,
        pos,
        len_at_start,
        remaining,
    } = iter_data(vm, it)?
    else {
        return Ok(Value::Int(0));
    };
    let live = Vm::any_set_cell(set).is_some_and(|c| c.borrow().len() == *len_at_start);
    let n = if live && pos.get() != usize::MAX {
        remaining.get()
    } else {
        0
    };
    Ok(Value::Int(n as i64))
}

// ----- callable -----

/// `iter(callable, sentinel)`.
pub fn new_callable_iter(vm: &Vm, func: Value, sentinel: Value) -> Value {
    Value::Obj(Obj::new(
        &vm.types.callable_iterator,
        Payload::Iter(IterData::Callable {
            func: RefCell::new(Some(func)),
            sentinel,
        }),
    ))
}

/// `calliter_iternext`: call until the result equals the sentinel.
fn callable_iter_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    let IterData::Callable { func, sentinel } = iter_data(vm, it)? else {
        return Ok(None);
    };
    let Some(f) = func.borrow().clone() else {
        return Ok(None);
    };
    match vm.call(&f, &[], None) {
        Ok(r) => {
            if vm.eq(&r, sentinel)? {
                *func.borrow_mut() = None;
                return Ok(None);
            }
            Ok(Some(r))
        }
        Err(e) => {
            let si = vm.exc.stop_iteration.clone();
            if vm.is_instance_of(&e.value(), &si) {
                *func.borrow_mut() = None;
                return Ok(None);
            }
            Err(e)
        }
    }
}

// ----- registration -----

/// A built-in type object created here (iterators the core has no field for);
/// kept in `vm.registry` under its name.
fn make_type(vm: &mut Vm, name: &'static str, next: NextSlot, methods: &'static [MethodDef]) {
    let t = crate::util::new_static_type(vm, name, 0);
    let td = tdata(&t);
    td.slots.iter.set(Some(self_iter));
    td.slots.next.set(Some(next));
    td.slots.new.set(None);
    td.slots.init.set(None);
    add_methods(vm, &t, methods);
    taipan_object::slotdefs::add_slot_wrappers(vm, &t);
    vm.registry.insert(name, Value::Obj(t));
}

/// A type made by `make_type`.
pub fn registry_type(vm: &Vm, name: &str) -> ObjRef {
    match vm.registry.get(name) {
        Some(Value::Obj(t)) => t.clone(),
        _ => vm.types.object.clone(),
    }
}

static SEQ_METHODS: [MethodDef; 1] = [MethodDef {
    name: "__length_hint__",
    func: NativeFn::NoArgs(seq_length_hint),
    doc: "",
}];
static LIST_REV_METHODS: [MethodDef; 1] = [MethodDef {
    name: "__length_hint__",
    func: NativeFn::NoArgs(list_reverse_length_hint),
    doc: "",
}];
static RANGE_METHODS: [MethodDef; 1] = [MethodDef {
    name: "__length_hint__",
    func: NativeFn::NoArgs(range_length_hint),
    doc: "",
}];
static LONGRANGE_METHODS: [MethodDef; 1] = [MethodDef {
    name: "__length_hint__",
    func: NativeFn::NoArgs(longrange_length_hint),
    doc: "",
}];
static BYTES_METHODS: [MethodDef; 1] = [MethodDef {
    name: "__length_hint__",
    func: NativeFn::NoArgs(bytes_length_hint),
    doc: "",
}];
static DICT_METHODS: [MethodDef; 1] = [MethodDef {
    name: "__length_hint__",
    func: NativeFn::NoArgs(dict_length_hint),
    doc: "",
}];
static DICT_REV_METHODS: [MethodDef; 1] = [MethodDef {
    name: "__length_hint__",
    func: NativeFn::NoArgs(dict_rev_length_hint),
    doc: "",
}];
static SET_METHODS: [MethodDef; 1] = [MethodDef {
    name: "__length_hint__",
    func: NativeFn::NoArgs(set_length_hint),
    doc: "",
}];

pub fn install(vm: &mut Vm) {
    let core: [(ObjRef, NextSlot, &'static [MethodDef]); 11] = [
        (vm.types.list_iterator.clone(), list_iter_next, &SEQ_METHODS),
        (
            vm.types.tuple_iterator.clone(),
            list_iter_next,
            &SEQ_METHODS,
        ),
        (vm.types.seq_iterator.clone(), seq_iter_next, &SEQ_METHODS),
        (
            vm.types.list_reverseiterator.clone(),
            list_reverse_next,
            &LIST_REV_METHODS,
        ),
        (
            vm.types.range_iterator.clone(),
            range_iter_next,
            &RANGE_METHODS,
        ),
        (
            vm.types.bytes_iterator.clone(),
            bytes_iter_next,
            &BYTES_METHODS,
        ),
        (
            vm.types.dict_keyiterator.clone(),
            dict_iter_next,
            &DICT_METHODS,
        ),
        (
            vm.types.dict_valueiterator.clone(),
            dict_iter_next,
            &DICT_METHODS,
        ),
        (
            vm.types.dict_itemiterator.clone(),
            dict_iter_next,
            &DICT_METHODS,
        ),
        (vm.types.set_iterator.clone(), set_iter_next, &SET_METHODS),
        (vm.types.callable_iterator.clone(), callable_iter_next, &[]),
    ];
    for (t, next, methods) in core {
        let s = &tdata(&t).slots;
        s.iter.set(Some(self_iter));
        s.next.set(Some(next));
        add_methods(vm, &t, methods);
    }
    make_type(vm, "longrange_iterator", longrange_next, &LONGRANGE_METHODS);
    make_type(vm, "bytearray_iterator", bytes_iter_next, &BYTES_METHODS);
    make_type(
        vm,
        "dict_reversekeyiterator",
        dict_rev_next,
        &DICT_REV_METHODS,
    );
    make_type(
        vm,
        "dict_reversevalueiterator",
        dict_rev_next,
        &DICT_REV_METHODS,
    );
    make_type(
        vm,
        "dict_reverseitemiterator",
        dict_rev_next,
        &DICT_REV_METHODS,
    );
}
