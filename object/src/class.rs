//! The `type` and `object` types' slots: calling a class (`type.__call__`),
//! creating classes (`type.__new__`), the default object behaviour, `super`,
//! and the attributes every type and instance has (`__class__`, `__dict__`, ...).

use crate::error::{PyErr, PyResult};
use crate::function::GetSetDef;
use crate::object::{MemberDescr, Obj, ObjRef, Payload};
use crate::pystr::PyStr;
use crate::typeobj::{
    c3_mro, flags, is_subtype, mro_with_self, tdata, type_lookup_str, CompareOp, Layout, TypeObject,
};
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

fn as_type(v: &Value) -> Option<&ObjRef> {
    v.as_obj().filter(|o| o.as_type().is_some())
}

/// `type_call`: `cls(*args)` runs `cls.__new__`, then `__init__` when the
/// result is an instance of `cls`.
pub fn type_call(
    vm: &mut Vm,
    callable: &Value,
    args: &[Value],
    kwnames: Option<&ObjRef>,
) -> PyResult {
    let t = as_type(callable).expect("type_call on a type").clone();
    let nkw = crate::call::kw_count(kwnames);
    if Rc::ptr_eq(&t, &vm.types.type_) {
        if args.len() == 1 && nkw == 0 {
            return Ok(Value::Obj(vm.type_of(&args[0]).clone()));
        }
        if args.len() - nkw != 3 {
            return Err(vm.type_error("type() takes 1 or 3 arguments"));
        }
    }
    if let Some(s) = vm.callstats.as_deref_mut() {
        s.type_call += 1;
    }
    let Some(new) = tdata(&t).slots.new.get() else {
        return Err(vm.type_error(format!("cannot create '{}' instances", tdata(&t).name())));
    };
    let obj = new(vm, &t, args, kwnames)?;
    if !vm.is_instance_of(&obj, &t) {
        return Ok(obj);
    }
    if let Some(init) = vm.type_data(&obj).slots.init.get() {
        init(vm, &obj, args, kwnames)?;
    }
    Ok(obj)
}

pub fn type_repr(vm: &mut Vm, t: &Value) -> PyResult {
    let o = as_type(t).expect("type_repr on a type");
    let td = tdata(o);
    let q = td.qualname.borrow().clone();
    Ok(match vm.type_module_name(o) {
        Some(m) if m != "builtins" => vm.new_str(format!("<class '{m}.{q}'>")),
        _ => vm.new_str(format!("<class '{q}'>")),
    })
}

fn type_getattro(vm: &mut Vm, t: &Value, name: &ObjRef) -> PyResult {
    vm.type_getattr(t, name)
}
fn type_setattro(vm: &mut Vm, t: &Value, name: &ObjRef, value: Option<&Value>) -> PyResult<()> {
    vm.type_setattr(t, name, value)
}
fn type_init(vm: &mut Vm, _t: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult<()> {
    let n = args.len() - crate::call::kw_count(kwnames);
    if n != 1 && n != 3 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(())
}

/// `type.__new__(meta, name, bases, namespace, **kwds)`.
pub fn type_new(vm: &mut Vm, meta: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let nkw = crate::call::kw_count(kwnames);
    let pos = &args[..args.len() - nkw];
    if Rc::ptr_eq(meta, &vm.types.type_) && pos.len() == 1 && nkw == 0 {
        return Ok(Value::Obj(vm.type_of(&pos[0]).clone()));
    }
    if pos.len() != 3 {
        return Err(vm.type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            pos.len()
        )));
    }
    let name = match pos[0].as_obj().and_then(|o| o.as_str()) {
        Some(s) => s.as_str().to_string(),
        None => {
            return Err(vm.type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                vm.type_name(&pos[0])
            )))
        }
    };
    let Some(bases) = pos[1]
        .as_obj()
        .and_then(|o| o.as_tuple())
        .map(|t| t.to_vec())
    else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            vm.type_name(&pos[1])
        )));
    };
    let Some(ns) = pos[2].as_obj().filter(|o| o.as_dict().is_some()).cloned() else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name(&pos[2])
        )));
    };
    let kwargs: Vec<(Value, Value)> = match kwnames.and_then(|k| k.as_tuple()) {
        Some(names) => names
            .iter()
            .cloned()
            .zip(args[args.len() - nkw..].iter().cloned())
            .collect(),
        None => Vec::new(),
    };
    if vm.dict_get_str(&ns, "__module__").is_none() {
        // Like type_new_set_module: the module of the code creating the class.
        let module = vm
            .frames
            .last()
            .map(|f| f.globals.clone())
            .and_then(|g| vm.dict_get_str(&g, "__name__"));
        if let Some(m) = module {
            vm.dict_set_str(&ns, "__module__", m);
        }
    }
    let cls = create_class(vm, meta, &name, &bases, &ns)?;
    init_subclass(vm, &cls, &kwargs)?;
    Ok(Value::Obj(cls))
}

/// Build a class object: metaclass and layout checks, MRO, `__slots__`,
/// namespace copy, slot dispatchers, `__set_name__` and `__classcell__`.
pub fn create_class(
    vm: &mut Vm,
    meta: &ObjRef,
    name: &str,
    bases_in: &[Value],
    ns: &ObjRef,
) -> PyResult<ObjRef> {
    let mut bases: Vec<ObjRef> = Vec::new();
    for b in bases_in {
        match as_type(b) {
            Some(t) => bases.push(t.clone()),
            None => return Err(vm.type_error("bases must be types")),
        }
    }
    // The most derived metaclass wins (`_PyType_CalculateMetaclass`).
    let mut winner = meta.clone();
    for b in &bases {
        let bt = vm.type_of(&Value::Obj(b.clone())).clone();
        if is_subtype(&winner, &bt) {
            continue;
        }
        if is_subtype(&bt, &winner) {
            winner = bt;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    if bases.is_empty() {
        bases.push(vm.types.object.clone());
    }
    for (i, b) in bases.iter().enumerate() {
        if !tdata(b).has_flag(flags::BASETYPE) {
            return Err(vm.type_error(format!(
                "type '{}' is not an acceptable base type",
                tdata(b).name()
            )));
        }
        if bases[..i].iter().any(|x| Rc::ptr_eq(x, b)) {
            return Err(vm.type_error(format!("duplicate base class {}", tdata(b).name())));
        }
    }
    // The solid base decides the instance layout.
    let mut layout = Layout::Object;
    let mut solid = bases[0].clone();
    for b in &bases {
        let l = tdata(b).layout;
        if l == Layout::Object {
            continue;
        }
        if layout == Layout::Object {
            layout = l;
            solid = b.clone();
        } else if l != layout && !is_subtype(b, &solid) && !is_subtype(&solid, b) {
            return Err(vm.type_error("multiple bases have instance lay-out conflict"));
        }
    }
    let mro = match c3_mro(&bases) {
        Ok(m) => m,
        Err(heads) => {
            let names: Vec<String> = heads.iter().map(|t| tdata(t).name().to_string()).collect();
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        }
    };
    // Inherited flags and slot counts.
    let inherit = flags::EXCEPTION
        | flags::INT_SUBCLASS
        | flags::STR_SUBCLASS
        | flags::TUPLE_SUBCLASS
        | flags::LIST_SUBCLASS
        | flags::DICT_SUBCLASS
        | flags::TYPE_SUBCLASS;
    let mut tflags = flags::HEAPTYPE | flags::BASETYPE;
    let mut base_has_dict = false;
    let mut base_nslots = 0;
    for b in &bases {
        let bd = tdata(b);
        tflags |= bd.flags.get() & inherit;
        base_has_dict |= bd.has_flag(flags::HAS_DICT);
        base_nslots = base_nslots.max(bd.nslots);
    }
    // __slots__
    let slots_decl = vm.dict_get_str(ns, "__slots__");
    let mut slot_names: Vec<String> = Vec::new();
    let mut wants_dict = slots_decl.is_none();
    if let Some(decl) = &slots_decl {
        let items = if decl.as_obj().and_then(|o| o.as_str()).is_some() {
            vec![decl.clone()]
        } else {
            vm.collect(decl)?
        };
        for it in items {
            let Some(s) = it
                .as_obj()
                .and_then(|o| o.as_str())
                .map(|s| s.as_str().to_string())
            else {
                return Err(vm.type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    vm.type_name(&it)
                )));
            };
            if s == "__dict__" {
                wants_dict = true;
                continue;
            }
            if s == "__weakref__" {
                continue;
            }
            // `__x` in class C is stored as `_C__x`, like every private name.
            let s = if s.starts_with("__")
                && !s.ends_with("__")
                && !name.trim_start_matches('_').is_empty()
            {
                format!("_{}{}", name.trim_start_matches('_'), s)
            } else {
                s
            };
            if vm.dict_get_str(ns, &s).is_some() {
                return Err(
                    vm.value_error(format!("'{s}' in __slots__ conflicts with class variable"))
                );
            }
            slot_names.push(s);
        }
    }
    // Classes of a metaclass keep their namespace in the type itself: a
    // subclass of `type` gets no instance `__dict__` of its own.
    if (wants_dict || base_has_dict) && layout != Layout::Type {
        tflags |= flags::HAS_DICT;
    }
    if layout != Layout::Object && !slot_names.is_empty() && !matches!(layout, Layout::Exception) {
        return Err(vm.type_error(format!(
            "nonempty __slots__ not supported for subtype of '{}'",
            tdata(&solid).name()
        )));
    }
    let mut td = TypeObject::new(name, layout, tflags);
    td.nslots = base_nslots + slot_names.len();
    *td.base.borrow_mut() = Some(solid.clone());
    *td.bases.borrow_mut() = bases.clone();
    *td.mro.borrow_mut() = mro;
    let cls = Obj::new(&winner, Payload::Type(Box::new(td)));
    let ctd = tdata(&cls);
    // Namespace: copied, with __qualname__ and __classcell__ taken out.
    let entries = ns.as_dict().map(|d| d.borrow().items()).unwrap_or_default();
    let mut classcell = None;
    {
        for (k, v) in entries {
            let kname = k
                .as_obj()
                .and_then(|o| o.as_str())
                .map(|s| s.as_str().to_string());
            match kname.as_deref() {
                Some("__qualname__") => {
                    match v.as_obj().and_then(|o| o.as_str()) {
                        Some(s) => *ctd.qualname.borrow_mut() = s.as_str().into(),
                        None => {
                            return Err(vm.type_error(format!(
                                "type __qualname__ must be a str, not {}",
                                vm.type_name(&v)
                            )))
                        }
                    }
                    continue;
                }
                Some("__classcell__") => {
                    classcell = Some(v);
                    continue;
                }
                _ => {}
            }
            let v = match kname.as_deref() {
                Some("__new__")
                    if matches!(v.as_obj().map(|o| &o.payload), Some(Payload::Function(_))) =>
                {
                    Value::Obj(Obj::new(&vm.types.staticmethod, Payload::StaticMethod(v)))
                }
                Some("__init_subclass__") | Some("__class_getitem__")
                    if matches!(v.as_obj().map(|o| &o.payload), Some(Payload::Function(_))) =>
                {
                    Value::Obj(Obj::new(&vm.types.classmethod, Payload::ClassMethod(v)))
                }
                _ => v,
            };
            let h = vm.hash(&k)?;
            ctd.dict.borrow_mut().insert_new(h, k, v);
        }
    }
    let set = |vm: &mut Vm, key: &str, v: Value| {
        let k = vm.intern(key);
        let h = k.as_str().map(|s| s.hash()).unwrap_or(0);
        let mut d = ctd.dict.borrow_mut();
        if d.get_str(h, key).is_none() {
            d.insert_new(h, Value::Obj(k), v);
        }
    };
    set(vm, "__doc__", Value::None);
    // A class that defines __eq__ but not __hash__ is unhashable.
    if ctd.own_lookup_str("__eq__").is_some() && ctd.own_lookup_str("__hash__").is_none() {
        set(vm, "__hash__", Value::None);
    }
    for (i, s) in slot_names.iter().enumerate() {
        let n = vm.intern(s);
        let m = Obj::new(
            &vm.types.member_descriptor,
            Payload::Member(Box::new(MemberDescr {
                name: n,
                index: base_nslots + i,
                owner: cls.clone(),
            })),
        );
        set(vm, s, Value::Obj(m));
    }
    if tflags & flags::HAS_DICT != 0 && !base_has_dict {
        let d = Obj::new(
            &vm.types.getset_descriptor,
            Payload::GetSet(&INSTANCE_DICT, cls.clone()),
        );
        set(vm, "__dict__", Value::Obj(d));
    }
    for b in &bases {
        tdata(b).subclasses.borrow_mut().push(Rc::downgrade(&cls));
    }
    crate::slotdefs::fixup_slots(&cls);
    if let Some(cell) = classcell {
        match cell.as_obj().map(|o| &o.payload) {
            Some(Payload::Cell(c)) => *c.borrow_mut() = Some(Value::Obj(cls.clone())),
            _ => {
                return Err(vm.type_error(format!(
                    "__classcell__ must be a nonlocal cell, not {}",
                    vm.type_name(&cell)
                )))
            }
        }
    }
    // __set_name__ on every attribute that defines it.
    let items = ctd.dict.borrow().items();
    for (k, v) in items {
        let vt = vm.type_of(&v).clone();
        if let Some(sn) = type_lookup_str(&vt, "__set_name__") {
            let r = if vm.type_data(&sn).has_flag(flags::METHOD_DESCRIPTOR) {
                vm.call(&sn, &[v.clone(), Value::Obj(cls.clone()), k.clone()], None)
            } else {
                let bound = match vm.type_data(&sn).slots.descr_get.get() {
                    Some(g) => g(vm, &sn, Some(&v), &Value::Obj(vt.clone()))?,
                    None => sn,
                };
                vm.call(&bound, &[Value::Obj(cls.clone()), k.clone()], None)
            };
            if let Err(e) = r {
                let kn = k
                    .as_obj()
                    .and_then(|o| o.as_str())
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default();
                let err = vm.runtime_error(format!(
                    "Error calling __set_name__ on '{}' instance '{}' in '{}'",
                    vm.type_name(&v),
                    kn,
                    name
                ));
                if let Some(ed) = err.0.as_exception() {
                    *ed.cause.borrow_mut() = Some(e.0.clone());
                    *ed.context.borrow_mut() = Some(e.0.clone());
                    ed.suppress_context.set(true);
                }
                return Err(err);
            }
        }
    }
    Ok(cls)
}

/// `init_subclass`: `super(cls, cls).__init_subclass__(**kwargs)`.
pub fn init_subclass(vm: &mut Vm, cls: &ObjRef, kwargs: &[(Value, Value)]) -> PyResult<()> {
    let mro = mro_with_self(cls);
    let name = PyStr::new("__init_subclass__");
    for t in &mro[1..] {
        if let Some(f) = tdata(t).own_lookup(&name) {
            let clsv = Value::Obj(cls.clone());
            let bound = match vm.type_data(&f).slots.descr_get.get() {
                Some(g) => g(vm, &f, None, &clsv)?,
                None => f,
            };
            let mut args = Vec::new();
            let mut names = Vec::new();
            for (k, v) in kwargs {
                names.push(k.clone());
                args.push(v.clone());
            }
            let kw = if names.is_empty() {
                None
            } else {
                Some(vm.new_tuple_obj(names))
            };
            vm.call(&bound, &args, kw.as_ref())?;
            return Ok(());
        }
    }
    if !kwargs.is_empty() {
        return Err(vm.type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            tdata(cls).name()
        )));
    }
    Ok(())
}

// ----- object -----

fn excess_args(args: &[Value]) -> bool {
    !args.is_empty()
}

/// `object_new`.
pub fn object_new(
    vm: &mut Vm,
    cls: &ObjRef,
    args: &[Value],
    _kwnames: Option<&ObjRef>,
) -> PyResult {
    let td = tdata(cls);
    if excess_args(args) {
        let new_is_object =
            td.slots.new.get().map(|f| f as usize) == Some(object_new as *const () as usize);
        let init_is_object =
            td.slots.init.get().map(|f| f as usize) == Some(object_init as *const () as usize);
        if !new_is_object {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if init_is_object {
            return Err(vm.type_error(format!("{}() takes no arguments", td.name())));
        }
    }
    if td.has_flag(flags::IS_ABSTRACT) {
        return Err(abstract_error(vm, cls));
    }
    if td.layout != Layout::Object {
        return Err(vm.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            td.name(),
            td.base
                .borrow()
                .as_ref()
                .map(|b| tdata(b).name())
                .unwrap_or_default()
        )));
    }
    Ok(Value::Obj(Obj::new(
        cls,
        Payload::Instance(crate::object::InstanceData::new(td)),
    )))
}

fn abstract_error(vm: &mut Vm, cls: &ObjRef) -> PyErr {
    let td = tdata(cls);
    let mut names: Vec<String> = Vec::new();
    if let Some(am) = td.own_lookup_str("__abstractmethods__") {
        if let Ok(items) = vm.collect(&am) {
            for i in items {
                if let Some(s) = i.as_obj().and_then(|o| o.as_str()) {
                    names.push(s.as_str().to_string());
                }
            }
        }
    }
    names.sort();
    vm.type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        td.name(),
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    ))
}

/// `object_init`.
pub fn object_init(
    vm: &mut Vm,
    obj: &Value,
    args: &[Value],
    _kwnames: Option<&ObjRef>,
) -> PyResult<()> {
    if excess_args(args) {
        let td = vm.type_data(obj);
        let new_is_object =
            td.slots.new.get().map(|f| f as usize) == Some(object_new as *const () as usize);
        let init_is_object =
            td.slots.init.get().map(|f| f as usize) == Some(object_init as *const () as usize);
        if !init_is_object {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if new_is_object {
            return Err(vm.type_error(format!("{}() takes no arguments", td.name())));
        }
    }
    Ok(())
}

fn object_repr(vm: &mut Vm, obj: &Value) -> PyResult {
    Ok(vm.new_str(vm.default_repr(obj)))
}
/// `object_str`: `str(x)` defaults to `repr(x)` (through the repr slot).
fn object_str(vm: &mut Vm, obj: &Value) -> PyResult {
    vm.repr(obj).map(Value::Obj)
}
fn object_hash(_vm: &mut Vm, obj: &Value) -> PyResult<i64> {
    Ok(crate::hash::hash_pointer(obj.id()))
}
/// `object_richcompare`: identity for ==, the inverse of __eq__ for !=.
fn object_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult {
    match op {
        CompareOp::Eq => Ok(if a.is(b) {
            Value::TRUE
        } else {
            vm.not_implemented.clone()
        }),
        CompareOp::Ne => {
            let eq = vm.type_data(a).slots.richcompare.get();
            match eq {
                Some(f) => {
                    let r = f(vm, a, b, CompareOp::Eq)?;
                    if r.is(&vm.not_implemented) {
                        return Ok(r);
                    }
                    Ok(Value::bool(!vm.truthy(&r)?))
                }
                None => Ok(vm.not_implemented.clone()),
            }
        }
        _ => Ok(vm.not_implemented.clone()),
    }
}
/// Whether a getattro slot is the generic one (so method loading may bypass it).
pub fn is_generic_getattro(f: crate::typeobj::GetAttrSlot) -> bool {
    std::ptr::eq(f as *const (), object_getattro as *const ())
}

/// Whether a getattro slot is `type`'s own (class attribute lookup).
pub fn is_type_getattro(f: crate::typeobj::GetAttrSlot) -> bool {
    std::ptr::eq(f as *const (), type_getattro as *const ())
}

/// Whether a setattro slot is the generic one.
pub fn is_generic_setattro(f: crate::typeobj::SetAttrSlot) -> bool {
    std::ptr::eq(f as *const (), object_setattro as *const ())
}

fn object_getattro(vm: &mut Vm, obj: &Value, name: &ObjRef) -> PyResult {
    vm.generic_getattr(obj, name)
}
fn object_setattro(vm: &mut Vm, obj: &Value, name: &ObjRef, value: Option<&Value>) -> PyResult<()> {
    vm.generic_setattr(obj, name, value)
}

// ----- super -----

fn super_new(vm: &mut Vm, _cls: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    if crate::call::kw_count(kwnames) > 0 {
        return Err(vm.type_error("super() takes no keyword arguments"));
    }
    let (start, obj) = match args.len() {
        0 => zero_arg_super(vm)?,
        1 | 2 => {
            let Some(t) = as_type(&args[0]).cloned() else {
                return Err(vm.type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    vm.type_name(&args[0])
                )));
            };
            (t, args.get(1).cloned())
        }
        n => return Err(vm.type_error(format!("super() expected at most 2 arguments, got {n}"))),
    };
    let Some(obj) = obj else {
        let o = Value::None;
        let st = start.clone();
        return Ok(Value::Obj(Obj::new(
            &vm.types.super_,
            Payload::Super(Box::new((start, o, st))),
        )));
    };
    let obj_type = match as_type(&obj) {
        Some(t) if is_subtype(t, &start) => t.clone(),
        _ if vm.is_instance_of(&obj, &start) => vm.type_of(&obj).clone(),
        _ => {
            return Err(
                vm.type_error("super(type, obj): obj must be an instance or subtype of type")
            )
        }
    };
    Ok(Value::Obj(Obj::new(
        &vm.types.super_,
        Payload::Super(Box::new((start, obj, obj_type))),
    )))
}

/// `super()` in a method: the first argument of the calling frame and its
/// `__class__` cell.
fn zero_arg_super(vm: &mut Vm) -> PyResult<(ObjRef, Option<Value>)> {
    let Some(f) = vm.frames.last() else {
        return Err(vm.runtime_error("super(): no current frame"));
    };
    let code = f.code.clone();
    let base = f.base;
    if code.argcount == 0 && code.flags & crate::code::code_flags::VARARGS == 0 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let nlocals = code.nlocals();
    let mut first = vm.stack.get(base).cloned();
    if let Some(ci) = code.cell2arg.iter().position(|a| *a == Some(0)) {
        if let Some(Value::Obj(c)) = vm.stack.get(base + nlocals + ci) {
            if let Payload::Cell(cell) = &c.payload {
                first = cell.borrow().clone();
            }
        }
    }
    let Some(first) = first.filter(|_| true) else {
        return Err(vm.runtime_error("super(): arg[0] deleted"));
    };
    let Some(fi) = code
        .freevars
        .iter()
        .position(|n| n.as_str().is_some_and(|s| s.as_str() == "__class__"))
    else {
        return Err(vm.runtime_error("super(): __class__ cell not found"));
    };
    let idx = base + nlocals + code.cellvars.len() + fi;
    let class = match vm.stack.get(idx) {
        Some(Value::Obj(c)) => match &c.payload {
            Payload::Cell(cell) => cell.borrow().clone(),
            _ => None,
        },
        _ => None,
    };
    match class {
        Some(Value::Obj(t)) if t.as_type().is_some() => Ok((t, Some(first))),
        Some(_) => Err(vm.runtime_error("super(): __class__ is not a type")),
        None => Err(vm.runtime_error("super(): empty __class__ cell")),
    }
}

fn super_getattro(vm: &mut Vm, s: &Value, name: &ObjRef) -> PyResult {
    vm.super_getattr(s, name)
}
fn super_repr(vm: &mut Vm, s: &Value) -> PyResult {
    let Some(Payload::Super(b)) = s.as_obj().map(|o| &o.payload) else {
        unreachable!()
    };
    let tn = tdata(&b.0).name();
    if b.1.is_none() {
        return Ok(vm.new_str(format!("<super: <class '{tn}'>, NULL>")));
    }
    Ok(vm.new_str(format!(
        "<super: <class '{}'>, <{} object>>",
        tn,
        tdata(&b.2).name()
    )))
}

// ----- attributes every object and type has -----

/// `object.__class__`'s getter. Public so that the eval loop can recognise
/// it in LOAD_ATTR_GETSET and read the type without a call.
pub fn get_class(vm: &mut Vm, obj: &Value) -> PyResult {
    Ok(Value::Obj(vm.type_of(obj).clone()))
}
fn get_instance_dict(vm: &mut Vm, obj: &Value) -> PyResult {
    match vm.instance_dict(obj) {
        Some(d) => Ok(Value::Obj(d)),
        None => Err(vm.attribute_error_for(obj, "__dict__")),
    }
}
fn set_instance_dict(vm: &mut Vm, obj: &Value, value: Option<&Value>) -> PyResult<()> {
    let Some(v) = value else {
        return Err(vm.type_error("cannot delete __dict__"));
    };
    let Some(src) = v.as_obj().filter(|o| o.as_dict().is_some()).cloned() else {
        return Err(vm.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            vm.type_name(v)
        )));
    };
    let Some(d) = vm.instance_dict(obj) else {
        return Err(vm.attribute_error_for(obj, "__dict__"));
    };
    // The dict object is fixed per instance; replace its contents.
    let items = src
        .as_dict()
        .map(|d| d.borrow().items())
        .unwrap_or_default();
    if let Some(dd) = d.as_dict() {
        dd.borrow_mut().clear();
    }
    for (k, v) in items {
        vm.dict_set(&d, k, v)?;
    }
    Ok(())
}

pub static OBJECT_CLASS: GetSetDef = GetSetDef {
    name: "__class__",
    get: get_class,
    set: None,
    doc: "",
};
pub static INSTANCE_DICT: GetSetDef = GetSetDef {
    name: "__dict__",
    get: get_instance_dict,
    set: Some(set_instance_dict),
    doc: "",
};

fn type_arg(v: &Value) -> &TypeObject {
    v.as_obj()
        .and_then(|o| o.as_type())
        .expect("type getset on a type")
}
fn type_get_name(vm: &mut Vm, t: &Value) -> PyResult {
    Ok(vm.new_str(type_arg(t).name().to_string()))
}
fn type_set_name(vm: &mut Vm, t: &Value, v: Option<&Value>) -> PyResult<()> {
    let td = type_arg(t);
    if !td.has_flag(flags::HEAPTYPE) {
        return Err(vm.type_error(format!(
            "cannot set '__name__' attribute of immutable type '{}'",
            td.name()
        )));
    }
    match v.and_then(|v| v.as_obj()).and_then(|o| o.as_str()) {
        Some(s) => {
            *td.name.borrow_mut() = s.as_str().into();
            Ok(())
        }
        None => Err(vm.type_error(format!(
            "can only assign string to {}.__name__, not '{}'",
            td.name(),
            v.map(|v| vm.type_name(v))
                .unwrap_or_else(|| "NoneType".into())
        ))),
    }
}
fn type_get_qualname(vm: &mut Vm, t: &Value) -> PyResult {
    Ok(vm.new_str(type_arg(t).qualname.borrow().to_string()))
}
fn type_set_qualname(vm: &mut Vm, t: &Value, v: Option<&Value>) -> PyResult<()> {
    let td = type_arg(t);
    match v.and_then(|v| v.as_obj()).and_then(|o| o.as_str()) {
        Some(s) => {
            *td.qualname.borrow_mut() = s.as_str().into();
            Ok(())
        }
        None => Err(vm.type_error(format!(
            "can only assign string to {}.__qualname__",
            td.name()
        ))),
    }
}
fn type_get_bases(vm: &mut Vm, t: &Value) -> PyResult {
    Ok(vm.new_tuple(
        type_arg(t)
            .bases
            .borrow()
            .iter()
            .map(|b| Value::Obj(b.clone()))
            .collect(),
    ))
}
fn type_get_base(_vm: &mut Vm, t: &Value) -> PyResult {
    Ok(type_arg(t)
        .base
        .borrow()
        .clone()
        .map(Value::Obj)
        .unwrap_or(Value::None))
}
fn type_get_mro(vm: &mut Vm, t: &Value) -> PyResult {
    let o = as_type(t).expect("type");
    Ok(vm.new_tuple(mro_with_self(o).into_iter().map(Value::Obj).collect()))
}
fn type_get_dict(vm: &mut Vm, t: &Value) -> PyResult {
    let td = type_arg(t);
    let d = vm.new_dict();
    let items = td.dict.borrow().items();
    for (k, v) in items {
        vm.dict_set(&d, k, v)?;
    }
    // A read-only view in CPython; here a snapshot typed `mappingproxy`.
    let snapshot = match Rc::try_unwrap(d) {
        Ok(obj) => obj.payload,
        Err(_) => unreachable!("fresh dict is unshared"),
    };
    Ok(Value::Obj(Obj::new(&vm.types.mappingproxy, snapshot)))
}
fn type_get_module(vm: &mut Vm, t: &Value) -> PyResult {
    let td = type_arg(t);
    if let Some(m) = td.own_lookup_str("__module__") {
        return Ok(m);
    }
    Ok(vm.new_str("builtins"))
}
fn type_set_module(vm: &mut Vm, t: &Value, v: Option<&Value>) -> PyResult<()> {
    let n = vm.intern("__module__");
    let Value::Obj(o) = t else { unreachable!() };
    let td = tdata(o);
    let h = n.as_str().map(|s| s.hash()).unwrap_or(0);
    td.modified();
    let mut d = td.dict.borrow_mut();
    let pos = d.find(
        h,
        |k| matches!(k, Value::Obj(x) if x.as_str().is_some_and(|s| s.as_str() == "__module__")),
    );
    match (pos, v) {
        (Some(p), Some(v)) => {
            d.set_value(p, v.clone());
        }
        (None, Some(v)) => d.insert_new(h, Value::Obj(n), v.clone()),
        (Some(p), None) => {
            d.remove_at(p);
        }
        (None, None) => {}
    }
    Ok(())
}
fn type_get_doc(vm: &mut Vm, t: &Value) -> PyResult {
    let td = type_arg(t);
    let d = td.own_lookup_str("__doc__").unwrap_or(Value::None);
    if let Some(get) = vm.type_data(&d).slots.descr_get.get() {
        return get(vm, &d, None, t);
    }
    Ok(d)
}
fn type_get_abstractmethods(vm: &mut Vm, t: &Value) -> PyResult {
    let td = type_arg(t);
    match td.own_lookup_str("__abstractmethods__") {
        Some(v) if !Rc::ptr_eq(as_type(t).expect("type"), &vm.types.type_) => Ok(v),
        _ => Err(vm.new_error(&vm.exc.attribute_error.clone(), "__abstractmethods__")),
    }
}
fn type_set_abstractmethods(vm: &mut Vm, t: &Value, v: Option<&Value>) -> PyResult<()> {
    let abstract_ = match v {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let o = as_type(t).expect("type").clone();
    let td = tdata(&o);
    {
        let k = vm.intern("__abstractmethods__");
        let h = k.as_str().map(|s| s.hash()).unwrap_or(0);
        td.modified();
        let mut d = td.dict.borrow_mut();
        let pos = d.find(h, |x| matches!(x, Value::Obj(s) if s.as_str().is_some_and(|s| s.as_str() == "__abstractmethods__")));
        match (pos, v) {
            (Some(p), Some(v)) => {
                d.set_value(p, v.clone());
            }
            (None, Some(v)) => d.insert_new(h, Value::Obj(k), v.clone()),
            (Some(p), None) => {
                d.remove_at(p);
            }
            (None, None) => {}
        }
    }
    let f = td.flags.get();
    td.flags.set(if abstract_ {
        f | flags::IS_ABSTRACT
    } else {
        f & !flags::IS_ABSTRACT
    });
    Ok(())
}

static TYPE_GETSETS: [GetSetDef; 10] = [
    GetSetDef {
        name: "__name__",
        get: type_get_name,
        set: Some(type_set_name),
        doc: "",
    },
    GetSetDef {
        name: "__qualname__",
        get: type_get_qualname,
        set: Some(type_set_qualname),
        doc: "",
    },
    GetSetDef {
        name: "__bases__",
        get: type_get_bases,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__base__",
        get: type_get_base,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__mro__",
        get: type_get_mro,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__dict__",
        get: type_get_dict,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__module__",
        get: type_get_module,
        set: Some(type_set_module),
        doc: "",
    },
    GetSetDef {
        name: "__doc__",
        get: type_get_doc,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__abstractmethods__",
        get: type_get_abstractmethods,
        set: Some(type_set_abstractmethods),
        doc: "",
    },
    GetSetDef {
        name: "__class__",
        get: get_class,
        set: None,
        doc: "",
    },
];

fn add_getset(vm: &mut Vm, t: &ObjRef, def: &'static GetSetDef) {
    let d = Obj::new(&vm.types.getset_descriptor, Payload::GetSet(def, t.clone()));
    let k = vm.intern(def.name);
    let h = k.as_str().map(|s| s.hash()).unwrap_or(0);
    tdata(t)
        .dict
        .borrow_mut()
        .insert_new(h, Value::Obj(k), Value::Obj(d));
}

/// Install the slots of `type`, `object` and `super`, and their wrappers.
pub fn install(vm: &mut Vm) {
    let (ty, obj, sup) = (
        vm.types.type_.clone(),
        vm.types.object.clone(),
        vm.types.super_.clone(),
    );
    let ts = &tdata(&ty).slots;
    ts.call.set(Some(type_call));
    ts.new.set(Some(type_new));
    ts.init.set(Some(type_init));
    ts.repr.set(Some(type_repr));
    ts.getattro.set(Some(type_getattro));
    ts.setattro.set(Some(type_setattro));
    let os = &tdata(&obj).slots;
    os.new.set(Some(object_new));
    os.init.set(Some(object_init));
    os.repr.set(Some(object_repr));
    os.str.set(Some(object_str));
    os.hash.set(Some(object_hash));
    os.richcompare.set(Some(object_richcompare));
    os.getattro.set(Some(object_getattro));
    os.setattro.set(Some(object_setattro));
    let ss = &tdata(&sup).slots;
    ss.new.set(Some(super_new));
    ss.getattro.set(Some(super_getattro));
    ss.repr.set(Some(super_repr));
    for def in TYPE_GETSETS.iter() {
        add_getset(vm, &ty, def);
    }
    add_getset(vm, &obj, &OBJECT_CLASS);
}

/// After the upper layers filled the slots of the static types: let each inherit
/// the slots it leaves empty from its base (bases first), then expose every
/// slot as a wrapper descriptor (`int.__add__`).
pub fn finish_static_types(vm: &mut Vm) {
    let mut all: Vec<ObjRef> = vm.types.all().into_iter().map(|(_, t)| t).collect();
    all.extend(vm.exc.by_name.iter().map(|(_, t)| t.clone()));
    // Bases before subclasses: sort by MRO length.
    all.sort_by_key(|t| tdata(t).mro.borrow().len());
    // Wrappers first, for the slots each type defines itself (CPython's
    // add_operators runs before inherit_slots): `int.__str__ is object.__str__`.
    for t in &all {
        crate::slotdefs::add_slot_wrappers(vm, t);
    }
    for t in &all {
        inherit_static_slots(t);
    }
}

/// `inherit_slots` for static types: copy each empty slot from the base chain.
pub fn inherit_static_slots(t: &ObjRef) {
    let td = tdata(t);
    let Some(base) = td.base.borrow().clone() else {
        return;
    };
    let b = &tdata(&base).slots;
    let s = &td.slots;
    macro_rules! inherit {
        ($($f:ident),*) => { $( if s.$f.get().is_none() { s.$f.set(b.$f.get()); } )* };
    }
    inherit!(
        call,
        repr,
        str,
        hash,
        richcompare,
        getattro,
        setattro,
        descr_get,
        descr_set,
        iter,
        next,
        new,
        init,
        len,
        getitem,
        setitem,
        contains,
        bool,
        neg,
        pos,
        abs,
        invert,
        int,
        float,
        index
    );
    if !s.hash_none.get() {
        s.hash_none.set(b.hash_none.get());
    }
    for i in 0..13 {
        if s.binary[i].get().is_none() {
            s.binary[i].set(b.binary[i].get());
        }
        if s.inplace[i].get().is_none() {
            s.inplace[i].set(b.inplace[i].get());
        }
    }
}

/// Register native methods on a type (its `PyMethodDef` table).
pub fn add_methods(vm: &mut Vm, t: &ObjRef, defs: &'static [crate::function::MethodDef]) {
    for def in defs {
        let d = Obj::new(
            &vm.types.method_descriptor,
            Payload::MethodDescriptor(crate::function::MethodDescriptor {
                def,
                owner: t.clone(),
                is_class: false,
            }),
        );
        set_type_attr(vm, t, def.name, Value::Obj(d));
    }
}

/// Register native class methods (`METH_CLASS`, e.g. `dict.fromkeys`).
pub fn add_class_methods(vm: &mut Vm, t: &ObjRef, defs: &'static [crate::function::MethodDef]) {
    for def in defs {
        let d = Obj::new(
            &vm.types.classmethod_descriptor,
            Payload::MethodDescriptor(crate::function::MethodDescriptor {
                def,
                owner: t.clone(),
                is_class: true,
            }),
        );
        set_type_attr(vm, t, def.name, Value::Obj(d));
    }
}

/// Register computed attributes (`PyGetSetDef` table).
pub fn add_getsets(vm: &mut Vm, t: &ObjRef, defs: &'static [GetSetDef]) {
    for def in defs {
        add_getset(vm, t, def);
    }
}

/// Store into a type's dict directly (static types included).
pub fn set_type_attr(vm: &mut Vm, t: &ObjRef, name: &str, v: Value) {
    let k = vm.intern(name);
    let h = k.as_str().map(|s| s.hash()).unwrap_or(0);
    tdata(t).modified();
    let mut d = tdata(t).dict.borrow_mut();
    match d.find(
        h,
        |x| matches!(x, Value::Obj(s) if s.as_str().is_some_and(|s| s.as_str() == name)),
    ) {
        Some(p) => {
            d.set_value(p, v);
        }
        None => d.insert_new(h, Value::Obj(k), v),
    }
}
