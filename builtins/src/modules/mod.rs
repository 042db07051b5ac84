//! The standard modules Taipan ships, and the registry that imports them by name.

pub mod sys;

use taipan_object::{Obj, ObjRef, Payload, Value, Vm};

/// A new module object with `__name__` set (`PyModule_New`).
pub fn new_module(vm: &mut Vm, name: &str) -> ObjRef {
    let d = vm.new_dict();
    let m = Obj::with_dict(&vm.types.module, d.clone(), Payload::Module(name.into()));
    let n = vm.new_str(name);
    vm.dict_set_str(&d, "__name__", n);
    vm.dict_set_str(&d, "__doc__", Value::None);
    vm.dict_set_str(&d, "__package__", Value::None);
    vm.dict_set_str(&d, "__loader__", Value::None);
    vm.dict_set_str(&d, "__spec__", Value::None);
    m
}

/// The dict of a module object.
pub fn module_dict(m: &ObjRef) -> ObjRef {
    m.dict.get().cloned().expect("modules have a dict")
}

pub fn install(vm: &mut Vm) {
    sys::install(vm);
}

/// A module implemented natively, created on first import.
pub fn builtin_module(vm: &mut Vm, name: &str) -> taipan_object::PyResult<Option<Value>> {
    let _ = (vm, name);
    Ok(None)
}
