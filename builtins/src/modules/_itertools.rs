//! `_itertools`: the itertools types whose per-item cost matters, in Rust
//! (CPython's `Modules/itertoolsmodule.c`). `itertools.py` imports them; the
//! rest of the module stays in Python.
//!
//! `islice` is here because it sits between a consumer (`list()`, a `for`
//! loop) and its source on every item: as a Python class, each item cost a
//! call of its `__next__` through the slot dispatcher and a nested eval loop.

use crate::util::new_static_type;
use std::cell::{Cell, RefCell};
use taipan_object::typeobj::{flags, tdata};
use taipan_object::{Obj, ObjRef, Payload, PyResult, Value, Vm};

/// `isliceobject`: the iterator (None once exhausted), the index of the next
/// item to return, the stop index (-1: none), the step and the number of
/// items consumed so far.
struct Islice {
    it: RefCell<Option<Value>>,
    next: Cell<i64>,
    stop: i64,
    step: i64,
    cnt: Cell<i64>,
}

/// `PyNumber_AsSsize_t(v, PyExc_OverflowError)` with the error dropped, as
/// islice does: the index, or None when `v` is no index or overflows (the
/// caller then reports islice's own ValueError).
fn ssize(vm: &mut Vm, v: &Value) -> Option<i64> {
    let i = vm.index(v).ok()?;
    taipan_object::number::as_i64(&i)
}

const STOP_ERROR: &str =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

fn islice_new(vm: &mut Vm, cls: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    // CPython refuses keywords unless a subclass defines its own `__init__`
    // (which then receives them); `islice` itself inherits object's.
    let own_init = |cls: &ObjRef| {
        taipan_object::typeobj::tdata(cls)
            .slots
            .init
            .get()
            .is_some_and(|f| {
                !std::ptr::eq(
                    f as *const (),
                    taipan_object::class::object_init as *const (),
                )
            })
    };
    let nkw = taipan_object::call::kw_count(kwnames);
    if nkw > 0 && !own_init(cls) {
        return Err(vm.type_error("islice() takes no keyword arguments"));
    }
    // The keyword values (last, vectorcall style) are the `__init__`'s.
    let args = &args[..args.len().saturating_sub(nkw)];
    if args.len() < 2 {
        return Err(vm.type_error(format!(
            "islice expected at least 2 arguments, got {}",
            args.len()
        )));
    }
    if args.len() > 4 {
        return Err(vm.type_error(format!(
            "islice expected at most 4 arguments, got {}",
            args.len()
        )));
    }
    let (mut start, mut stop, mut step) = (0, -1, 1);
    if args.len() == 2 {
        if !args[1].is_none() {
            stop = ssize(vm, &args[1]).unwrap_or(-1);
            if stop == -1 {
                return Err(vm.value_error(STOP_ERROR));
            }
        }
    } else {
        if !args[1].is_none() {
            start = ssize(vm, &args[1]).unwrap_or(-1);
        }
        if !args[2].is_none() {
            stop = ssize(vm, &args[2]).unwrap_or(-1);
            if stop == -1 {
                return Err(vm.value_error(STOP_ERROR));
            }
        }
    }
    if start < 0 || stop < -1 {
        return Err(vm.value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    }
    if args.len() == 4 && !args[3].is_none() {
        step = ssize(vm, &args[3]).unwrap_or(-1);
    }
    if step < 1 {
        return Err(vm.value_error("Step for islice() must be a positive integer or None."));
    }
    let it = vm.iter(&args[0])?;
    Ok(Value::Obj(Obj::new(
        cls,
        Payload::Native(Box::new(Islice {
            it: RefCell::new(Some(it)),
            next: Cell::new(start),
            stop,
            step,
            cnt: Cell::new(0),
        })),
    )))
}

/// `islice_next`: skip to the next wanted index, return that item. The
/// source is dropped once it is exhausted, raises, or the stop is reached.
fn islice_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let Some(s) = v.as_obj().and_then(|o| o.as_native::<Islice>()) else {
        return Ok(None);
    };
    let Some(it) = s.it.borrow().clone() else {
        return Ok(None);
    };
    let item = loop {
        if s.cnt.get() >= s.next.get() {
            if s.stop != -1 && s.cnt.get() >= s.stop {
                break None;
            }
            match vm.next(&it) {
                Ok(Some(x)) => break Some(x),
                Ok(None) => break None,
                Err(e) => {
                    *s.it.borrow_mut() = None;
                    return Err(e);
                }
            }
        }
        match vm.next(&it) {
            Ok(Some(_)) => s.cnt.set(s.cnt.get() + 1),
            Ok(None) => break None,
            Err(e) => {
                *s.it.borrow_mut() = None;
                return Err(e);
            }
        }
    };
    let Some(item) = item else {
        *s.it.borrow_mut() = None;
        return Ok(None);
    };
    s.cnt.set(s.cnt.get() + 1);
    let old = s.next.get();
    let next = old.wrapping_add(s.step);
    s.next
        .set(if next < old || (s.stop != -1 && next > s.stop) {
            s.stop
        } else {
            next
        });
    Ok(Some(item))
}

fn self_iter(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.clone())
}

pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let t = new_static_type(vm, "islice", flags::BASETYPE);
    let s = &tdata(&t).slots;
    s.new.set(Some(islice_new));
    s.iter.set(Some(self_iter));
    s.next.set(Some(islice_next));
    taipan_object::slotdefs::add_slot_wrappers(vm, &t);
    let module = vm.new_str("itertools");
    let doc = vm.new_str(
        "islice(iterable, stop) --> islice object\n\
         islice(iterable, start, stop[, step]) --> islice object\n\n\
         Return an iterator whose next() method returns selected values from an\n\
         iterable.  If start is specified, will skip all preceding elements;\n\
         otherwise, start defaults to zero.  Step defaults to one.  If\n\
         specified as another value, step determines how many values are\n\
         skipped between successive calls.  Works like a slice() on a list\n\
         but returns an iterator.",
    );
    taipan_object::class::set_type_attr(vm, &t, "__module__", module);
    taipan_object::class::set_type_attr(vm, &t, "__doc__", doc);
    vm.dict_set_str(d, "islice", Value::Obj(t));
    Ok(())
}
