//! The `dict` type and its views (`dict_keys`, `dict_values`, `dict_items`): slots and methods.

use crate::types::list::{push_repr, repr_items, seq_fast};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use taipan_object::call::Args;
use taipan_object::class::{add_class_methods, add_methods, set_type_attr};
use taipan_object::dict::Dict;
use taipan_object::function::{MethodDef, NativeFn};
use taipan_object::iter::IterData;
use taipan_object::object::{DictViewKind, Obj, ObjRef, Payload};
use taipan_object::typeobj::{tdata, BinOp};
use taipan_object::{CompareOp, PyResult, Value, Vm};

/// The dict object and its table, for a dict or dict subclass instance.
#[inline]
pub fn dict_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<(&'a ObjRef, &'a RefCell<Dict>)> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Dict(d) => Ok((o, d)),
            _ => Err(not_dict(vm, v)),
        },
        _ => Err(not_dict(vm, v)),
    }
}

fn not_dict(vm: &Vm, v: &Value) -> taipan_object::PyErr {
    vm.type_error(format!(
        "descriptor requires a 'dict' object but received a '{}'",
        vm.type_name(v)
    ))
}

fn is_dict_instance(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.as_dict().is_some()) && vm.is_instance_of(v, &vm.types.dict)
}

fn is_exact_dict(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.as_dict().is_some() && o.ty.as_ref().is_some_and(|t| Rc::ptr_eq(t, &vm.types.dict)))
}

/// The (hash, key, value) of the live entry at or after `pos`, and its position.
fn entry_at(d: &RefCell<Dict>, pos: usize) -> Option<(usize, i64, Value, Value)> {
    let b = d.borrow();
    b.next_entry(pos)
        .map(|(p, e)| (p, e.hash, e.key.clone(), e.value.clone()))
}

/// A new exact dict holding a copy of `src`'s entries (`PyDict_Copy`).
pub fn dict_copy_table(src: &Dict) -> Dict {
    let mut out = Dict::with_capacity(src.len());
    for e in src.iter() {
        out.insert_new(e.hash, e.key.clone(), e.value.clone());
    }
    out
}

/// Like `PyDict_Merge(a, b, override)`: copy a mapping's items into `target`.
pub fn dict_merge(vm: &mut Vm, target: &ObjRef, src: &Value, override_: bool) -> PyResult<()> {
    if let Value::Obj(o) = src {
        if let Payload::Dict(d) = &o.payload {
            let plain_iter = vm.type_data(src).slots.iter.get().map(|f| f as usize)
                == tdata(&vm.types.dict).slots.iter.get().map(|f| f as usize);
            if plain_iter {
                if Rc::ptr_eq(o, target) {
                    return Ok(());
                }
                let target_empty = target.as_dict().is_some_and(|t| t.borrow().is_empty());
                if target_empty && override_ {
                    // No key can collide: copy the entries with their hashes.
                    let copy = dict_copy_table(&d.borrow());
                    if let Some(t) = target.as_dict() {
                        let old = std::mem::replace(&mut *t.borrow_mut(), copy);
                        drop(old);
                    }
                    return Ok(());
                }
                let mut pos = 0;
                while let Some((p, h, k, v)) = entry_at(d, pos) {
                    pos = p + 1;
                    if !override_ && vm.dict_contains(target, &k)? {
                        continue;
                    }
                    vm.dict_set_hashed(target, k, h, v)?;
                }
                return Ok(());
            }
        }
    }
    let keys = vm.call_method(src, "keys", &[])?;
    let it = vm.iter(&keys)?;
    while let Some(k) = vm.next(&it)? {
        if !override_ && vm.dict_contains(target, &k)? {
            continue;
        }
        let v = vm.getitem(src, &k)?;
        vm.dict_set(target, k, v)?;
    }
    Ok(())
}

/// Like `PyDict_MergeFromSeq2`: an iterable of key/value pairs.
pub fn dict_merge_from_seq2(vm: &mut Vm, target: &ObjRef, seq: &Value) -> PyResult<()> {
    let it = vm.iter(seq)?;
    let mut i = 0usize;
    while let Some(item) = vm.next(&it)? {
        let msg = format!("cannot convert dictionary update sequence element #{i} to a sequence");
        let pair = seq_fast(vm, &item, &msg)?;
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut pair = pair.into_iter();
        if let (Some(k), Some(v)) = (pair.next(), pair.next()) {
            vm.dict_set(target, k, v)?;
        }
        i += 1;
    }
    Ok(())
}

/// Like `dict_update_arg`: a dict, anything with `keys()`, or pairs.
pub fn dict_update_arg(vm: &mut Vm, target: &ObjRef, arg: &Value) -> PyResult<()> {
    if is_exact_dict(vm, arg) {
        return dict_merge(vm, target, arg, true);
    }
    if vm.lookup_attr_opt(arg, "keys")?.is_some() {
        return dict_merge(vm, target, arg, true);
    }
    dict_merge_from_seq2(vm, target, arg)
}

/// Like `dict_update_common`: `(positional mapping or pairs, **kwargs)`.
fn update_common(
    vm: &mut Vm,
    target: &ObjRef,
    args: &[Value],
    kwnames: Option<&ObjRef>,
    fname: &str,
) -> PyResult<()> {
    let a = Args::new(args, kwnames);
    if a.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{fname} expected at most 1 argument, got {}",
            a.pos.len()
        )));
    }
    if let Some(arg) = a.pos.first() {
        dict_update_arg(vm, target, arg)?;
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvalues) {
        vm.dict_set(target, k.clone(), v.clone())?;
    }
    Ok(())
}

// ----- slots -----

fn dict_new(_vm: &mut Vm, cls: &ObjRef, _args: &[Value], _kwnames: Option<&ObjRef>) -> PyResult {
    Ok(Value::Obj(Obj::new(
        cls,
        Payload::Dict(RefCell::new(Dict::new())),
    )))
}

fn dict_init(vm: &mut Vm, v: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult<()> {
    let (o, _) = dict_of(vm, v)?;
    let o = o.clone();
    update_common(vm, &o, args, kwnames, "dict")
}

/// Like `dict_repr`: `{'a': 1}`, `{...}` when the dict contains itself.
fn dict_repr(vm: &mut Vm, v: &Value) -> PyResult {
    let (_, d) = dict_of(vm, v)?;
    if d.borrow().is_empty() {
        return Ok(vm.new_str("{}"));
    }
    if !vm.repr_enter(v) {
        return Ok(vm.new_str("{...}"));
    }
    let r = dict_repr_body(vm, d);
    vm.repr_leave(v);
    r.map(|s| vm.new_str(s))
}

fn dict_repr_body(vm: &mut Vm, d: &RefCell<Dict>) -> PyResult<String> {
    let mut out = String::from("{");
    let mut pos = 0;
    let mut first = true;
    while let Some((p, _, k, v)) = entry_at(d, pos) {
        pos = p + 1;
        if !first {
            out.push_str(", ");
        }
        first = false;
        push_repr(vm, &mut out, &k)?;
        out.push_str(": ");
        push_repr(vm, &mut out, &v)?;
    }
    out.push('}');
    Ok(out)
}

/// Like `dict_equal`: same length, and every key of `a` maps to an equal value in `b`.
fn dict_equal(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    let (Some(da), Some(db)) = (a.as_dict(), b.as_dict()) else {
        return Ok(false);
    };
    if da.borrow().len() != db.borrow().len() {
        return Ok(false);
    }
    let mut pos = 0;
    while let Some((p, _, k, v)) = entry_at(da, pos) {
        pos = p + 1;
        match vm.dict_get(b, &k)? {
            None => return Ok(false),
            Some(bv) => {
                if !crate::types::list::nested_eq(vm, &v, &bv)? {
                    return Ok(false);
                }
            }
        }
    }
    Ok(true)
}

fn dict_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult {
    if !is_dict_instance(vm, a)
        || !is_dict_instance(vm, b)
        || !matches!(op, CompareOp::Eq | CompareOp::Ne)
    {
        return Ok(vm.not_implemented.clone());
    }
    let (Some(x), Some(y)) = (a.as_obj(), b.as_obj()) else {
        return Ok(vm.not_implemented.clone());
    };
    let eq = Rc::ptr_eq(x, y) || dict_equal(vm, x, y)?;
    Ok(Value::bool(eq == (op == CompareOp::Eq)))
}

fn dict_len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(dict_of(vm, v)?.1.borrow().len())
}

/// Like `dict_subscript`, with `__missing__` for subclasses.
fn dict_subscript(vm: &mut Vm, v: &Value, key: &Value) -> PyResult {
    let (o, _) = dict_of(vm, v)?;
    if let Some(x) = vm.dict_get(o, key)? {
        return Ok(x);
    }
    if !is_exact_dict(vm, v) {
        static MISSING: taipan_object::typeobj::Dunder =
            taipan_object::typeobj::Dunder::new("__missing__");
        if let Some(r) =
            taipan_object::slotdefs::call_dunder_key(vm, v, &MISSING, std::slice::from_ref(key))?
        {
            return Ok(r);
        }
    }
    Err(vm.key_error(key.clone()))
}

fn dict_ass_subscript(vm: &mut Vm, v: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    let (o, _) = dict_of(vm, v)?;
    match value {
        Some(x) => vm.dict_set(o, key.clone(), x.clone()),
        None => match vm.dict_del(o, key)? {
            Some(_) => Ok(()),
            None => Err(vm.key_error(key.clone())),
        },
    }
}

fn dict_contains(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<bool> {
    let (o, _) = dict_of(vm, v)?;
    vm.dict_contains(o, key)
}

/// A forward iterator over a dict's keys, values or items.
pub fn new_dict_iter(vm: &Vm, dict: &ObjRef, kind: DictViewKind) -> Value {
    let len = dict.as_dict().map_or(0, |d| d.borrow().len());
    let ty = match kind {
        DictViewKind::Keys => &vm.types.dict_keyiterator,
        DictViewKind::Values => &vm.types.dict_valueiterator,
        DictViewKind::Items => &vm.types.dict_itemiterator,
    };
    Value::Obj(Obj::new(
        ty,
        Payload::Iter(IterData::Dict {
            dict: dict.clone(),
            kind,
            pos: Cell::new(0),
            len_at_start: len,
            remaining: Cell::new(len),
        }),
    ))
}

fn dict_iter(vm: &mut Vm, v: &Value) -> PyResult {
    let (o, _) = dict_of(vm, v)?;
    Ok(new_dict_iter(vm, o, DictViewKind::Keys))
}

/// `dict | other`: a new dict (exact type) updated with `other`.
fn dict_or(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    if !is_dict_instance(vm, a) || !is_dict_instance(vm, b) {
        return Ok(vm.not_implemented.clone());
    }
    let (_, da) = dict_of(vm, a)?;
    let copy = dict_copy_table(&da.borrow());
    let new = Obj::new(&vm.types.dict, Payload::Dict(RefCell::new(copy)));
    dict_update_arg(vm, &new, b)?;
    Ok(Value::Obj(new))
}

fn dict_ior(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (o, _) = dict_of(vm, a)?;
    let o = o.clone();
    dict_update_arg(vm, &o, b)?;
    Ok(a.clone())
}

// ----- methods -----

fn new_view(vm: &mut Vm, v: &Value, kind: DictViewKind) -> PyResult {
    let (o, _) = dict_of(vm, v)?;
    let ty = match kind {
        DictViewKind::Keys => &vm.types.dict_keys,
        DictViewKind::Values => &vm.types.dict_values,
        DictViewKind::Items => &vm.types.dict_items,
    };
    Ok(Value::Obj(Obj::new(ty, Payload::DictView(o.clone(), kind))))
}

fn dict_keys(vm: &mut Vm, v: &Value) -> PyResult {
    new_view(vm, v, DictViewKind::Keys)
}
fn dict_values(vm: &mut Vm, v: &Value) -> PyResult {
    new_view(vm, v, DictViewKind::Values)
}
fn dict_items(vm: &mut Vm, v: &Value) -> PyResult {
    new_view(vm, v, DictViewKind::Items)
}

fn arg_range(vm: &Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min {
        return Err(vm.type_error(format!(
            "{name} expected at least {min} argument{}, got {}",
            if min == 1 { "" } else { "s" },
            args.len()
        )));
    }
    if args.len() > max {
        return Err(vm.type_error(format!(
            "{name} expected at most {max} argument{}, got {}",
            if max == 1 { "" } else { "s" },
            args.len()
        )));
    }
    Ok(())
}

fn dict_get(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    arg_range(vm, "get", args, 1, 2)?;
    let (o, _) = dict_of(vm, v)?;
    match vm.dict_get(o, &args[0])? {
        Some(x) => Ok(x),
        None => Ok(args.get(1).cloned().unwrap_or(Value::None)),
    }
}

fn dict_setdefault(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    arg_range(vm, "setdefault", args, 1, 2)?;
    let (o, _) = dict_of(vm, v)?;
    if let Some(x) = vm.dict_get(o, &args[0])? {
        return Ok(x);
    }
    let dflt = args.get(1).cloned().unwrap_or(Value::None);
    vm.dict_set(o, args[0].clone(), dflt.clone())?;
    Ok(dflt)
}

fn dict_pop(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    arg_range(vm, "pop", args, 1, 2)?;
    let (o, _) = dict_of(vm, v)?;
    match vm.dict_del(o, &args[0])? {
        Some(x) => Ok(x),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.key_error(args[0].clone())),
        },
    }
}

fn dict_popitem(vm: &mut Vm, v: &Value) -> PyResult {
    let (_, d) = dict_of(vm, v)?;
    let e = d.borrow_mut().pop_last();
    match e {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => {
            let m = vm.new_str("popitem(): dictionary is empty");
            Err(vm.key_error(m))
        }
    }
}

fn dict_update(vm: &mut Vm, v: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let (o, _) = dict_of(vm, v)?;
    let o = o.clone();
    update_common(vm, &o, args, kwnames, "update")?;
    Ok(Value::None)
}

fn dict_clear(vm: &mut Vm, v: &Value) -> PyResult {
    let (_, d) = dict_of(vm, v)?;
    let old = std::mem::take(&mut *d.borrow_mut());
    // Keep the version moving forward so caches never see a reused number.
    d.borrow_mut().version = old.version.wrapping_add(1);
    drop(old);
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, v: &Value) -> PyResult {
    let (_, d) = dict_of(vm, v)?;
    let copy = dict_copy_table(&d.borrow());
    Ok(Value::Obj(Obj::new(
        &vm.types.dict,
        Payload::Dict(RefCell::new(copy)),
    )))
}

/// `dict.fromkeys(iterable, value=None)` (a class method: `cls` is first).
fn dict_fromkeys(vm: &mut Vm, cls: &Value, args: &[Value]) -> PyResult {
    arg_range(vm, "fromkeys", args, 1, 2)?;
    let value = args.get(1).cloned().unwrap_or(Value::None);
    let d = vm.call(cls, &[], None)?;
    let fast = is_exact_dict(vm, &d);
    let keys: Option<Vec<(i64, Value)>> = match args[0].as_obj().map(|o| &o.payload) {
        Some(Payload::Dict(src)) if fast && is_exact_dict(vm, &args[0]) => Some(
            src.borrow()
                .iter()
                .map(|e| (e.hash, e.key.clone()))
                .collect(),
        ),
        Some(Payload::Set(t) | Payload::FrozenSet(t)) if fast => {
            Some(t.borrow().iter().map(|(h, k)| (h, k.clone())).collect())
        }
        _ => None,
    };
    if let (Some(keys), Some(o)) = (keys, d.as_obj()) {
        for (h, k) in keys {
            vm.dict_set_hashed(o, k, h, value.clone())?;
        }
        return Ok(d);
    }
    let it = vm.iter(&args[0])?;
    while let Some(k) = vm.next(&it)? {
        match d.as_obj() {
            Some(o) if fast => vm.dict_set(o, k, value.clone())?,
            _ => vm.setitem(&d, &k, &value)?,
        }
    }
    Ok(d)
}

fn dict_reversed(vm: &mut Vm, v: &Value) -> PyResult {
    let (o, _) = dict_of(vm, v)?;
    Ok(crate::types::iterators::new_dict_reverse_iter(
        vm,
        o,
        DictViewKind::Keys,
    ))
}

// ----- views -----

fn view_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<(&'a ObjRef, DictViewKind)> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::DictView(d, k)) => Ok((d, *k)),
        _ => Err(vm.type_error(format!("expected a dict view, got '{}'", vm.type_name(v)))),
    }
}

/// A keys or items view (the set-like ones).
fn is_set_view(v: &Value) -> bool {
    matches!(
        v.as_obj().map(|o| &o.payload),
        Some(Payload::DictView(
            _,
            DictViewKind::Keys | DictViewKind::Items
        ))
    )
}

fn view_len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let (d, _) = view_of(vm, v)?;
    Ok(d.as_dict().map_or(0, |d| d.borrow().len()))
}

fn view_iter(vm: &mut Vm, v: &Value) -> PyResult {
    let (d, k) = view_of(vm, v)?;
    Ok(new_dict_iter(vm, d, k))
}

/// `dict_keys(['a'])`; `...` when recursive.
fn view_repr(vm: &mut Vm, v: &Value) -> PyResult {
    if !vm.repr_enter(v) {
        return Ok(vm.new_str("..."));
    }
    let r = (|| {
        let items = crate::types::list::collect_items(vm, v)?;
        let body = repr_items(vm, '[', ']', |i| items.get(i).cloned())?;
        Ok(format!("{}({body})", vm.type_name(v)))
    })();
    vm.repr_leave(v);
    r.map(|s: String| vm.new_str(s))
}

/// Like `dictitems_contains`: a (key, value) tuple whose key maps to an equal value.
fn items_contains(vm: &mut Vm, d: &ObjRef, x: &Value) -> PyResult<bool> {
    let Some(t) = x.as_obj().and_then(|o| o.as_tuple()) else {
        return Ok(false);
    };
    if t.len() != 2 {
        return Ok(false);
    }
    match vm.dict_get(d, &t[0])? {
        None => Ok(false),
        Some(v) => vm.eq(&v, &t[1]),
    }
}

fn view_contains(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let (d, k) = view_of(vm, v)?;
    let d = d.clone();
    match k {
        DictViewKind::Keys => vm.dict_contains(&d, x),
        DictViewKind::Items => items_contains(vm, &d, x),
        DictViewKind::Values => {
            let it = vm.iter(v)?;
            while let Some(y) = vm.next(&it)? {
                if vm.eq(&y, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// Like `all_contained_in`: every item of `a` is `in b`.
fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = vm.iter(a)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Like `dictview_richcompare`: set comparisons with sets and set-like views.
fn view_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let b_is_set = matches!(
        b.as_obj().map(|o| &o.payload),
        Some(Payload::Set(_) | Payload::FrozenSet(_))
    );
    if !is_set_view(a) || !(b_is_set || is_set_view(b)) {
        return Ok(vm.not_implemented.clone());
    }
    let la = vm.len(a)?;
    let lb = vm.len(b)?;
    let ok = match op {
        CompareOp::Eq | CompareOp::Ne => {
            let eq = la == lb && all_contained_in(vm, a, b)?;
            eq == (op == CompareOp::Eq)
        }
        CompareOp::Lt => la < lb && all_contained_in(vm, a, b)?,
        CompareOp::Le => la <= lb && all_contained_in(vm, a, b)?,
        CompareOp::Gt => la > lb && all_contained_in(vm, b, a)?,
        CompareOp::Ge => la >= lb && all_contained_in(vm, b, a)?,
    };
    Ok(Value::bool(ok))
}

/// `dictviews_sub` / `_or` / `_xor`: `set(a)` updated with `b`.
fn view_setop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult {
    if !is_set_view(a) && !is_set_view(b) {
        return Ok(vm.not_implemented.clone());
    }
    let result = crate::types::set::new_set_from(vm, a)?;
    let rv = Value::Obj(result.clone());
    match op {
        BinOp::Sub => crate::types::set::difference_update_internal(vm, &result, b)?,
        BinOp::Or => crate::types::set::update_internal(vm, &result, b)?,
        _ => crate::types::set::symmetric_difference_update(vm, &rv, b)?,
    }
    Ok(rv)
}

fn view_sub(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    view_setop(vm, a, b, BinOp::Sub)
}
fn view_or(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    view_setop(vm, a, b, BinOp::Or)
}
fn view_xor(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    view_setop(vm, a, b, BinOp::Xor)
}

/// Like `_PyDictView_Intersect`.
fn view_and(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    if !is_set_view(a) && !is_set_view(b) {
        return Ok(vm.not_implemented.clone());
    }
    let (mut view, mut other) = if is_set_view(a) {
        (a.clone(), b.clone())
    } else {
        (b.clone(), a.clone())
    };
    let len_view = vm.len(&view)?;
    let other_is_exact_set = matches!(&other, Value::Obj(o) if matches!(o.payload, Payload::Set(_)) && o.ty.as_ref().is_some_and(|t| Rc::ptr_eq(t, &vm.types.set)));
    if other_is_exact_set && len_view <= vm.len(&other)? {
        return vm.call_method(&other, "intersection", &[view]);
    }
    if is_set_view(&other) && vm.len(&other)? > len_view {
        std::mem::swap(&mut view, &mut other);
    }
    let result = Obj::new(&vm.types.set, Payload::Set(Default::default()));
    let (d, kind) = view_of(vm, &view)?;
    let d = d.clone();
    let it = vm.iter(&other)?;
    while let Some(x) = vm.next(&it)? {
        let found = match kind {
            DictViewKind::Items => items_contains(vm, &d, &x)?,
            _ => vm.dict_contains(&d, &x)?,
        };
        if found {
            if let Payload::Set(c) = &result.payload {
                let h = vm.hash(&x)?;
                crate::types::set::add_hashed(vm, c, x, h)?;
            }
        }
    }
    Ok(Value::Obj(result))
}

fn view_isdisjoint(vm: &mut Vm, v: &Value, other: &Value) -> PyResult {
    let (d, kind) = view_of(vm, v)?;
    let d = d.clone();
    // Iterate the smaller side when both sizes are known.
    let other_len = match other.as_obj().map(|o| &o.payload) {
        Some(Payload::Set(_) | Payload::FrozenSet(_) | Payload::DictView(..)) => {
            Some(vm.len(other)?)
        }
        _ => None,
    };
    let self_len = vm.len(v)?;
    if let Some(n) = other_len {
        if self_len <= n {
            let it = vm.iter(v)?;
            while let Some(x) = vm.next(&it)? {
                if vm.contains(other, &x)? {
                    return Ok(Value::FALSE);
                }
            }
            return Ok(Value::TRUE);
        }
    }
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        let found = match kind {
            DictViewKind::Items => items_contains(vm, &d, &x)?,
            _ => vm.dict_contains(&d, &x)?,
        };
        if found {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn view_reversed(vm: &mut Vm, v: &Value) -> PyResult {
    let (d, k) = view_of(vm, v)?;
    Ok(crate::types::iterators::new_dict_reverse_iter(vm, d, k))
}

static METHODS: [MethodDef; 11] = [
    MethodDef {
        name: "keys",
        func: NativeFn::NoArgs(dict_keys),
        doc: "",
    },
    MethodDef {
        name: "values",
        func: NativeFn::NoArgs(dict_values),
        doc: "",
    },
    MethodDef {
        name: "items",
        func: NativeFn::NoArgs(dict_items),
        doc: "",
    },
    MethodDef {
        name: "get",
        func: NativeFn::FastCall(dict_get),
        doc: "",
    },
    MethodDef {
        name: "setdefault",
        func: NativeFn::FastCall(dict_setdefault),
        doc: "",
    },
    MethodDef {
        name: "pop",
        func: NativeFn::FastCall(dict_pop),
        doc: "",
    },
    MethodDef {
        name: "popitem",
        func: NativeFn::NoArgs(dict_popitem),
        doc: "",
    },
    MethodDef {
        name: "update",
        func: NativeFn::FastCallKw(dict_update),
        doc: "",
    },
    MethodDef {
        name: "clear",
        func: NativeFn::NoArgs(dict_clear),
        doc: "",
    },
    MethodDef {
        name: "copy",
        func: NativeFn::NoArgs(dict_copy),
        doc: "",
    },
    MethodDef {
        name: "__reversed__",
        func: NativeFn::NoArgs(dict_reversed),
        doc: "",
    },
];

static CLASS_METHODS: [MethodDef; 1] = [MethodDef {
    name: "fromkeys",
    func: NativeFn::FastCall(dict_fromkeys),
    doc: "",
}];

static SET_VIEW_METHODS: [MethodDef; 2] = [
    MethodDef {
        name: "isdisjoint",
        func: NativeFn::O(view_isdisjoint),
        doc: "",
    },
    MethodDef {
        name: "__reversed__",
        func: NativeFn::NoArgs(view_reversed),
        doc: "",
    },
];

static VALUES_METHODS: [MethodDef; 1] = [MethodDef {
    name: "__reversed__",
    func: NativeFn::NoArgs(view_reversed),
    doc: "",
}];

pub fn install(vm: &mut Vm) {
    let t = vm.types.dict.clone();
    let s = &tdata(&t).slots;
    s.new.set(Some(dict_new));
    s.init.set(Some(dict_init));
    s.repr.set(Some(dict_repr));
    s.richcompare.set(Some(dict_richcompare));
    s.len.set(Some(dict_len));
    s.getitem.set(Some(dict_subscript));
    s.setitem.set(Some(dict_ass_subscript));
    s.contains.set(Some(dict_contains));
    s.iter.set(Some(dict_iter));
    s.binary[BinOp::Or as usize].set(Some(dict_or));
    s.inplace[BinOp::Or as usize].set(Some(dict_ior));
    s.hash_none.set(true);
    set_type_attr(vm, &t, "__hash__", Value::None);
    add_methods(vm, &t, &METHODS);
    add_class_methods(vm, &t, &CLASS_METHODS);

    for (view, set_like) in [
        (vm.types.dict_keys.clone(), true),
        (vm.types.dict_items.clone(), true),
        (vm.types.dict_values.clone(), false),
    ] {
        let s = &tdata(&view).slots;
        s.len.set(Some(view_len));
        s.iter.set(Some(view_iter));
        s.repr.set(Some(view_repr));
        if set_like {
            s.contains.set(Some(view_contains));
            s.richcompare.set(Some(view_richcompare));
            s.binary[BinOp::Sub as usize].set(Some(view_sub));
            s.binary[BinOp::Or as usize].set(Some(view_or));
            s.binary[BinOp::Xor as usize].set(Some(view_xor));
            s.binary[BinOp::And as usize].set(Some(view_and));
            s.hash_none.set(true);
            set_type_attr(vm, &view, "__hash__", Value::None);
            add_methods(vm, &view, &SET_VIEW_METHODS);
        } else {
            add_methods(vm, &view, &VALUES_METHODS);
        }
    }
}
