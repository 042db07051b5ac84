//! The methods of `object` and `type` that are not slots (`__format__`,
//! `__dir__`, `__init_subclass__`, `__subclasshook__`, `mro`,
//! `__subclasses__`, `__prepare__`, `__instancecheck__`, ...).

use taipan_object::function::{MethodDef, NativeFn};
use taipan_object::typeobj::{mro_with_self, tdata};
use taipan_object::{PyResult, Value, Vm};

/// `object.__format__`: only the empty spec is allowed.
fn object_format(vm: &mut Vm, this: &Value, spec: &Value) -> PyResult {
    let Some(s) = crate::util::as_str(spec) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(spec)
        )));
    };
    if !s.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(this)
        )));
    }
    vm.str(this).map(Value::Obj)
}

/// `object.__dir__`: the instance dict plus every attribute along the MRO.
fn object_dir(vm: &mut Vm, this: &Value) -> PyResult {
    let mut names: Vec<Value> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut add = |k: &Value, names: &mut Vec<Value>| {
        if let Some(s) = crate::util::as_str(k) {
            if seen.insert(s.to_string()) {
                names.push(k.clone());
            }
        }
    };
    if let Some(d) = vm.instance_dict(this) {
        if let Some(dd) = d.as_dict() {
            for k in dd.borrow().keys() {
                add(&k, &mut names);
            }
        }
    }
    let t = vm.type_of(this).clone();
    for ty in mro_with_self(&t) {
        for k in tdata(&ty).dict.borrow().keys() {
            add(&k, &mut names);
        }
    }
    Ok(vm.new_list(names))
}

/// `type.__dir__`: the names along the class's own MRO.
fn type_dir(vm: &mut Vm, this: &Value) -> PyResult {
    let mut names: Vec<Value> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    if let Some(t) = this.as_obj().filter(|o| o.as_type().is_some()) {
        for ty in mro_with_self(t) {
            for k in tdata(&ty).dict.borrow().keys() {
                if let Some(s) = crate::util::as_str(&k) {
                    if seen.insert(s.to_string()) {
                        names.push(k.clone());
                    }
                }
            }
        }
    }
    Ok(vm.new_list(names))
}

fn object_init_subclass(_vm: &mut Vm, _cls: &Value) -> PyResult {
    Ok(Value::None)
}
fn object_subclasshook(vm: &mut Vm, _cls: &Value, _args: &[Value]) -> PyResult {
    Ok(vm.not_implemented.clone())
}
fn object_sizeof(_vm: &mut Vm, _this: &Value) -> PyResult {
    Ok(Value::Int(16))
}
fn object_reduce_ex(vm: &mut Vm, this: &Value, _proto: &Value) -> PyResult {
    let t = Value::Obj(vm.type_of(this).clone());
    let e = vm.new_tuple(vec![]);
    Ok(vm.new_tuple(vec![t, e]))
}

fn type_mro(vm: &mut Vm, this: &Value) -> PyResult {
    let Some(t) = this.as_obj().filter(|o| o.as_type().is_some()) else {
        return Err(vm.type_error("descriptor 'mro' requires a 'type' object"));
    };
    Ok(vm.new_list(mro_with_self(t).into_iter().map(Value::Obj).collect()))
}
fn type_subclasses(vm: &mut Vm, this: &Value) -> PyResult {
    let Some(t) = this.as_obj().filter(|o| o.as_type().is_some()) else {
        return Err(vm.type_error("descriptor '__subclasses__' requires a 'type' object"));
    };
    let subs: Vec<Value> = tdata(t)
        .subclasses
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .map(Value::Obj)
        .collect();
    Ok(vm.new_list(subs))
}
fn type_prepare(
    vm: &mut Vm,
    _cls: &Value,
    _args: &[Value],
    _kw: Option<&taipan_object::ObjRef>,
) -> PyResult {
    Ok(Value::Obj(vm.new_dict()))
}
fn type_instancecheck(vm: &mut Vm, this: &Value, obj: &Value) -> PyResult {
    let Some(t) = this.as_obj().filter(|o| o.as_type().is_some()) else {
        return Ok(Value::FALSE);
    };
    crate::functions::object_isinstance(vm, obj, t).map(Value::bool)
}
fn type_subclasscheck(vm: &mut Vm, this: &Value, sub: &Value) -> PyResult {
    let (Some(t), Some(s)) = (
        this.as_obj().filter(|o| o.as_type().is_some()),
        sub.as_obj().filter(|o| o.as_type().is_some()),
    ) else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::bool(taipan_object::typeobj::is_subtype(s, t)))
}
/// `int | str` (PEP 604) is approximated by a tuple-like union for isinstance.
fn type_or(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    super::generic_alias::make_union(vm, a, b)
}

static OBJECT_METHODS: [MethodDef; 4] = [
    MethodDef {
        name: "__format__",
        func: NativeFn::O(object_format),
        doc: "",
    },
    MethodDef {
        name: "__dir__",
        func: NativeFn::NoArgs(object_dir),
        doc: "",
    },
    MethodDef {
        name: "__sizeof__",
        func: NativeFn::NoArgs(object_sizeof),
        doc: "",
    },
    MethodDef {
        name: "__reduce_ex__",
        func: NativeFn::O(object_reduce_ex),
        doc: "",
    },
];
static OBJECT_CLASS_METHODS: [MethodDef; 2] = [
    MethodDef {
        name: "__init_subclass__",
        func: NativeFn::NoArgs(object_init_subclass),
        doc: "",
    },
    MethodDef {
        name: "__subclasshook__",
        func: NativeFn::FastCall(object_subclasshook),
        doc: "",
    },
];
static TYPE_METHODS: [MethodDef; 5] = [
    MethodDef {
        name: "mro",
        func: NativeFn::NoArgs(type_mro),
        doc: "",
    },
    MethodDef {
        name: "__subclasses__",
        func: NativeFn::NoArgs(type_subclasses),
        doc: "",
    },
    MethodDef {
        name: "__instancecheck__",
        func: NativeFn::O(type_instancecheck),
        doc: "",
    },
    MethodDef {
        name: "__subclasscheck__",
        func: NativeFn::O(type_subclasscheck),
        doc: "",
    },
    MethodDef {
        name: "__dir__",
        func: NativeFn::NoArgs(type_dir),
        doc: "",
    },
];
static TYPE_CLASS_METHODS: [MethodDef; 1] = [MethodDef {
    name: "__prepare__",
    func: NativeFn::FastCallKw(type_prepare),
    doc: "",
}];

pub fn install(vm: &mut Vm) {
    let o = vm.types.object.clone();
    taipan_object::class::add_methods(vm, &o, &OBJECT_METHODS);
    taipan_object::class::add_class_methods(vm, &o, &OBJECT_CLASS_METHODS);
    taipan_object::class::set_type_attr(vm, &o, "__doc__", Value::None);
    let t = vm.types.type_.clone();
    taipan_object::class::add_methods(vm, &t, &TYPE_METHODS);
    taipan_object::class::add_class_methods(vm, &t, &TYPE_CLASS_METHODS);
    tdata(&t).slots.binary[taipan_object::BinOp::Or as usize].set(Some(type_or));
}
