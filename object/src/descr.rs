//! Descriptor and call slots of the core callable types: functions, bound
//! methods, builtin functions, method descriptors, slot wrappers, classmethod,
//! staticmethod, property, getset and member descriptors.

use crate::error::PyResult;
use crate::function::{BuiltinFunction, SlotFn, SlotWrapper};
use crate::object::{Obj, ObjRef, Payload};
use crate::typeobj::{tdata, CompareOp};
use crate::value::Value;
use crate::vm::Vm;

fn payload(v: &Value) -> &Payload {
    match v {
        Value::Obj(o) => &o.payload,
        _ => unreachable!("descriptor slot on an inline value"),
    }
}

/// `func_descr_get`: bind a function to an instance.
pub fn function_get(vm: &mut Vm, f: &Value, obj: Option<&Value>, _ty: &Value) -> PyResult {
    // Like CPython, `obj` None (class access or `f.__get__(None, C)`) returns the function.
    match obj {
        Some(o) if !o.is_none() => Ok(vm.new_bound_method(f.clone(), o.clone())),
        _ => Ok(f.clone()),
    }
}

impl Vm {
    pub fn new_bound_method(&self, func: Value, self_: Value) -> Value {
        Value::Obj(Obj::new(
            &self.types.method,
            Payload::BoundMethod(Box::new((func, self_))),
        ))
    }
}

/// `method_vectorcall`: call the function with `self` prepended.
pub fn bound_method_call(
    vm: &mut Vm,
    m: &Value,
    args: &[Value],
    kwnames: Option<&ObjRef>,
) -> PyResult {
    let Payload::BoundMethod(b) = payload(m) else {
        unreachable!()
    };
    let (func, self_) = (b.0.clone(), b.1.clone());
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(self_);
    all.extend_from_slice(args);
    vm.call(&func, &all, kwnames)
}

pub fn builtin_function_call(
    vm: &mut Vm,
    f: &Value,
    args: &[Value],
    kwnames: Option<&ObjRef>,
) -> PyResult {
    let Payload::BuiltinFunction(b) = payload(f) else {
        unreachable!()
    };
    vm.call_native(b.def, b.owner.as_ref(), &b.self_, args, kwnames)
}

/// `method_vectorcall_*` of a `method_descriptor`: the first argument is `self`.
pub fn method_descriptor_call(
    vm: &mut Vm,
    d: &Value,
    args: &[Value],
    kwnames: Option<&ObjRef>,
) -> PyResult {
    let Payload::MethodDescriptor(md) = payload(d) else {
        unreachable!()
    };
    let owner_name = tdata(&md.owner).name();
    if md.is_class {
        // classmethod_descriptor called unbound: first arg is the class.
        let Some(cls) = args.first() else {
            return Err(vm.type_error(format!(
                "descriptor '{}' of '{}' object needs an argument",
                md.def.name, owner_name
            )));
        };
        return vm.call_native(md.def, Some(&md.owner), cls, &args[1..], kwnames);
    }
    if args.len() <= crate::call::kw_count(kwnames) {
        return Err(vm.type_error(format!(
            "unbound method {}.{}() needs an argument",
            owner_name, md.def.name
        )));
    }
    let self_ = &args[0];
    if !vm.is_instance_of(self_, &md.owner) {
        return Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            md.def.name,
            owner_name,
            vm.type_name(self_)
        )));
    }
    vm.call_native(md.def, Some(&md.owner), self_, &args[1..], kwnames)
}

pub fn method_descriptor_get(vm: &mut Vm, d: &Value, obj: Option<&Value>, ty: &Value) -> PyResult {
    let Payload::MethodDescriptor(md) = payload(d) else {
        unreachable!()
    };
    let self_ = if md.is_class {
        ty.clone()
    } else {
        match obj {
            None => return Ok(d.clone()),
            Some(o) => {
                if !vm.is_instance_of(o, &md.owner) {
                    return Err(vm.type_error(format!(
                        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                        md.def.name,
                        tdata(&md.owner).name(),
                        vm.type_name(o)
                    )));
                }
                o.clone()
            }
        }
    };
    Ok(Value::Obj(Obj::new(
        &vm.types.builtin_function,
        Payload::BuiltinFunction(BuiltinFunction {
            def: md.def,
            self_,
            owner: Some(md.owner.clone()),
            module: None,
        }),
    )))
}

// ----- slot wrappers -----

pub fn slot_wrapper_get(vm: &mut Vm, d: &Value, obj: Option<&Value>, _ty: &Value) -> PyResult {
    let Payload::SlotWrapper(w) = payload(d) else {
        unreachable!()
    };
    if matches!(w.func, SlotFn::New(_)) {
        return Ok(d.clone());
    }
    match obj {
        None => Ok(d.clone()),
        Some(o) => {
            if !vm.is_instance_of(o, &w.owner) {
                return Err(vm.type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    w.name,
                    tdata(&w.owner).name(),
                    vm.type_name(o)
                )));
            }
            Ok(Value::Obj(Obj::new(
                &vm.types.method_wrapper,
                Payload::SlotWrapper(Box::new(SlotWrapper {
                    name: w.name,
                    func: w.func,
                    owner: w.owner.clone(),
                    bound: Some(o.clone()),
                })),
            )))
        }
    }
}

/// `wrapperdescr_call` / `wrapper_call`: run the slot function behind a dunder.
pub fn slot_wrapper_call(
    vm: &mut Vm,
    d: &Value,
    args: &[Value],
    kwnames: Option<&ObjRef>,
) -> PyResult {
    let Payload::SlotWrapper(w) = payload(d) else {
        unreachable!()
    };
    if let SlotFn::New(f) = w.func {
        let owner_name = tdata(&w.owner).name();
        let Some(cls) = args.first() else {
            return Err(vm.type_error(format!("{owner_name}.__new__(): not enough arguments")));
        };
        let Some(clsref) = cls.as_obj().filter(|o| o.as_type().is_some()).cloned() else {
            return Err(vm.type_error(format!(
                "{owner_name}.__new__(X): X is not a type object ({})",
                vm.type_name(cls)
            )));
        };
        if !crate::typeobj::is_subtype(&clsref, &w.owner) {
            let cn = tdata(&clsref).name();
            return Err(vm.type_error(format!(
                "{owner_name}.__new__({cn}): {cn} is not a subtype of {owner_name}"
            )));
        }
        return f(vm, &clsref, &args[1..], kwnames);
    }
    let (self_, rest): (Value, &[Value]) = match &w.bound {
        Some(b) => (b.clone(), args),
        None => {
            let Some(s) = args.first() else {
                return Err(vm.type_error(format!(
                    "descriptor '{}' of '{}' object needs an argument",
                    w.name,
                    tdata(&w.owner).name()
                )));
            };
            if !vm.is_instance_of(s, &w.owner) {
                return Err(vm.type_error(format!(
                    "descriptor '{}' requires a '{}' object but received a '{}'",
                    w.name,
                    tdata(&w.owner).name(),
                    vm.type_name(s)
                )));
            }
            (s.clone(), &args[1..])
        }
    };
    let takes_kw = matches!(w.func, SlotFn::Init(_) | SlotFn::Call(_));
    if !takes_kw && crate::call::kw_count(kwnames) > 0 {
        return Err(vm.type_error(format!("wrapper {}() takes no keyword arguments", w.name)));
    }
    let want = |vm: &Vm, n: usize| -> PyResult<()> {
        if rest.len() != n {
            return Err(vm.type_error(format!(
                "expected {} argument{}, got {}",
                n,
                if n == 1 { "" } else { "s" },
                rest.len()
            )));
        }
        Ok(())
    };
    match w.func {
        SlotFn::Call(f) => f(vm, &self_, rest, kwnames),
        SlotFn::Init(f) => f(vm, &self_, rest, kwnames).map(|_| Value::None),
        SlotFn::New(_) => unreachable!(),
        SlotFn::Repr(f) | SlotFn::Str(f) | SlotFn::Iter(f) | SlotFn::Unary(f) => {
            want(vm, 0)?;
            f(vm, &self_)
        }
        SlotFn::Hash(f) => {
            want(vm, 0)?;
            f(vm, &self_).map(Value::Int)
        }
        SlotFn::Len(f) => {
            want(vm, 0)?;
            f(vm, &self_).map(|n| Value::Int(n as i64))
        }
        SlotFn::Bool(f) => {
            want(vm, 0)?;
            f(vm, &self_).map(Value::bool)
        }
        SlotFn::Next(f) => {
            want(vm, 0)?;
            match f(vm, &self_)? {
                Some(v) => Ok(v),
                None => Err(vm.stop_iteration(Value::None)),
            }
        }
        SlotFn::RichCmp(f, op) => {
            want(vm, 1)?;
            f(vm, &self_, &rest[0], op)
        }
        SlotFn::Binary(f) | SlotFn::Inplace(f) | SlotFn::GetItem(f) => {
            want(vm, 1)?;
            f(vm, &self_, &rest[0])
        }
        SlotFn::BinaryRight(f) => {
            want(vm, 1)?;
            f(vm, &rest[0], &self_)
        }
        SlotFn::Contains(f) => {
            want(vm, 1)?;
            f(vm, &self_, &rest[0]).map(Value::bool)
        }
        SlotFn::SetItem(f) => {
            want(vm, 2)?;
            f(vm, &self_, &rest[0], Some(&rest[1])).map(|_| Value::None)
        }
        SlotFn::DelItem(f) => {
            want(vm, 1)?;
            f(vm, &self_, &rest[0], None).map(|_| Value::None)
        }
        SlotFn::GetAttr(f) => {
            want(vm, 1)?;
            let name = attr_name_arg(vm, &rest[0])?;
            f(vm, &self_, &name)
        }
        SlotFn::SetAttr(f) => {
            want(vm, 2)?;
            let name = attr_name_arg(vm, &rest[0])?;
            f(vm, &self_, &name, Some(&rest[1])).map(|_| Value::None)
        }
        SlotFn::DelAttr(f) => {
            want(vm, 1)?;
            let name = attr_name_arg(vm, &rest[0])?;
            f(vm, &self_, &name, None).map(|_| Value::None)
        }
        SlotFn::DescrGet(f) => {
            if rest.is_empty() || rest.len() > 2 {
                return Err(vm.type_error(format!("expected 1 or 2 arguments, got {}", rest.len())));
            }
            let obj = if rest[0].is_none() {
                None
            } else {
                Some(&rest[0])
            };
            let ty = rest.get(1).cloned().unwrap_or_else(|| {
                obj.map(|o| Value::Obj(vm.type_of(o).clone()))
                    .unwrap_or(Value::None)
            });
            f(vm, &self_, obj, &ty)
        }
        SlotFn::DescrSet(f) => {
            want(vm, 2)?;
            f(vm, &self_, &rest[0], Some(&rest[1])).map(|_| Value::None)
        }
        SlotFn::DescrDelete(f) => {
            want(vm, 1)?;
            f(vm, &self_, &rest[0], None).map(|_| Value::None)
        }
    }
}

/// An attribute name argument: must be a str (interned for fast lookups).
pub fn attr_name_arg(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    match v.as_obj().and_then(|o| o.as_str()) {
        Some(s) => {
            let s = s.as_str().to_string();
            Ok(vm.intern(&s))
        }
        None => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

// ----- classmethod, staticmethod, property -----

pub fn classmethod_get(vm: &mut Vm, d: &Value, obj: Option<&Value>, ty: &Value) -> PyResult {
    let Payload::ClassMethod(f) = payload(d) else {
        unreachable!()
    };
    let cls = if ty.is_none() {
        obj.map(|o| Value::Obj(vm.type_of(o).clone()))
            .unwrap_or(Value::None)
    } else {
        ty.clone()
    };
    Ok(vm.new_bound_method(f.clone(), cls))
}
pub fn staticmethod_get(_vm: &mut Vm, d: &Value, _obj: Option<&Value>, _ty: &Value) -> PyResult {
    let Payload::StaticMethod(f) = payload(d) else {
        unreachable!()
    };
    Ok(f.clone())
}
/// `staticmethod` objects are callable since 3.10.
pub fn staticmethod_call(
    vm: &mut Vm,
    d: &Value,
    args: &[Value],
    kwnames: Option<&ObjRef>,
) -> PyResult {
    let Payload::StaticMethod(f) = payload(d) else {
        unreachable!()
    };
    let f = f.clone();
    vm.call(&f, args, kwnames)
}

fn property_name(vm: &mut Vm, p: &crate::object::PropertyData) -> String {
    let n = p.name.borrow().clone();
    if let Some(s) = n.as_obj().and_then(|o| o.as_str()) {
        return s.as_str().to_string();
    }
    if !p.fget.is_none() {
        if let Ok(Some(v)) = vm.lookup_attr_opt(&p.fget, "__name__") {
            if let Some(s) = v.as_obj().and_then(|o| o.as_str()) {
                return s.as_str().to_string();
            }
        }
    }
    "?".into()
}

pub fn property_get(vm: &mut Vm, d: &Value, obj: Option<&Value>, _ty: &Value) -> PyResult {
    let Payload::Property(p) = payload(d) else {
        unreachable!()
    };
    let Some(obj) = obj else { return Ok(d.clone()) };
    if p.fget.is_none() {
        let name = property_name(vm, p);
        return Err(vm.new_error(
            &vm.exc.attribute_error.clone(),
            format!(
                "property '{}' of '{}' object has no getter",
                name,
                vm.type_name(obj)
            ),
        ));
    }
    let f = p.fget.clone();
    vm.call(&f, std::slice::from_ref(obj), None)
}
pub fn property_set(vm: &mut Vm, d: &Value, obj: &Value, value: Option<&Value>) -> PyResult<()> {
    let Payload::Property(p) = payload(d) else {
        unreachable!()
    };
    let (f, what) = match value {
        Some(_) => (p.fset.clone(), "setter"),
        None => (p.fdel.clone(), "deleter"),
    };
    if f.is_none() {
        let name = property_name(vm, p);
        return Err(vm.new_error(
            &vm.exc.attribute_error.clone(),
            format!(
                "property '{}' of '{}' object has no {}",
                name,
                vm.type_name(obj),
                what
            ),
        ));
    }
    match value {
        Some(v) => vm.call(&f, &[obj.clone(), v.clone()], None)?,
        None => vm.call(&f, std::slice::from_ref(obj), None)?,
    };
    Ok(())
}

// ----- getset and member descriptors -----

pub fn getset_get(vm: &mut Vm, d: &Value, obj: Option<&Value>, _ty: &Value) -> PyResult {
    let Payload::GetSet(def, owner) = payload(d) else {
        unreachable!()
    };
    match obj {
        None => Ok(d.clone()),
        Some(o) => {
            check_getset_owner(vm, def.name, owner, o)?;
            (def.get)(vm, o)
        }
    }
}
/// A getset descriptor applies only to instances of its type (`descr_check`).
fn check_getset_owner(vm: &Vm, name: &str, owner: &ObjRef, o: &Value) -> PyResult<()> {
    if vm.is_instance_of(o, owner) {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        name,
        tdata(owner).name(),
        vm.type_name(o)
    )))
}
pub fn getset_set(vm: &mut Vm, d: &Value, obj: &Value, value: Option<&Value>) -> PyResult<()> {
    let Payload::GetSet(def, owner) = payload(d) else {
        unreachable!()
    };
    check_getset_owner(vm, def.name, owner, obj)?;
    match def.set {
        Some(f) => f(vm, obj, value),
        None => Err(vm.new_error(
            &vm.exc.attribute_error.clone(),
            format!(
                "attribute '{}' of '{}' objects is not writable",
                def.name,
                tdata(owner).name()
            ),
        )),
    }
}

fn slot_values(o: &Value) -> Option<&std::cell::RefCell<Box<[Option<Value>]>>> {
    match o.as_obj().map(|o| &o.payload) {
        Some(Payload::Instance(s)) => Some(&s.slots),
        _ => None,
    }
}

/// `descr_check`: a slot descriptor applies only to instances of the class
/// that defined it (another class's slot at the same index is another field).
fn check_member_owner(vm: &mut Vm, m: &crate::object::MemberDescr, o: &Value) -> PyResult<()> {
    if vm.is_instance_of(o, &m.owner) {
        return Ok(());
    }
    let name = m
        .name
        .as_str()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    Err(vm.type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        name,
        tdata(&m.owner).name(),
        vm.type_name(o)
    )))
}

pub fn member_get(vm: &mut Vm, d: &Value, obj: Option<&Value>, _ty: &Value) -> PyResult {
    let Payload::Member(m) = payload(d) else {
        unreachable!()
    };
    let Some(o) = obj else { return Ok(d.clone()) };
    check_member_owner(vm, m, o)?;
    let v = slot_values(o).and_then(|s| s.borrow().get(m.index).cloned().flatten());
    match v {
        Some(v) => Ok(v),
        None => {
            let name = m
                .name
                .as_str()
                .map(|s| s.as_str().to_string())
                .unwrap_or_default();
            Err(vm.attribute_error_for(o, &name))
        }
    }
}
pub fn member_set(vm: &mut Vm, d: &Value, obj: &Value, value: Option<&Value>) -> PyResult<()> {
    let Payload::Member(m) = payload(d) else {
        unreachable!()
    };
    check_member_owner(vm, m, obj)?;
    let name = m
        .name
        .as_str()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    let Some(slots) = slot_values(obj) else {
        return Err(vm.attribute_error_for(obj, &name));
    };
    let mut s = slots.borrow_mut();
    let Some(slot) = s.get_mut(m.index) else {
        drop(s);
        return Err(vm.attribute_error_for(obj, &name));
    };
    if value.is_none() && slot.is_none() {
        drop(s);
        // CPython's member_set reports just the name here.
        return Err(vm.new_error(&vm.exc.attribute_error.clone(), name));
    }
    let old = std::mem::replace(slot, value.cloned());
    drop(s);
    drop(old);
    Ok(())
}

/// Install the descriptor and call slots of the core callable types.
pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    fn s(o: &ObjRef) -> &crate::typeobj::Slots {
        &tdata(o).slots
    }
    s(&t.function).descr_get.set(Some(function_get));
    s(&t.method).call.set(Some(bound_method_call));
    s(&t.builtin_function).call.set(Some(builtin_function_call));
    s(&t.method_descriptor)
        .call
        .set(Some(method_descriptor_call));
    s(&t.method_descriptor)
        .descr_get
        .set(Some(method_descriptor_get));
    s(&t.classmethod_descriptor)
        .call
        .set(Some(method_descriptor_call));
    s(&t.classmethod_descriptor)
        .descr_get
        .set(Some(method_descriptor_get));
    s(&t.wrapper_descriptor).call.set(Some(slot_wrapper_call));
    s(&t.wrapper_descriptor)
        .descr_get
        .set(Some(slot_wrapper_get));
    s(&t.method_wrapper).call.set(Some(slot_wrapper_call));
    s(&t.classmethod).descr_get.set(Some(classmethod_get));
    s(&t.staticmethod).descr_get.set(Some(staticmethod_get));
    s(&t.staticmethod).call.set(Some(staticmethod_call));
    s(&t.property).descr_get.set(Some(property_get));
    s(&t.property).descr_set.set(Some(property_set));
    s(&t.getset_descriptor).descr_get.set(Some(getset_get));
    s(&t.getset_descriptor).descr_set.set(Some(getset_set));
    s(&t.member_descriptor).descr_get.set(Some(member_get));
    s(&t.member_descriptor).descr_set.set(Some(member_set));
    let _ = CompareOp::Eq;
}
