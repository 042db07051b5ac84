//! The `set` and `frozenset` types: slots and methods, with CPython's table
//! algorithms so that results iterate (and print) in CPython's order.

use crate::types::list::repr_items;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use taipan_object::call::kw_count;
use taipan_object::class::{add_methods, set_type_attr};
use taipan_object::function::{MethodDef, NativeFn};
use taipan_object::iter::IterData;
use taipan_object::object::{Obj, ObjRef, Payload};
use taipan_object::protocol::fast_eq;
use taipan_object::set::{Scan, SetTable};
use taipan_object::typeobj::{tdata, BinOp};
use taipan_object::{CompareOp, PyErr, PyResult, Value, Vm};

type Table = RefCell<SetTable>;

/// The table of a set or frozenset (or subclass instance).
#[inline]
pub fn table(v: &Value) -> Option<&Table> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Set(c) | Payload::FrozenSet(c)) => Some(c),
        _ => None,
    }
}

fn table_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Table> {
    table(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'set' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

/// `PySet_Check`: a mutable set (or subclass instance).
fn is_mutable(v: &Value) -> bool {
    matches!(v.as_obj().map(|o| &o.payload), Some(Payload::Set(_)))
}

fn is_exact(vm: &Vm, v: &Value, t: &ObjRef) -> bool {
    Rc::ptr_eq(vm.type_of(v), t)
}

fn set_len(t: &Table) -> usize {
    t.borrow().len()
}

/// A new set (or frozenset, when `frozen`) object owning `t`.
fn wrap(vm: &Vm, frozen: bool, t: SetTable) -> ObjRef {
    if frozen {
        Obj::new(&vm.types.frozenset, Payload::FrozenSet(RefCell::new(t)))
    } else {
        Obj::new(&vm.types.set, Payload::Set(RefCell::new(t)))
    }
}

// ----- table primitives that may run __eq__ -----

/// Like `set_lookkey`: the slot holding `key`, restarting when `__eq__`
/// mutated the table.
fn find(vm: &mut Vm, cell: &Table, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    'restart: loop {
        let (mut probe, generation) = {
            let t = cell.borrow();
            (t.probe(hash), t.generation)
        };
        loop {
            let scan = cell.borrow().scan(hash, probe, |k| fast_eq(k, key));
            match scan {
                Scan::Found(slot) => return Ok(Some(slot)),
                Scan::Absent(_) => return Ok(None),
                Scan::NeedsEq {
                    slot,
                    key: k,
                    resume,
                } => {
                    let eq = vm.eq(&k, key)?;
                    let t = cell.borrow();
                    if t.generation != generation || !t.slot_holds(slot, &k) {
                        continue 'restart;
                    }
                    if eq {
                        return Ok(Some(slot));
                    }
                    probe = resume;
                }
            }
        }
    }
}

fn contains_hashed(vm: &mut Vm, cell: &Table, key: &Value, hash: i64) -> PyResult<bool> {
    Ok(find(vm, cell, key, hash)?.is_some())
}

/// Like `set_discard_entry`: whether the key was there.
fn discard_hashed(vm: &mut Vm, cell: &Table, key: &Value, hash: i64) -> PyResult<bool> {
    match find(vm, cell, key, hash)? {
        Some(slot) => {
            let old = cell.borrow_mut().remove_at(slot);
            drop(old);
            Ok(true)
        }
        None => Ok(false),
    }
}

/// The (position, hash, key) of the entry at or after `pos`.
fn entry_at(cell: &Table, pos: usize) -> Option<(usize, i64, Value)> {
    cell.borrow()
        .entry_from(pos)
        .map(|(p, h, k)| (p, h, k.clone()))
}

/// Hash a key for lookup; an unhashable set is looked up as a frozenset
/// (like `set_contains`'s retry).
fn lookup_key(vm: &mut Vm, key: &Value) -> PyResult<(Value, i64)> {
    let hashed = vm.hash(key);
    key_for_lookup(vm, key, hashed)
}

/// `lookup_key` given the key's hash (or the error hashing it raised).
fn key_for_lookup(vm: &mut Vm, key: &Value, hashed: PyResult<i64>) -> PyResult<(Value, i64)> {
    match hashed {
        Ok(h) => Ok((key.clone(), h)),
        Err(e) => {
            if is_mutable(key) && is_type_error(vm, &e) {
                let t = copy_table(table(key).unwrap_or(&RefCell::new(SetTable::new())));
                let fs = Value::Obj(wrap(vm, true, t));
                let h = vm.hash(&fs)?;
                return Ok((fs, h));
            }
            Err(e)
        }
    }
}

fn is_type_error(vm: &Vm, e: &PyErr) -> bool {
    vm.is_instance_of(&e.value(), &vm.exc.type_error)
}

/// A copy of a table (`set_copy`: a merge into an empty table).
fn copy_table(src: &Table) -> SetTable {
    let mut t = SetTable::new();
    t.merge_into_empty(&src.borrow());
    t
}

/// Like `set_add_entry`: insert unless an equal key is present; a dummy
/// slot on the probe sequence is reused, as CPython does.
pub fn add_hashed(vm: &mut Vm, cell: &Table, key: Value, hash: i64) -> PyResult<()> {
    'restart: loop {
        let (mut probe, generation) = {
            let t = cell.borrow();
            (t.probe(hash), t.generation)
        };
        let mut free = None;
        loop {
            let (scan, f) = cell
                .borrow()
                .scan_insert(hash, probe, free, |k| fast_eq(k, &key));
            free = f;
            match scan {
                Scan::Found(_) => return Ok(()),
                Scan::Absent(slot) => {
                    let mut t = cell.borrow_mut();
                    if t.generation != generation {
                        continue 'restart;
                    }
                    t.insert_free(slot, hash, key);
                    return Ok(());
                }
                Scan::NeedsEq {
                    slot,
                    key: k,
                    resume,
                } => {
                    let eq = vm.eq(&k, &key)?;
                    let t = cell.borrow();
                    if t.generation != generation || !t.slot_holds(slot, &k) {
                        continue 'restart;
                    }
                    if eq {
                        return Ok(());
                    }
                    probe = resume;
                }
            }
        }
    }
}

/// `set_add_key`: hash, then `add_hashed`.
fn add_key(vm: &mut Vm, cell: &Table, key: Value) -> PyResult<()> {
    let h = vm.hash(&key)?;
    add_hashed(vm, cell, key, h)
}

/// Like `set_update_internal`.
fn update_cell(vm: &mut Vm, cell: &Table, other: &Value) -> PyResult<()> {
    if let Some(ot) = table(other) {
        // Like `set_merge`.
        if std::ptr::eq(ot, cell) || set_len(ot) == 0 {
            return Ok(());
        }
        if cell.borrow().can_merge_clean() {
            let src = ot.borrow();
            cell.borrow_mut().merge_into_empty(&src);
            return Ok(());
        }
        cell.borrow_mut().reserve_for_merge(set_len(ot));
        let mut pos = 0;
        while let Some((p, h, k)) = entry_at(ot, pos) {
            pos = p + 1;
            add_hashed(vm, cell, k, h)?;
        }
        return Ok(());
    }
    if let Value::Obj(o) = other {
        if let Payload::Dict(d) = &o.payload {
            if is_exact(vm, other, &vm.types.dict.clone()) {
                // One big resize first, as CPython does for an exact dict.
                let n = d.borrow().len();
                cell.borrow_mut().reserve_for_merge(n);
                let mut pos = 0;
                loop {
                    let e = d
                        .borrow()
                        .next_entry(pos)
                        .map(|(p, e)| (p, e.hash, e.key.clone()));
                    let Some((p, h, k)) = e else { break };
                    pos = p + 1;
                    add_hashed(vm, cell, k, h)?;
                }
                return Ok(());
            }
        }
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        add_key(vm, cell, k)?;
    }
    Ok(())
}

/// A new table holding the items of any iterable (`make_new_set`).
fn table_from(vm: &mut Vm, iterable: &Value) -> PyResult<SetTable> {
    let cell = RefCell::new(SetTable::new());
    update_cell(vm, &cell, iterable)?;
    Ok(cell.into_inner())
}

/// A new exact set from any iterable, for the dict views' set operations.
pub fn new_set_from(vm: &mut Vm, iterable: &Value) -> PyResult<ObjRef> {
    let t = table_from(vm, iterable)?;
    Ok(wrap(vm, false, t))
}

/// `set_update_internal` on a set object.
pub fn update_internal(vm: &mut Vm, so: &ObjRef, other: &Value) -> PyResult<()> {
    let v = Value::Obj(so.clone());
    let cell = table_of(vm, &v)?;
    update_cell(vm, cell, other)
}

/// Like `set_intersection`: a new table; when both are sets, the smaller is
/// iterated and its keys are the ones kept.
fn intersection_table(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetTable> {
    let st = table_of(vm, so)?;
    if so.is(other) {
        return Ok(copy_table(st));
    }
    let result = RefCell::new(SetTable::new());
    if let Some(ot) = table(other) {
        let (big, small) = if set_len(ot) > set_len(st) {
            (ot, st)
        } else {
            (st, ot)
        };
        let mut pos = 0;
        while let Some((p, h, k)) = entry_at(small, pos) {
            pos = p + 1;
            if contains_hashed(vm, big, &k, h)? {
                add_hashed(vm, &result, k, h)?;
            }
        }
        return Ok(result.into_inner());
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if contains_hashed(vm, st, &k, h)? {
            add_hashed(vm, &result, k, h)?;
        }
    }
    Ok(result.into_inner())
}

/// Like `set_difference_update_internal`.
/// `so` is the set object owning `cell`, if any (`s -= s` empties it).
fn difference_update_cell(
    vm: &mut Vm,
    so: Option<&Value>,
    cell: &Table,
    other: &Value,
) -> PyResult<()> {
    if so.is_some_and(|s| s.is(other)) {
        cell.borrow_mut().clear();
        return Ok(());
    }
    if let Some(ot) = table(other) {
        // When the other set is much larger, only the common keys matter.
        let shrunk;
        let src = if (set_len(ot) >> 3) > set_len(cell) {
            shrunk = RefCell::new(intersection_cells(vm, cell, ot)?);
            &shrunk
        } else {
            ot
        };
        let mut pos = 0;
        while let Some((p, h, k)) = entry_at(src, pos) {
            pos = p + 1;
            discard_hashed(vm, cell, &k, h)?;
        }
    } else {
        let it = vm.iter(other)?;
        while let Some(k) = vm.next(&it)? {
            let h = vm.hash(&k)?;
            discard_hashed(vm, cell, &k, h)?;
        }
    }
    cell.borrow_mut().shrink_dummies();
    Ok(())
}

/// `intersection_table` for two tables.
fn intersection_cells(vm: &mut Vm, st: &Table, ot: &Table) -> PyResult<SetTable> {
    let result = RefCell::new(SetTable::new());
    let (big, small) = if set_len(ot) > set_len(st) {
        (ot, st)
    } else {
        (st, ot)
    };
    let mut pos = 0;
    while let Some((p, h, k)) = entry_at(small, pos) {
        pos = p + 1;
        if contains_hashed(vm, big, &k, h)? {
            add_hashed(vm, &result, k, h)?;
        }
    }
    Ok(result.into_inner())
}

/// `set_difference_update_internal` on a set object (for dict views).
pub fn difference_update_internal(vm: &mut Vm, so: &ObjRef, other: &Value) -> PyResult<()> {
    let v = Value::Obj(so.clone());
    let cell = table_of(vm, &v)?;
    difference_update_cell(vm, Some(&v), cell, other)
}

/// Like `set_difference`.
fn difference_table(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetTable> {
    let st = table_of(vm, so)?;
    let other_size = match other.as_obj().map(|o| &o.payload) {
        Some(Payload::Set(t) | Payload::FrozenSet(t)) => Some(set_len(t)),
        Some(Payload::Dict(d)) if is_exact(vm, other, &vm.types.dict.clone()) => {
            Some(d.borrow().len())
        }
        _ => None,
    };
    let copy_first = match other_size {
        None => true,
        Some(n) => (set_len(st) >> 2) > n,
    };
    if copy_first {
        let cell = RefCell::new(copy_table(st));
        difference_update_cell(vm, None, &cell, other)?;
        return Ok(cell.into_inner());
    }
    let result = RefCell::new(SetTable::new());
    let mut pos = 0;
    while let Some((p, h, k)) = entry_at(st, pos) {
        pos = p + 1;
        let present = match table(other) {
            Some(ot) => contains_hashed(vm, ot, &k, h)?,
            None => match other.as_obj() {
                Some(d) => vm.dict_contains(d, &k)?,
                None => false,
            },
        };
        if !present {
            add_hashed(vm, &result, k, h)?;
        }
    }
    Ok(result.into_inner())
}

/// Like `set_symmetric_difference_update` on a table.
fn symmetric_difference_update_cell(
    vm: &mut Vm,
    so: Option<&Value>,
    cell: &Table,
    other: &Value,
) -> PyResult<()> {
    if so.is_some_and(|s| s.is(other)) {
        cell.borrow_mut().clear();
        return Ok(());
    }
    if let Value::Obj(o) = other {
        if let Payload::Dict(d) = &o.payload {
            if is_exact(vm, other, &vm.types.dict.clone()) {
                let mut pos = 0;
                loop {
                    let e = d
                        .borrow()
                        .next_entry(pos)
                        .map(|(p, e)| (p, e.hash, e.key.clone()));
                    let Some((p, h, k)) = e else { break };
                    pos = p + 1;
                    if !discard_hashed(vm, cell, &k, h)? {
                        add_hashed(vm, cell, k, h)?;
                    }
                }
                return Ok(());
            }
        }
    }
    let own;
    let ot = match table(other) {
        Some(t) => t,
        None => {
            own = RefCell::new(table_from(vm, other)?);
            &own
        }
    };
    let mut pos = 0;
    while let Some((p, h, k)) = entry_at(ot, pos) {
        pos = p + 1;
        if !discard_hashed(vm, cell, &k, h)? {
            add_hashed(vm, cell, k, h)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference_update` on a set object (for dict views).
pub fn symmetric_difference_update(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<()> {
    let cell = table_of(vm, so)?;
    symmetric_difference_update_cell(vm, Some(so), cell, other)
}

/// Like `set_symmetric_difference`: `set(other)` updated with `so`.
fn symmetric_difference_table(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetTable> {
    let cell = RefCell::new(table_from(vm, other)?);
    symmetric_difference_update_cell(vm, None, &cell, so)?;
    Ok(cell.into_inner())
}

/// Like `set_issubset`.
fn issubset(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<bool> {
    let st = table_of(vm, so)?;
    let own;
    let ot = match table(other) {
        Some(t) => t,
        None => {
            own = RefCell::new(table_from(vm, other)?);
            &own
        }
    };
    if set_len(st) > set_len(ot) {
        return Ok(false);
    }
    let mut pos = 0;
    while let Some((p, h, k)) = entry_at(st, pos) {
        pos = p + 1;
        if !contains_hashed(vm, ot, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Like `set_issuperset`.
fn issuperset(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<bool> {
    if table(other).is_some() {
        return issubset(vm, other, so);
    }
    let st = table_of(vm, so)?;
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if !contains_hashed(vm, st, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The table for a result whose type follows `so` (`make_new_set_basetype`).
fn result(vm: &Vm, so: &Value, t: SetTable) -> Value {
    Value::Obj(wrap(vm, !is_mutable(so), t))
}

// ----- construction -----

fn check_no_kw(
    vm: &Vm,
    cls: &ObjRef,
    base: &ObjRef,
    name: &str,
    kwnames: Option<&ObjRef>,
) -> PyResult<()> {
    if kw_count(kwnames) == 0 {
        return Ok(());
    }
    let init_same = tdata(cls).slots.init.get().map(|f| f as usize)
        == tdata(base).slots.init.get().map(|f| f as usize);
    if Rc::ptr_eq(cls, base) || init_same {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

fn set_new(vm: &mut Vm, cls: &ObjRef, _args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let set_t = vm.types.set.clone();
    check_no_kw(vm, cls, &set_t, "set", kwnames)?;
    Ok(Value::Obj(Obj::new(
        cls,
        Payload::Set(RefCell::new(SetTable::new())),
    )))
}

/// Like `set_init`: clear, then update from the optional iterable.
fn set_init(vm: &mut Vm, v: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult<()> {
    if kw_count(kwnames) > 0 {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "{} expected at most 1 argument, got {}",
            vm.type_name(v),
            args.len()
        )));
    }
    let cell = table_of(vm, v)?;
    if !cell.borrow().is_empty() {
        cell.borrow_mut().clear();
    }
    if let Some(it) = args.first() {
        update_cell(vm, cell, it)?;
    }
    Ok(())
}

fn frozenset_new(vm: &mut Vm, cls: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let fs_t = vm.types.frozenset.clone();
    check_no_kw(vm, cls, &fs_t, "frozenset", kwnames)?;
    let nkw = kw_count(kwnames);
    let pos = &args[..args.len() - nkw];
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{} expected at most 1 argument, got {}",
            tdata(cls).name(),
            pos.len()
        )));
    }
    let exact = Rc::ptr_eq(cls, &fs_t);
    let t = match pos.first() {
        None => SetTable::new(),
        Some(it) => {
            if exact && is_exact(vm, it, &fs_t) {
                return Ok(it.clone());
            }
            table_from(vm, it)?
        }
    };
    Ok(Value::Obj(Obj::new(
        cls,
        Payload::FrozenSet(RefCell::new(t)),
    )))
}

// ----- slots -----

/// Like `set_repr`: `{1, 2}`, `set()`, `frozenset({1})`, `Sub({1})`.
fn set_repr(vm: &mut Vm, v: &Value) -> PyResult {
    let cell = table_of(vm, v)?;
    let name = vm.type_name(v);
    if !vm.repr_enter(v) {
        return Ok(vm.new_str(format!("{name}(...)")));
    }
    if cell.borrow().is_empty() {
        vm.repr_leave(v);
        return Ok(vm.new_str(format!("{name}()")));
    }
    let items: Vec<Value> = cell.borrow().iter().map(|(_, k)| k.clone()).collect();
    let r = repr_items(vm, '{', '}', |i| items.get(i).cloned());
    vm.repr_leave(v);
    let body = r?;
    if is_exact(vm, v, &vm.types.set.clone()) {
        Ok(vm.new_str(body))
    } else {
        Ok(vm.new_str(format!("{name}({body})")))
    }
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// Like `frozenset_hash`: order-independent, from the entries' hashes.
fn frozenset_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let cell = table_of(vm, v)?;
    let t = cell.borrow();
    let mut hash: u64 = 0;
    for (h, _) in t.iter() {
        hash ^= shuffle_bits(h as u64);
    }
    hash ^= (t.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    Ok(hash as i64)
}

/// Like `set_richcompare`: subset/superset orderings.
fn set_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let (Some(ta), Some(tb)) = (table(a), table(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    let (la, lb) = (set_len(ta), set_len(tb));
    let r = match op {
        CompareOp::Eq => la == lb && issubset(vm, a, b)?,
        CompareOp::Ne => !(la == lb && issubset(vm, a, b)?),
        CompareOp::Le => issubset(vm, a, b)?,
        CompareOp::Ge => issuperset(vm, a, b)?,
        CompareOp::Lt => la < lb && issubset(vm, a, b)?,
        CompareOp::Gt => la > lb && issuperset(vm, a, b)?,
    };
    Ok(Value::bool(r))
}

fn set_len_slot(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(set_len(table_of(vm, v)?))
}

fn set_contains(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<bool> {
    let cell = table_of(vm, v)?;
    let hashed = vm.hash(key);
    if let Ok(h) = hashed {
        // Most keys (ints, strs, tuples of them) compare without running
        // Python code: one scan under one borrow settles the question.
        let t = cell.borrow();
        match t.scan(h, t.probe(h), |k| fast_eq(k, key)) {
            Scan::Found(_) => return Ok(true),
            Scan::Absent(_) => return Ok(false),
            Scan::NeedsEq { .. } => {}
        }
    }
    let (k, h) = key_for_lookup(vm, key, hashed)?;
    contains_hashed(vm, cell, &k, h)
}

fn set_iter(vm: &mut Vm, v: &Value) -> PyResult {
    let Some(o) = v.as_obj() else {
        return Err(vm.type_error("expected a set"));
    };
    let n = set_len(table_of(vm, v)?);
    Ok(Value::Obj(Obj::new(
        &vm.types.set_iterator,
        Payload::Iter(IterData::Set {
            set: o.clone(),
            pos: Cell::new(0),
            len_at_start: n,
            remaining: Cell::new(n),
        }),
    )))
}

fn both_sets(a: &Value, b: &Value) -> bool {
    table(a).is_some() && table(b).is_some()
}

fn set_or(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    if !both_sets(a, b) {
        return Ok(vm.not_implemented.clone());
    }
    let cell = RefCell::new(copy_table(table_of(vm, a)?));
    if !a.is(b) {
        update_cell(vm, &cell, b)?;
    }
    Ok(result(vm, a, cell.into_inner()))
}

fn set_and(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    if !both_sets(a, b) {
        return Ok(vm.not_implemented.clone());
    }
    let t = intersection_table(vm, a, b)?;
    Ok(result(vm, a, t))
}

fn set_sub(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    if !both_sets(a, b) {
        return Ok(vm.not_implemented.clone());
    }
    let t = difference_table(vm, a, b)?;
    Ok(result(vm, a, t))
}

fn set_xor(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    if !both_sets(a, b) {
        return Ok(vm.not_implemented.clone());
    }
    let t = symmetric_difference_table(vm, a, b)?;
    Ok(result(vm, a, t))
}

fn set_ior(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    if !both_sets(a, b) {
        return Ok(vm.not_implemented.clone());
    }
    update_cell(vm, table_of(vm, a)?, b)?;
    Ok(a.clone())
}

fn set_iand(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    if !both_sets(a, b) {
        return Ok(vm.not_implemented.clone());
    }
    let t = intersection_table(vm, a, b)?;
    swap_in(vm, a, t)?;
    Ok(a.clone())
}

fn set_isub(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    if !both_sets(a, b) {
        return Ok(vm.not_implemented.clone());
    }
    let cell = table_of(vm, a)?;
    difference_update_cell(vm, Some(a), cell, b)?;
    Ok(a.clone())
}

fn set_ixor(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    if !both_sets(a, b) {
        return Ok(vm.not_implemented.clone());
    }
    symmetric_difference_update(vm, a, b)?;
    Ok(a.clone())
}

/// Like `set_swap_bodies`: `so` takes the new table.
fn swap_in(vm: &Vm, so: &Value, mut t: SetTable) -> PyResult<()> {
    let cell = table_of(vm, so)?;
    let mut cur = cell.borrow_mut();
    // Keep the generation moving so in-flight lookups notice the change.
    t.generation = cur.generation.wrapping_add(t.generation).wrapping_add(1);
    let old = std::mem::replace(&mut *cur, t);
    drop(cur);
    drop(old);
    Ok(())
}

// ----- methods -----

fn mutable_table<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Table> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Set(c)) => Ok(c),
        _ => Err(vm.type_error(format!(
            "descriptor requires a 'set' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

fn set_add(vm: &mut Vm, v: &Value, key: &Value) -> PyResult {
    let cell = mutable_table(vm, v)?;
    add_key(vm, cell, key.clone())?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, v: &Value, key: &Value) -> PyResult {
    let cell = mutable_table(vm, v)?;
    let (k, h) = lookup_key(vm, key)?;
    if !discard_hashed(vm, cell, &k, h)? {
        return Err(vm.key_error(key.clone()));
    }
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, v: &Value, key: &Value) -> PyResult {
    let cell = mutable_table(vm, v)?;
    let (k, h) = lookup_key(vm, key)?;
    discard_hashed(vm, cell, &k, h)?;
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, v: &Value) -> PyResult {
    let cell = mutable_table(vm, v)?;
    let r = cell.borrow_mut().pop();
    match r {
        Some(k) => Ok(k),
        None => {
            let m = vm.new_str("pop from an empty set");
            Err(vm.key_error(m))
        }
    }
}

fn set_clear(vm: &mut Vm, v: &Value) -> PyResult {
    let cell = mutable_table(vm, v)?;
    let old = std::mem::take(&mut *cell.borrow_mut());
    cell.borrow_mut().generation = old.generation.wrapping_add(1);
    drop(old);
    Ok(Value::None)
}

fn set_copy(vm: &mut Vm, v: &Value) -> PyResult {
    let t = copy_table(table_of(vm, v)?);
    Ok(result(vm, v, t))
}

fn frozenset_copy(vm: &mut Vm, v: &Value) -> PyResult {
    if is_exact(vm, v, &vm.types.frozenset.clone()) {
        return Ok(v.clone());
    }
    let t = copy_table(table_of(vm, v)?);
    Ok(Value::Obj(wrap(vm, true, t)))
}

fn set_update(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    let cell = mutable_table(vm, v)?;
    for a in args {
        update_cell(vm, cell, a)?;
    }
    Ok(Value::None)
}

fn set_union(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    let cell = RefCell::new(copy_table(table_of(vm, v)?));
    for a in args {
        if a.is(v) {
            continue;
        }
        update_cell(vm, &cell, a)?;
    }
    Ok(result(vm, v, cell.into_inner()))
}

/// Like `set_intersection_multi`.
fn intersection_multi(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult<Value> {
    if args.is_empty() {
        return set_copy(vm, v);
    }
    let mut cur = v.clone();
    for a in args {
        let t = intersection_table(vm, &cur, a)?;
        cur = result(vm, v, t);
    }
    Ok(cur)
}

fn set_intersection(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    intersection_multi(vm, v, args)
}

fn set_intersection_update(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    mutable_table(vm, v)?;
    let r = intersection_multi(vm, v, args)?;
    let t = match table(&r) {
        Some(c) => {
            if r.is(v) {
                return Ok(Value::None);
            }
            std::mem::take(&mut *c.borrow_mut())
        }
        None => SetTable::new(),
    };
    swap_in(vm, v, t)?;
    Ok(Value::None)
}

fn set_difference(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    let Some((first, rest)) = args.split_first() else {
        return set_copy(vm, v);
    };
    let cell = RefCell::new(difference_table(vm, v, first)?);
    for a in rest {
        difference_update_cell(vm, None, &cell, a)?;
    }
    Ok(result(vm, v, cell.into_inner()))
}

fn set_difference_update(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    let cell = mutable_table(vm, v)?;
    for a in args {
        difference_update_cell(vm, Some(v), cell, a)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference(vm: &mut Vm, v: &Value, other: &Value) -> PyResult {
    let t = symmetric_difference_table(vm, v, other)?;
    Ok(result(vm, v, t))
}

fn set_symmetric_difference_update(vm: &mut Vm, v: &Value, other: &Value) -> PyResult {
    mutable_table(vm, v)?;
    symmetric_difference_update(vm, v, other)?;
    Ok(Value::None)
}

fn set_issubset(vm: &mut Vm, v: &Value, other: &Value) -> PyResult {
    issubset(vm, v, other).map(Value::bool)
}

fn set_issuperset(vm: &mut Vm, v: &Value, other: &Value) -> PyResult {
    issuperset(vm, v, other).map(Value::bool)
}

/// Like `set_isdisjoint`.
fn set_isdisjoint(vm: &mut Vm, v: &Value, other: &Value) -> PyResult {
    let st = table_of(vm, v)?;
    if v.is(other) {
        return Ok(Value::bool(set_len(st) == 0));
    }
    let exact_set = table(other).is_some()
        && (is_exact(vm, other, &vm.types.set.clone())
            || is_exact(vm, other, &vm.types.frozenset.clone()));
    if let (true, Some(ot)) = (exact_set, table(other)) {
        let (big, small) = if set_len(ot) > set_len(st) {
            (ot, st)
        } else {
            (st, ot)
        };
        let mut pos = 0;
        while let Some((p, h, k)) = entry_at(small, pos) {
            pos = p + 1;
            if contains_hashed(vm, big, &k, h)? {
                return Ok(Value::FALSE);
            }
        }
        return Ok(Value::TRUE);
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if contains_hashed(vm, st, &k, h)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

/// `(type(s), (list(s),), s.__dict__ or None)`, for copy and pickle.
fn set_reduce(vm: &mut Vm, v: &Value) -> PyResult {
    let items: Vec<Value> = table_of(vm, v)?
        .borrow()
        .iter()
        .map(|(_, k)| k.clone())
        .collect();
    let cls = Value::Obj(vm.type_of(v).clone());
    let l = vm.new_list(items);
    let args = vm.new_tuple(vec![l]);
    let state = v
        .as_obj()
        .and_then(|o| o.dict.get().cloned())
        .map(Value::Obj)
        .unwrap_or(Value::None);
    Ok(vm.new_tuple(vec![cls, args, state]))
}

static SET_METHODS: [MethodDef; 18] = [
    MethodDef {
        name: "add",
        func: NativeFn::O(set_add),
        doc: "",
    },
    MethodDef {
        name: "remove",
        func: NativeFn::O(set_remove),
        doc: "",
    },
    MethodDef {
        name: "discard",
        func: NativeFn::O(set_discard),
        doc: "",
    },
    MethodDef {
        name: "pop",
        func: NativeFn::NoArgs(set_pop),
        doc: "",
    },
    MethodDef {
        name: "clear",
        func: NativeFn::NoArgs(set_clear),
        doc: "",
    },
    MethodDef {
        name: "copy",
        func: NativeFn::NoArgs(set_copy),
        doc: "",
    },
    MethodDef {
        name: "update",
        func: NativeFn::FastCall(set_update),
        doc: "",
    },
    MethodDef {
        name: "union",
        func: NativeFn::FastCall(set_union),
        doc: "",
    },
    MethodDef {
        name: "intersection",
        func: NativeFn::FastCall(set_intersection),
        doc: "",
    },
    MethodDef {
        name: "intersection_update",
        func: NativeFn::FastCall(set_intersection_update),
        doc: "",
    },
    MethodDef {
        name: "difference",
        func: NativeFn::FastCall(set_difference),
        doc: "",
    },
    MethodDef {
        name: "difference_update",
        func: NativeFn::FastCall(set_difference_update),
        doc: "",
    },
    MethodDef {
        name: "symmetric_difference",
        func: NativeFn::O(set_symmetric_difference),
        doc: "",
    },
    MethodDef {
        name: "symmetric_difference_update",
        func: NativeFn::O(set_symmetric_difference_update),
        doc: "",
    },
    MethodDef {
        name: "issubset",
        func: NativeFn::O(set_issubset),
        doc: "",
    },
    MethodDef {
        name: "issuperset",
        func: NativeFn::O(set_issuperset),
        doc: "",
    },
    MethodDef {
        name: "isdisjoint",
        func: NativeFn::O(set_isdisjoint),
        doc: "",
    },
    MethodDef {
        name: "__reduce__",
        func: NativeFn::NoArgs(set_reduce),
        doc: "",
    },
];

static FROZENSET_METHODS: [MethodDef; 9] = [
    MethodDef {
        name: "copy",
        func: NativeFn::NoArgs(frozenset_copy),
        doc: "",
    },
    MethodDef {
        name: "union",
        func: NativeFn::FastCall(set_union),
        doc: "",
    },
    MethodDef {
        name: "intersection",
        func: NativeFn::FastCall(set_intersection),
        doc: "",
    },
    MethodDef {
        name: "difference",
        func: NativeFn::FastCall(set_difference),
        doc: "",
    },
    MethodDef {
        name: "symmetric_difference",
        func: NativeFn::O(set_symmetric_difference),
        doc: "",
    },
    MethodDef {
        name: "issubset",
        func: NativeFn::O(set_issubset),
        doc: "",
    },
    MethodDef {
        name: "issuperset",
        func: NativeFn::O(set_issuperset),
        doc: "",
    },
    MethodDef {
        name: "isdisjoint",
        func: NativeFn::O(set_isdisjoint),
        doc: "",
    },
    MethodDef {
        name: "__reduce__",
        func: NativeFn::NoArgs(set_reduce),
        doc: "",
    },
];

pub fn install(vm: &mut Vm) {
    for (t, frozen) in [
        (vm.types.set.clone(), false),
        (vm.types.frozenset.clone(), true),
    ] {
        let s = &tdata(&t).slots;
        s.repr.set(Some(set_repr));
        s.richcompare.set(Some(set_richcompare));
        s.len.set(Some(set_len_slot));
        s.contains.set(Some(set_contains));
        s.iter.set(Some(set_iter));
        s.binary[BinOp::Or as usize].set(Some(set_or));
        s.binary[BinOp::And as usize].set(Some(set_and));
        s.binary[BinOp::Sub as usize].set(Some(set_sub));
        s.binary[BinOp::Xor as usize].set(Some(set_xor));
        if frozen {
            s.new.set(Some(frozenset_new));
            s.hash.set(Some(frozenset_hash));
            add_methods(vm, &t, &FROZENSET_METHODS);
        } else {
            s.new.set(Some(set_new));
            s.init.set(Some(set_init));
            s.inplace[BinOp::Or as usize].set(Some(set_ior));
            s.inplace[BinOp::And as usize].set(Some(set_iand));
            s.inplace[BinOp::Sub as usize].set(Some(set_isub));
            s.inplace[BinOp::Xor as usize].set(Some(set_ixor));
            s.hash_none.set(true);
            set_type_attr(vm, &t, "__hash__", Value::None);
            add_methods(vm, &t, &SET_METHODS);
        }
    }
}
