//! The lazy iterator types of the builtins: `enumerate`, `zip`, `map`,
//! `filter` and `reversed`.

use crate::util::new_static_type;
use std::cell::{Cell, RefCell};
use taipan_object::call::Args;
use taipan_object::typeobj::{flags, tdata};
use taipan_object::{Obj, ObjRef, Payload, PyResult, Value, Vm};

struct Enumerate {
    it: Value,
    count: RefCell<Value>,
}
struct Zip {
    its: Vec<Value>,
    strict: bool,
    done: Cell<bool>,
}
struct Map {
    func: Value,
    its: Vec<Value>,
}
struct Filter {
    func: Value,
    it: Value,
}
/// `reversed(seq)` over a sequence with `__len__` and `__getitem__`.
struct Reversed {
    seq: RefCell<Option<Value>>,
    index: Cell<i64>,
}

fn native<T: 'static>(v: &Value) -> Option<&T> {
    v.as_obj().and_then(|o| o.as_native::<T>())
}
fn self_iter(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.clone())
}

fn enumerate_new(vm: &mut Vm, cls: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = Args::new(args, kwnames);
    let b = a.bind(vm, "enumerate", &["iterable", "start"], 1, 0)?;
    let it = vm.iter(b[0].as_ref().expect("bound"))?;
    let start = match &b[1] {
        Some(s) => {
            if !taipan_object::number::is_int_like(s) {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(s)
                )));
            }
            vm.index(s)?
        }
        None => Value::Int(0),
    };
    Ok(Value::Obj(Obj::new(
        cls,
        Payload::Native(Box::new(Enumerate {
            it,
            count: RefCell::new(start),
        })),
    )))
}
fn enumerate_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let Some(e) = native::<Enumerate>(v) else {
        return Ok(None);
    };
    let Some(x) = vm.next(&e.it)? else {
        return Ok(None);
    };
    let n = e.count.borrow().clone();
    let next = vm.binary_op(&n, &Value::Int(1), taipan_object::BinOp::Add)?;
    *e.count.borrow_mut() = next;
    Ok(Some(vm.new_tuple(vec![n, x])))
}

fn zip_new(vm: &mut Vm, cls: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = Args::new(args, kwnames);
    if a.kwnames.len() > 1 {
        return Err(vm.type_error(format!(
            "zip() takes at most 1 keyword argument ({} given)",
            a.kwnames.len()
        )));
    }
    a.only_kw(vm, "zip", &["strict"])?;
    let strict = match a.kw("strict") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut its = Vec::with_capacity(a.pos.len());
    for x in a.pos.iter() {
        its.push(vm.iter(x)?);
    }
    Ok(Value::Obj(Obj::new(
        cls,
        Payload::Native(Box::new(Zip {
            its,
            strict,
            done: Cell::new(false),
        })),
    )))
}
fn zip_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let Some(z) = native::<Zip>(v) else {
        return Ok(None);
    };
    if z.its.is_empty() || z.done.get() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(z.its.len());
    for (i, it) in z.its.iter().enumerate() {
        match vm.next(it)? {
            Some(x) => items.push(x),
            None => {
                z.done.set(true);
                if z.strict {
                    if i > 0 {
                        let plural = if i == 1 { " " } else { "s 1-" };
                        return Err(vm.value_error(format!(
                            "zip() argument {} is shorter than argument{}{}",
                            i + 1,
                            plural,
                            i
                        )));
                    }
                    for (j, other) in z.its.iter().enumerate().skip(1) {
                        if vm.next(other)?.is_some() {
                            let plural = if j == 1 { " " } else { "s 1-" };
                            return Err(vm.value_error(format!(
                                "zip() argument {} is longer than argument{}{}",
                                j + 1,
                                plural,
                                j
                            )));
                        }
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(vm.new_tuple(items)))
}

fn map_new(vm: &mut Vm, cls: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    if taipan_object::call::kw_count(kwnames) > 0 {
        return Err(vm.type_error("map() takes no keyword arguments"));
    }
    if args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::with_capacity(args.len() - 1);
    for x in &args[1..] {
        its.push(vm.iter(x)?);
    }
    Ok(Value::Obj(Obj::new(
        cls,
        Payload::Native(Box::new(Map {
            func: args[0].clone(),
            its,
        })),
    )))
}
fn map_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let Some(m) = native::<Map>(v) else {
        return Ok(None);
    };
    let mut items = Vec::with_capacity(m.its.len());
    for it in &m.its {
        match vm.next(it)? {
            Some(x) => items.push(x),
            None => return Ok(None),
        }
    }
    vm.call(&m.func, &items, None).map(Some)
}

fn filter_new(vm: &mut Vm, cls: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    if taipan_object::call::kw_count(kwnames) > 0 {
        return Err(vm.type_error("filter() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!("filter expected 2 arguments, got {}", args.len())));
    }
    let it = vm.iter(&args[1])?;
    Ok(Value::Obj(Obj::new(
        cls,
        Payload::Native(Box::new(Filter {
            func: args[0].clone(),
            it,
        })),
    )))
}
fn filter_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let Some(f) = native::<Filter>(v) else {
        return Ok(None);
    };
    while let Some(x) = vm.next(&f.it)? {
        let keep = if f.func.is_none() || f.func.is(&Value::Obj(vm.types.bool_.clone())) {
            vm.truthy(&x)?
        } else {
            let r = vm.call(&f.func, std::slice::from_ref(&x), None)?;
            vm.truthy(&r)?
        };
        if keep {
            return Ok(Some(x));
        }
    }
    Ok(None)
}

fn reversed_new(vm: &mut Vm, cls: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    if taipan_object::call::kw_count(kwnames) > 0 {
        return Err(vm.type_error("reversed() takes no keyword arguments"));
    }
    if args.len() != 1 {
        return Err(vm.type_error(format!("reversed expected 1 argument, got {}", args.len())));
    }
    let seq = &args[0];
    let t = vm.type_of(seq).clone();
    match taipan_object::typeobj::type_lookup_str(&t, "__reversed__") {
        Some(Value::None) => {
            return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(seq))));
        }
        Some(_) => return vm.call_method(seq, "__reversed__", &[]),
        None => {}
    }
    let td = vm.type_data(seq);
    if td.slots.getitem.get().is_none()
        || td.slots.len.get().is_none()
        || td.has_flag(flags::DICT_SUBCLASS)
    {
        return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(seq))));
    }
    let n = vm.len(seq)? as i64;
    Ok(Value::Obj(Obj::new(
        cls,
        Payload::Native(Box::new(Reversed {
            seq: RefCell::new(Some(seq.clone())),
            index: Cell::new(n - 1),
        })),
    )))
}
fn reversed_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let Some(r) = native::<Reversed>(v) else {
        return Ok(None);
    };
    let i = r.index.get();
    let seq = r.seq.borrow().clone();
    let Some(seq) = seq else { return Ok(None) };
    if i < 0 {
        *r.seq.borrow_mut() = None;
        return Ok(None);
    }
    r.index.set(i - 1);
    match vm.getitem(&seq, &Value::Int(i)) {
        Ok(x) => Ok(Some(x)),
        Err(e)
            if vm.is_instance_of(&e.value(), &vm.exc.index_error.clone())
                || vm.is_instance_of(&e.value(), &vm.exc.stop_iteration.clone()) =>
        {
            *r.seq.borrow_mut() = None;
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

type NewFn = taipan_object::typeobj::NewSlot;
type NextFn = taipan_object::typeobj::NextSlot;

pub fn install(vm: &mut Vm) {
    let table: [(&str, NewFn, NextFn); 5] = [
        ("enumerate", enumerate_new, enumerate_next),
        ("zip", zip_new, zip_next),
        ("map", map_new, map_next),
        ("filter", filter_new, filter_next),
        ("reversed", reversed_new, reversed_next),
    ];
    for (name, new, next) in table {
        let t = new_static_type(vm, name, flags::BASETYPE);
        let s = &tdata(&t).slots;
        s.new.set(Some(new));
        s.iter.set(Some(self_iter));
        s.next.set(Some(next));
        taipan_object::slotdefs::add_slot_wrappers(vm, &t);
        let b = vm.builtins.clone();
        vm.dict_set_str(&b, name, Value::Obj(t.clone()));
        vm.registry.insert(name, Value::Obj(t));
    }
}
