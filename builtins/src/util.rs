//! Small helpers shared by the builtin implementations.

use crate::format::FormatError;
use taipan_object::{ObjRef, PyErr, PyResult, Value, Vm};

/// The Python exception for a formatting error.
pub fn format_error(vm: &Vm, e: FormatError) -> PyErr {
    let msg = e.message().to_string();
    match e {
        FormatError::ValueError(_) => vm.value_error(msg),
        FormatError::OverflowError(_) => vm.overflow_error(msg),
        FormatError::TypeError(_) => vm.type_error(msg),
        FormatError::MemoryError(_) => vm.memory_error(),
    }
}

/// The text of a str object (or None when `v` is not a str).
pub fn as_str(v: &Value) -> Option<&str> {
    v.as_obj().and_then(|o| o.as_str()).map(|s| s.as_str())
}

/// A str argument, with CPython's `f() argument N must be str, not X` error.
pub fn str_arg<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| vm.type_error(format!("{what} must be str, not {}", vm.type_name(v))))
}

/// The type object a value is, when it is one.
pub fn as_type(v: &Value) -> Option<&ObjRef> {
    v.as_obj().filter(|o| o.as_type().is_some())
}

/// A new static (non-heap) type deriving from `object`, for types defined in
/// this crate (`enumerate`, `zip`, ...). Its slots are filled by the caller.
pub fn new_static_type(vm: &mut Vm, name: &str, flags: u32) -> ObjRef {
    use taipan_object::typeobj::{tdata, Layout, TypeObject};
    use taipan_object::{Obj, Payload};
    let t = Obj::new(
        &vm.types.type_,
        Payload::Type(Box::new(TypeObject::new(name, Layout::Other, flags))),
    );
    let obj = vm.types.object.clone();
    let td = tdata(&t);
    *td.base.borrow_mut() = Some(obj.clone());
    *td.bases.borrow_mut() = vec![obj.clone()];
    *td.mro.borrow_mut() = vec![obj.clone()];
    tdata(&obj)
        .subclasses
        .borrow_mut()
        .push(std::rc::Rc::downgrade(&t));
    taipan_object::class::inherit_static_slots(&t);
    t
}
