//! Small built-in types: NoneType, NotImplementedType, ellipsis, function,
//! method, builtin functions, code, cell, module, property, classmethod,
//! staticmethod, mappingproxy, traceback and frame.

use crate::util::as_str;
use taipan_object::call::Args;
use taipan_object::function::{GetSetDef, MethodDef, NativeFn};
use taipan_object::object::PropertyData;
use taipan_object::typeobj::{tdata, CompareOp};
use taipan_object::{Obj, ObjRef, Payload, PyResult, Value, Vm};

fn none_repr(vm: &mut Vm, _v: &Value) -> PyResult {
    Ok(Value::Obj(vm.intern("None")))
}
fn none_bool(_vm: &mut Vm, _v: &Value) -> PyResult<bool> {
    Ok(false)
}
fn none_new(vm: &mut Vm, _cls: &ObjRef, args: &[Value], _kw: Option<&ObjRef>) -> PyResult {
    if !args.is_empty() {
        return Err(vm.type_error("NoneType takes no arguments"));
    }
    Ok(Value::None)
}
fn notimpl_repr(vm: &mut Vm, _v: &Value) -> PyResult {
    Ok(vm.new_str("NotImplemented"))
}
fn ellipsis_repr(vm: &mut Vm, _v: &Value) -> PyResult {
    Ok(vm.new_str("Ellipsis"))
}

// ----- functions -----

fn func(v: &Value) -> &taipan_object::function::Function {
    v.as_obj().and_then(|o| o.as_function()).expect("function")
}
fn function_repr(vm: &mut Vm, f: &Value) -> PyResult {
    let q = func(f).qualname.borrow().clone();
    let q = vm.str_string(&q)?;
    Ok(vm.new_str(format!("<function {} at {:#x}>", q, f.id())))
}
fn fn_get_name(_vm: &mut Vm, f: &Value) -> PyResult {
    Ok(func(f).name.borrow().clone())
}
fn fn_set_name(vm: &mut Vm, f: &Value, v: Option<&Value>) -> PyResult<()> {
    match v.filter(|v| as_str(v).is_some()) {
        Some(v) => {
            *func(f).name.borrow_mut() = v.clone();
            Ok(())
        }
        None => Err(vm.type_error("__name__ must be set to a string object")),
    }
}
fn fn_get_qualname(_vm: &mut Vm, f: &Value) -> PyResult {
    Ok(func(f).qualname.borrow().clone())
}
fn fn_set_qualname(vm: &mut Vm, f: &Value, v: Option<&Value>) -> PyResult<()> {
    match v.filter(|v| as_str(v).is_some()) {
        Some(v) => {
            *func(f).qualname.borrow_mut() = v.clone();
            Ok(())
        }
        None => Err(vm.type_error("__qualname__ must be set to a string object")),
    }
}
fn fn_get_module(_vm: &mut Vm, f: &Value) -> PyResult {
    Ok(func(f).module.borrow().clone())
}
fn fn_set_module(_vm: &mut Vm, f: &Value, v: Option<&Value>) -> PyResult<()> {
    *func(f).module.borrow_mut() = v.cloned().unwrap_or(Value::None);
    Ok(())
}
fn fn_get_doc(_vm: &mut Vm, f: &Value) -> PyResult {
    Ok(func(f).doc.borrow().clone())
}
fn fn_set_doc(_vm: &mut Vm, f: &Value, v: Option<&Value>) -> PyResult<()> {
    *func(f).doc.borrow_mut() = v.cloned().unwrap_or(Value::None);
    Ok(())
}
fn fn_get_defaults(_vm: &mut Vm, f: &Value) -> PyResult {
    Ok(func(f).defaults.borrow().clone())
}
fn fn_set_defaults(vm: &mut Vm, f: &Value, v: Option<&Value>) -> PyResult<()> {
    let v = v.cloned().unwrap_or(Value::None);
    if !v.is_none() && v.as_obj().and_then(|o| o.as_tuple()).is_none() {
        return Err(vm.type_error("__defaults__ must be set to a tuple object"));
    }
    *func(f).defaults.borrow_mut() = v;
    Ok(())
}
fn fn_get_kwdefaults(_vm: &mut Vm, f: &Value) -> PyResult {
    Ok(func(f).kwdefaults.borrow().clone())
}
fn fn_set_kwdefaults(vm: &mut Vm, f: &Value, v: Option<&Value>) -> PyResult<()> {
    let v = v.cloned().unwrap_or(Value::None);
    if !v.is_none() && v.as_obj().and_then(|o| o.as_dict()).is_none() {
        return Err(vm.type_error("__kwdefaults__ must be set to a dict object"));
    }
    *func(f).kwdefaults.borrow_mut() = v;
    Ok(())
}
fn fn_get_code(vm: &mut Vm, f: &Value) -> PyResult {
    let c = func(f).code.borrow().clone();
    Ok(Value::Obj(Obj::new(&vm.types.code, Payload::Code(c))))
}
fn fn_set_code(vm: &mut Vm, f: &Value, v: Option<&Value>) -> PyResult<()> {
    let Some(Payload::Code(c)) = v.and_then(|v| v.as_obj()).map(|o| &o.payload) else {
        return Err(vm.type_error("__code__ must be set to a code object"));
    };
    let fo = func(f);
    let nfree = c.freevars.len();
    let nclosure = fo
        .closure
        .as_ref()
        .and_then(|c| c.as_tuple())
        .map_or(0, |t| t.len());
    if nfree != nclosure {
        let name = vm.str_string(&fo.name.borrow().clone())?;
        return Err(vm.value_error(format!(
            "{}() requires a code object with {} free vars, not {}",
            name, nclosure, nfree
        )));
    }
    *fo.code.borrow_mut() = c.clone();
    Ok(())
}
fn fn_get_globals(_vm: &mut Vm, f: &Value) -> PyResult {
    Ok(Value::Obj(func(f).globals.clone()))
}
fn fn_get_builtins(_vm: &mut Vm, f: &Value) -> PyResult {
    Ok(Value::Obj(func(f).builtins.clone()))
}
fn fn_get_closure(_vm: &mut Vm, f: &Value) -> PyResult {
    Ok(func(f)
        .closure
        .clone()
        .map(Value::Obj)
        .unwrap_or(Value::None))
}
fn fn_get_annotations(vm: &mut Vm, f: &Value) -> PyResult {
    let fo = func(f);
    Ok(Value::Obj(
        fo.annotations.get_or_init(|| vm.new_dict()).clone(),
    ))
}
fn fn_set_annotations(vm: &mut Vm, f: &Value, v: Option<&Value>) -> PyResult<()> {
    let d = match v {
        Some(x) if x.as_obj().and_then(|o| o.as_dict()).is_some() => x.as_obj().cloned(),
        Some(Value::None) | None => None,
        Some(_) => return Err(vm.type_error("__annotations__ must be set to a dict object")),
    };
    // The annotations cell is set once; later assignments replace its contents.
    let fo = func(f);
    let target = fo.annotations.get_or_init(|| vm.new_dict()).clone();
    if let Some(dd) = target.as_dict() {
        dd.borrow_mut().clear();
    }
    if let Some(src) = d {
        let items = src
            .as_dict()
            .map(|x| x.borrow().items())
            .unwrap_or_default();
        for (k, v) in items {
            vm.dict_set(&target, k, v)?;
        }
    }
    Ok(())
}
fn fn_set_dict(vm: &mut Vm, f: &Value, v: Option<&Value>) -> PyResult<()> {
    let Some(src) = v
        .and_then(|x| x.as_obj())
        .filter(|o| o.as_dict().is_some())
        .cloned()
    else {
        return Err(vm.type_error("__dict__ must be set to a dictionary"));
    };
    let Some(d) = vm.instance_dict(f) else {
        return Err(vm.attribute_error_for(f, "__dict__"));
    };
    let items = src
        .as_dict()
        .map(|x| x.borrow().items())
        .unwrap_or_default();
    if let Some(dd) = d.as_dict() {
        dd.borrow_mut().clear();
    }
    for (k, v) in items {
        vm.dict_set(&d, k, v)?;
    }
    Ok(())
}
fn fn_get_dict(vm: &mut Vm, f: &Value) -> PyResult {
    match vm.instance_dict(f) {
        Some(d) => Ok(Value::Obj(d)),
        None => Err(vm.attribute_error_for(f, "__dict__")),
    }
}

static FUNCTION_GETSETS: [GetSetDef; 12] = [
    GetSetDef {
        name: "__name__",
        get: fn_get_name,
        set: Some(fn_set_name),
        doc: "",
    },
    GetSetDef {
        name: "__qualname__",
        get: fn_get_qualname,
        set: Some(fn_set_qualname),
        doc: "",
    },
    GetSetDef {
        name: "__module__",
        get: fn_get_module,
        set: Some(fn_set_module),
        doc: "",
    },
    GetSetDef {
        name: "__doc__",
        get: fn_get_doc,
        set: Some(fn_set_doc),
        doc: "",
    },
    GetSetDef {
        name: "__defaults__",
        get: fn_get_defaults,
        set: Some(fn_set_defaults),
        doc: "",
    },
    GetSetDef {
        name: "__kwdefaults__",
        get: fn_get_kwdefaults,
        set: Some(fn_set_kwdefaults),
        doc: "",
    },
    GetSetDef {
        name: "__code__",
        get: fn_get_code,
        set: Some(fn_set_code),
        doc: "",
    },
    GetSetDef {
        name: "__globals__",
        get: fn_get_globals,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__builtins__",
        get: fn_get_builtins,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__closure__",
        get: fn_get_closure,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__annotations__",
        get: fn_get_annotations,
        set: Some(fn_set_annotations),
        doc: "",
    },
    GetSetDef {
        name: "__dict__",
        get: fn_get_dict,
        set: Some(fn_set_dict),
        doc: "",
    },
];

// ----- bound methods -----

fn bound(v: &Value) -> (Value, Value) {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::BoundMethod(b)) => (b.0.clone(), b.1.clone()),
        _ => (Value::None, Value::None),
    }
}
fn method_repr(vm: &mut Vm, m: &Value) -> PyResult {
    let (f, s) = bound(m);
    let name = match vm.lookup_attr_opt(&f, "__qualname__")? {
        Some(n) => vm.str_string(&n)?,
        None => "?".to_string(),
    };
    let sr = vm.repr_string(&s)?;
    Ok(vm.new_str(format!("<bound method {name} of {sr}>")))
}
fn method_get_self(_vm: &mut Vm, m: &Value) -> PyResult {
    Ok(bound(m).1)
}
fn method_get_func(_vm: &mut Vm, m: &Value) -> PyResult {
    Ok(bound(m).0)
}
/// Other attributes of a bound method come from its function.
fn method_getattro(vm: &mut Vm, m: &Value, name: &ObjRef) -> PyResult {
    match vm.generic_getattr(m, name) {
        Ok(v) => Ok(v),
        Err(e) if vm.is_instance_of(&e.value(), &vm.exc.attribute_error.clone()) => {
            let f = bound(m).0;
            vm.getattr(&f, name)
        }
        Err(e) => Err(e),
    }
}
fn method_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne)
        || !matches!(
            b.as_obj().map(|o| &o.payload),
            Some(Payload::BoundMethod(_))
        )
    {
        return Ok(vm.not_implemented.clone());
    }
    let (fa, sa) = bound(a);
    let (fb, sb) = bound(b);
    let eq = fa.is(&fb) && sa.is(&sb);
    Ok(Value::bool(eq == (op == CompareOp::Eq)))
}
fn method_hash(vm: &mut Vm, m: &Value) -> PyResult<i64> {
    let (f, s) = bound(m);
    let hf = vm.hash(&f)?;
    Ok(hf ^ taipan_object::hash::hash_pointer(s.id()))
}
/// `types.MethodType(func, obj)`.
fn method_new(vm: &mut Vm, _cls: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    if taipan_object::call::kw_count(kwnames) > 0 {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!("method expected 2 arguments, got {}", args.len())));
    }
    if !vm.is_callable(&args[0]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if args[1].is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(vm.new_bound_method(args[0].clone(), args[1].clone()))
}

static METHOD_GETSETS: [GetSetDef; 2] = [
    GetSetDef {
        name: "__self__",
        get: method_get_self,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__func__",
        get: method_get_func,
        set: None,
        doc: "",
    },
];

// ----- builtin functions, method descriptors, slot wrappers -----

fn builtin_repr(vm: &mut Vm, f: &Value) -> PyResult {
    let Some(Payload::BuiltinFunction(b)) = f.as_obj().map(|o| &o.payload) else {
        unreachable!()
    };
    if b.owner.is_none() {
        return Ok(vm.new_str(format!("<built-in function {}>", b.def.name)));
    }
    let s = &b.self_;
    let what = format!("{} object at {:#x}", vm.type_name(s), s.id());
    Ok(vm.new_str(format!("<built-in method {} of {}>", b.def.name, what)))
}
fn builtin_get_name(vm: &mut Vm, f: &Value) -> PyResult {
    let Some(Payload::BuiltinFunction(b)) = f.as_obj().map(|o| &o.payload) else {
        unreachable!()
    };
    Ok(vm.new_str(b.def.name))
}
fn builtin_get_qualname(vm: &mut Vm, f: &Value) -> PyResult {
    let Some(Payload::BuiltinFunction(b)) = f.as_obj().map(|o| &o.payload) else {
        unreachable!()
    };
    let q = vm.native_qualname(b.def, b.owner.as_ref(), &b.self_);
    Ok(vm.new_str(q))
}
fn builtin_get_self(vm: &mut Vm, f: &Value) -> PyResult {
    let Some(Payload::BuiltinFunction(b)) = f.as_obj().map(|o| &o.payload) else {
        unreachable!()
    };
    if b.owner.is_none() {
        if let Some(m) = &b.module {
            let m = m.to_string();
            return Ok(vm
                .dict_get_str(&vm.modules.clone(), &m)
                .unwrap_or(Value::None));
        }
        return Ok(Value::None);
    }
    Ok(b.self_.clone())
}
fn builtin_get_module(vm: &mut Vm, f: &Value) -> PyResult {
    let Some(Payload::BuiltinFunction(b)) = f.as_obj().map(|o| &o.payload) else {
        unreachable!()
    };
    Ok(match &b.module {
        Some(m) => vm.new_str(m.to_string()),
        None => Value::None,
    })
}
fn builtin_get_doc(vm: &mut Vm, f: &Value) -> PyResult {
    let Some(Payload::BuiltinFunction(b)) = f.as_obj().map(|o| &o.payload) else {
        unreachable!()
    };
    Ok(if b.def.doc.is_empty() {
        Value::None
    } else {
        vm.new_str(b.def.doc)
    })
}
static BUILTIN_GETSETS: [GetSetDef; 5] = [
    GetSetDef {
        name: "__name__",
        get: builtin_get_name,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__qualname__",
        get: builtin_get_qualname,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__self__",
        get: builtin_get_self,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__module__",
        get: builtin_get_module,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__doc__",
        get: builtin_get_doc,
        set: None,
        doc: "",
    },
];

fn method_descr_repr(vm: &mut Vm, d: &Value) -> PyResult {
    let Some(Payload::MethodDescriptor(m)) = d.as_obj().map(|o| &o.payload) else {
        unreachable!()
    };
    Ok(vm.new_str(format!(
        "<method '{}' of '{}' objects>",
        m.def.name,
        tdata(&m.owner).name()
    )))
}
fn method_descr_name(vm: &mut Vm, d: &Value) -> PyResult {
    let Some(Payload::MethodDescriptor(m)) = d.as_obj().map(|o| &o.payload) else {
        unreachable!()
    };
    Ok(vm.new_str(m.def.name))
}
fn method_descr_qualname(vm: &mut Vm, d: &Value) -> PyResult {
    let Some(Payload::MethodDescriptor(m)) = d.as_obj().map(|o| &o.payload) else {
        unreachable!()
    };
    Ok(vm.new_str(format!("{}.{}", tdata(&m.owner).name(), m.def.name)))
}
fn method_descr_objclass(_vm: &mut Vm, d: &Value) -> PyResult {
    let Some(Payload::MethodDescriptor(m)) = d.as_obj().map(|o| &o.payload) else {
        unreachable!()
    };
    Ok(Value::Obj(m.owner.clone()))
}
static METHOD_DESCR_GETSETS: [GetSetDef; 3] = [
    GetSetDef {
        name: "__name__",
        get: method_descr_name,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__qualname__",
        get: method_descr_qualname,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__objclass__",
        get: method_descr_objclass,
        set: None,
        doc: "",
    },
];

fn wrapper_repr(vm: &mut Vm, d: &Value) -> PyResult {
    let Some(Payload::SlotWrapper(w)) = d.as_obj().map(|o| &o.payload) else {
        unreachable!()
    };
    let owner = tdata(&w.owner).name();
    if let taipan_object::function::SlotFn::New(_) = w.func {
        return Ok(vm.new_str(format!(
            "<built-in method __new__ of type object at {:#x}>",
            Value::Obj(w.owner.clone()).id()
        )));
    }
    match &w.bound {
        None => Ok(vm.new_str(format!(
            "<slot wrapper '{}' of '{}' objects>",
            w.name, owner
        ))),
        Some(b) => Ok(vm.new_str(format!(
            "<method-wrapper '{}' of {} object at {:#x}>",
            w.name,
            vm.type_name(b),
            b.id()
        ))),
    }
}
fn wrapper_name(vm: &mut Vm, d: &Value) -> PyResult {
    let Some(Payload::SlotWrapper(w)) = d.as_obj().map(|o| &o.payload) else {
        unreachable!()
    };
    Ok(vm.new_str(w.name))
}
fn wrapper_qualname(vm: &mut Vm, d: &Value) -> PyResult {
    let Some(Payload::SlotWrapper(w)) = d.as_obj().map(|o| &o.payload) else {
        unreachable!()
    };
    Ok(vm.new_str(format!("{}.{}", tdata(&w.owner).name(), w.name)))
}
fn wrapper_self(_vm: &mut Vm, d: &Value) -> PyResult {
    let Some(Payload::SlotWrapper(w)) = d.as_obj().map(|o| &o.payload) else {
        unreachable!()
    };
    Ok(w.bound.clone().unwrap_or(Value::None))
}
fn wrapper_objclass(_vm: &mut Vm, d: &Value) -> PyResult {
    let Some(Payload::SlotWrapper(w)) = d.as_obj().map(|o| &o.payload) else {
        unreachable!()
    };
    Ok(Value::Obj(w.owner.clone()))
}
static WRAPPER_GETSETS: [GetSetDef; 4] = [
    GetSetDef {
        name: "__name__",
        get: wrapper_name,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__qualname__",
        get: wrapper_qualname,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__self__",
        get: wrapper_self,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__objclass__",
        get: wrapper_objclass,
        set: None,
        doc: "",
    },
];

// ----- code and cell -----

fn code_of(v: &Value) -> &std::rc::Rc<taipan_object::code::CodeObject> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Code(c)) => c,
        _ => unreachable!("code getset on a non-code"),
    }
}
fn code_repr(vm: &mut Vm, c: &Value) -> PyResult {
    let co = code_of(c);
    let name = co
        .name
        .as_str()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    let file = co
        .filename
        .as_str()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    Ok(vm.new_str(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        name,
        c.id(),
        file,
        co.firstlineno
    )))
}
fn strs(vm: &mut Vm, v: &[ObjRef]) -> Value {
    vm.new_tuple(v.iter().map(|o| Value::Obj(o.clone())).collect())
}
fn co_name(_vm: &mut Vm, c: &Value) -> PyResult {
    Ok(Value::Obj(code_of(c).name.clone()))
}
fn co_qualname(_vm: &mut Vm, c: &Value) -> PyResult {
    Ok(Value::Obj(code_of(c).qualname.clone()))
}
fn co_filename(_vm: &mut Vm, c: &Value) -> PyResult {
    Ok(Value::Obj(code_of(c).filename.clone()))
}
fn co_firstlineno(_vm: &mut Vm, c: &Value) -> PyResult {
    Ok(Value::Int(code_of(c).firstlineno as i64))
}
fn co_argcount(_vm: &mut Vm, c: &Value) -> PyResult {
    Ok(Value::Int(code_of(c).argcount as i64))
}
fn co_posonlyargcount(_vm: &mut Vm, c: &Value) -> PyResult {
    Ok(Value::Int(code_of(c).posonlyargcount as i64))
}
fn co_kwonlyargcount(_vm: &mut Vm, c: &Value) -> PyResult {
    Ok(Value::Int(code_of(c).kwonlyargcount as i64))
}
fn co_nlocals(_vm: &mut Vm, c: &Value) -> PyResult {
    Ok(Value::Int(code_of(c).varnames.len() as i64))
}
fn co_flags(_vm: &mut Vm, c: &Value) -> PyResult {
    Ok(Value::Int(code_of(c).flags as i64))
}
fn co_stacksize(_vm: &mut Vm, c: &Value) -> PyResult {
    Ok(Value::Int(code_of(c).stacksize as i64))
}
fn co_varnames(vm: &mut Vm, c: &Value) -> PyResult {
    let v = code_of(c).varnames.clone();
    Ok(strs(vm, &v))
}
fn co_cellvars(vm: &mut Vm, c: &Value) -> PyResult {
    let v = code_of(c).cellvars.clone();
    Ok(strs(vm, &v))
}
fn co_freevars(vm: &mut Vm, c: &Value) -> PyResult {
    let v = code_of(c).freevars.clone();
    Ok(strs(vm, &v))
}
fn co_names(vm: &mut Vm, c: &Value) -> PyResult {
    let v = code_of(c).names.clone();
    Ok(strs(vm, &v))
}
fn co_consts(vm: &mut Vm, c: &Value) -> PyResult {
    Ok(vm.new_tuple(code_of(c).consts.clone()))
}
fn co_code(vm: &mut Vm, c: &Value) -> PyResult {
    let mut bytes = Vec::new();
    for u in code_of(c).instructions.iter() {
        // Specialised instructions show as their generic form, as in CPython.
        bytes.push(u.op.base() as u8);
        bytes.push((u.arg & 0xff) as u8);
    }
    Ok(vm.new_bytes(bytes))
}
static CODE_GETSETS: [GetSetDef; 15] = [
    GetSetDef {
        name: "co_name",
        get: co_name,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "co_qualname",
        get: co_qualname,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "co_filename",
        get: co_filename,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "co_firstlineno",
        get: co_firstlineno,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "co_argcount",
        get: co_argcount,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "co_posonlyargcount",
        get: co_posonlyargcount,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "co_kwonlyargcount",
        get: co_kwonlyargcount,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "co_nlocals",
        get: co_nlocals,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "co_flags",
        get: co_flags,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "co_stacksize",
        get: co_stacksize,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "co_varnames",
        get: co_varnames,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "co_cellvars",
        get: co_cellvars,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "co_freevars",
        get: co_freevars,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "co_names",
        get: co_names,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "co_consts",
        get: co_consts,
        set: None,
        doc: "",
    },
];
static CODE_GETSETS2: [GetSetDef; 1] = [GetSetDef {
    name: "co_code",
    get: co_code,
    set: None,
    doc: "",
}];

fn cell_contents(vm: &mut Vm, c: &Value) -> PyResult {
    match c.as_obj().map(|o| &o.payload) {
        Some(Payload::Cell(cell)) => match cell.borrow().clone() {
            Some(v) => Ok(v),
            None => Err(vm.value_error("Cell is empty")),
        },
        _ => Err(vm.type_error("not a cell")),
    }
}
fn set_cell_contents(_vm: &mut Vm, c: &Value, v: Option<&Value>) -> PyResult<()> {
    if let Some(Payload::Cell(cell)) = c.as_obj().map(|o| &o.payload) {
        *cell.borrow_mut() = v.cloned();
    }
    Ok(())
}
fn cell_repr(vm: &mut Vm, c: &Value) -> PyResult {
    let inner = match c.as_obj().map(|o| &o.payload) {
        Some(Payload::Cell(cell)) => cell.borrow().clone(),
        _ => None,
    };
    Ok(vm.new_str(match inner {
        Some(v) => format!(
            "<cell at {:#x}: {} object at {:#x}>",
            c.id(),
            vm.type_name(&v),
            v.id()
        ),
        None => format!("<cell at {:#x}: empty>", c.id()),
    }))
}
static CELL_GETSETS: [GetSetDef; 1] = [GetSetDef {
    name: "cell_contents",
    get: cell_contents,
    set: Some(set_cell_contents),
    doc: "",
}];

// ----- modules -----

fn module_repr(vm: &mut Vm, m: &Value) -> PyResult {
    let Some(Payload::Module(name)) = m.as_obj().map(|o| &o.payload) else {
        unreachable!()
    };
    let name = name.to_string();
    let file = m
        .as_obj()
        .and_then(|o| vm.get_attr_raw(o, "__file__"))
        .and_then(|f| as_str(&f).map(|s| s.to_string()));
    Ok(vm.new_str(match file {
        Some(f) => format!("<module '{name}' from '{f}'>"),
        None if name == "sys" || name == "builtins" => format!("<module '{name}' (built-in)>"),
        None => format!("<module '{name}'>"),
    }))
}
fn module_getattro(vm: &mut Vm, m: &Value, name: &ObjRef) -> PyResult {
    vm.module_getattr(m, name)
}
fn module_new(vm: &mut Vm, cls: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = Args::new(args, kwnames);
    let b = a.bind(vm, "module", &["name", "doc"], 1, 0)?;
    let name = b[0].clone().expect("bound");
    let Some(n) = as_str(&name).map(|s| s.to_string()) else {
        return Err(vm.type_error(format!(
            "module.__init__() argument 'name' must be str, not {}",
            vm.type_name(&name)
        )));
    };
    let d = vm.new_dict();
    let m = Obj::with_dict(cls, d.clone(), Payload::Module(n.into()));
    vm.dict_set_str(&d, "__name__", name);
    vm.dict_set_str(&d, "__doc__", b[1].clone().unwrap_or(Value::None));
    Ok(Value::Obj(m))
}
fn module_dir(vm: &mut Vm, m: &Value) -> PyResult {
    let keys = m
        .as_obj()
        .and_then(|o| o.dict.get())
        .and_then(|d| d.as_dict().map(|d| d.borrow().keys()))
        .unwrap_or_default();
    Ok(vm.new_list(keys))
}
static MODULE_METHODS: [MethodDef; 1] = [MethodDef {
    name: "__dir__",
    func: NativeFn::NoArgs(module_dir),
    doc: "",
}];

fn member_name(_vm: &mut Vm, d: &Value) -> PyResult {
    match d.as_obj().map(|o| &o.payload) {
        Some(Payload::Member(m)) => Ok(Value::Obj(m.name.clone())),
        _ => Ok(Value::None),
    }
}
fn member_objclass(_vm: &mut Vm, d: &Value) -> PyResult {
    match d.as_obj().map(|o| &o.payload) {
        Some(Payload::Member(m)) => Ok(Value::Obj(m.owner.clone())),
        _ => Ok(Value::None),
    }
}
fn member_repr(vm: &mut Vm, d: &Value) -> PyResult {
    let Some(Payload::Member(m)) = d.as_obj().map(|o| &o.payload) else {
        return Ok(vm.new_str("?"));
    };
    let n = m
        .name
        .as_str()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    Ok(vm.new_str(format!(
        "<member '{}' of '{}' objects>",
        n,
        tdata(&m.owner).name()
    )))
}
static MEMBER_GETSETS: [GetSetDef; 3] = [
    GetSetDef {
        name: "__name__",
        get: member_name,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__qualname__",
        get: member_name,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__objclass__",
        get: member_objclass,
        set: None,
        doc: "",
    },
];

// ----- property, classmethod, staticmethod -----

fn prop(v: &Value) -> &PropertyData {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Property(p)) => p,
        _ => unreachable!("property method on a non-property"),
    }
}
fn property_new(vm: &mut Vm, cls: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = Args::new(args, kwnames);
    let b = a.bind(vm, "property", &["fget", "fset", "fdel", "doc"], 0, 0)?;
    let get = |i: usize| b[i].clone().unwrap_or(Value::None);
    let fget = get(0);
    let mut doc = get(3);
    if doc.is_none() && !fget.is_none() {
        doc = vm.lookup_attr_opt(&fget, "__doc__")?.unwrap_or(Value::None);
    }
    let p = PropertyData {
        fget,
        fset: get(1),
        fdel: get(2),
        doc,
        name: std::cell::RefCell::new(Value::None),
    };
    Ok(Value::Obj(Obj::new(cls, Payload::Property(Box::new(p)))))
}
fn property_copy(vm: &mut Vm, p: &Value, which: usize, f: &Value) -> PyResult {
    let old = prop(p);
    let mut parts = [old.fget.clone(), old.fset.clone(), old.fdel.clone()];
    parts[which] = f.clone();
    let doc = if which == 0 && !f.is_none() {
        vm.lookup_attr_opt(f, "__doc__")?
            .unwrap_or_else(|| old.doc.clone())
    } else {
        old.doc.clone()
    };
    let [fget, fset, fdel] = parts;
    let np = PropertyData {
        fget,
        fset,
        fdel,
        doc,
        name: std::cell::RefCell::new(old.name.borrow().clone()),
    };
    let t = vm.type_of(p).clone();
    Ok(Value::Obj(Obj::new(&t, Payload::Property(Box::new(np)))))
}
fn property_getter(vm: &mut Vm, p: &Value, f: &Value) -> PyResult {
    property_copy(vm, p, 0, f)
}
fn property_setter(vm: &mut Vm, p: &Value, f: &Value) -> PyResult {
    property_copy(vm, p, 1, f)
}
fn property_deleter(vm: &mut Vm, p: &Value, f: &Value) -> PyResult {
    property_copy(vm, p, 2, f)
}
fn property_set_name(vm: &mut Vm, p: &Value, args: &[Value]) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "__set_name__() takes 2 positional arguments but {} were given",
            args.len()
        )));
    }
    *prop(p).name.borrow_mut() = args[1].clone();
    Ok(Value::None)
}
fn property_fget(_vm: &mut Vm, p: &Value) -> PyResult {
    Ok(prop(p).fget.clone())
}
fn property_fset(_vm: &mut Vm, p: &Value) -> PyResult {
    Ok(prop(p).fset.clone())
}
fn property_fdel(_vm: &mut Vm, p: &Value) -> PyResult {
    Ok(prop(p).fdel.clone())
}
fn property_doc(_vm: &mut Vm, p: &Value) -> PyResult {
    Ok(prop(p).doc.clone())
}
fn property_isabstract(vm: &mut Vm, p: &Value) -> PyResult {
    let d = prop(p);
    for f in [d.fget.clone(), d.fset.clone(), d.fdel.clone()] {
        if !f.is_none() {
            if let Some(v) = vm.lookup_attr_opt(&f, "__isabstractmethod__")? {
                if vm.truthy(&v)? {
                    return Ok(Value::TRUE);
                }
            }
        }
    }
    Ok(Value::FALSE)
}
static PROPERTY_METHODS: [MethodDef; 4] = [
    MethodDef {
        name: "getter",
        func: NativeFn::O(property_getter),
        doc: "",
    },
    MethodDef {
        name: "setter",
        func: NativeFn::O(property_setter),
        doc: "",
    },
    MethodDef {
        name: "deleter",
        func: NativeFn::O(property_deleter),
        doc: "",
    },
    MethodDef {
        name: "__set_name__",
        func: NativeFn::FastCall(property_set_name),
        doc: "",
    },
];
static PROPERTY_GETSETS: [GetSetDef; 5] = [
    GetSetDef {
        name: "fget",
        get: property_fget,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "fset",
        get: property_fset,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "fdel",
        get: property_fdel,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__doc__",
        get: property_doc,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__isabstractmethod__",
        get: property_isabstract,
        set: None,
        doc: "",
    },
];

fn classmethod_new(
    vm: &mut Vm,
    cls: &ObjRef,
    args: &[Value],
    kwnames: Option<&ObjRef>,
) -> PyResult {
    if taipan_object::call::kw_count(kwnames) > 0 {
        return Err(vm.type_error("classmethod() takes no keyword arguments"));
    }
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "classmethod expected 1 argument, got {}",
            args.len()
        )));
    }
    Ok(Value::Obj(Obj::new(
        cls,
        Payload::ClassMethod(args[0].clone()),
    )))
}
fn staticmethod_new(
    vm: &mut Vm,
    cls: &ObjRef,
    args: &[Value],
    kwnames: Option<&ObjRef>,
) -> PyResult {
    if taipan_object::call::kw_count(kwnames) > 0 {
        return Err(vm.type_error("staticmethod() takes no keyword arguments"));
    }
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "staticmethod expected 1 argument, got {}",
            args.len()
        )));
    }
    Ok(Value::Obj(Obj::new(
        cls,
        Payload::StaticMethod(args[0].clone()),
    )))
}
fn wrapped_func(v: &Value) -> Value {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::ClassMethod(f)) | Some(Payload::StaticMethod(f)) => f.clone(),
        _ => Value::None,
    }
}
fn cm_func(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(wrapped_func(v))
}
fn cm_isabstract(vm: &mut Vm, v: &Value) -> PyResult {
    let f = wrapped_func(v);
    match vm.lookup_attr_opt(&f, "__isabstractmethod__")? {
        Some(x) => Ok(Value::bool(vm.truthy(&x)?)),
        None => Ok(Value::FALSE),
    }
}
fn cm_repr(vm: &mut Vm, v: &Value) -> PyResult {
    let f = wrapped_func(v);
    let r = vm.repr_string(&f)?;
    let n = vm.type_name(v);
    Ok(vm.new_str(format!("<{n}({r})>")))
}
static CM_GETSETS: [GetSetDef; 3] = [
    GetSetDef {
        name: "__func__",
        get: cm_func,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__wrapped__",
        get: cm_func,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__isabstractmethod__",
        get: cm_isabstract,
        set: None,
        doc: "",
    },
];

// ----- mappingproxy (a snapshot of a type's dict) -----

fn proxy_getitem(vm: &mut Vm, p: &Value, k: &Value) -> PyResult {
    let o = p.as_obj().expect("proxy").clone();
    match vm.dict_get(&o, k)? {
        Some(v) => Ok(v),
        None => Err(vm.key_error(k.clone())),
    }
}
fn proxy_len(_vm: &mut Vm, p: &Value) -> PyResult<usize> {
    Ok(p.as_obj()
        .and_then(|o| o.as_dict())
        .map_or(0, |d| d.borrow().len()))
}
fn proxy_contains(vm: &mut Vm, p: &Value, k: &Value) -> PyResult<bool> {
    let o = p.as_obj().expect("proxy").clone();
    vm.dict_contains(&o, k)
}
fn proxy_iter(vm: &mut Vm, p: &Value) -> PyResult {
    let keys = p
        .as_obj()
        .and_then(|o| o.as_dict())
        .map(|d| d.borrow().keys())
        .unwrap_or_default();
    let l = vm.new_list(keys);
    vm.iter(&l)
}
fn proxy_keys(vm: &mut Vm, p: &Value) -> PyResult {
    let keys = p
        .as_obj()
        .and_then(|o| o.as_dict())
        .map(|d| d.borrow().keys())
        .unwrap_or_default();
    Ok(vm.new_list(keys))
}
fn proxy_values(vm: &mut Vm, p: &Value) -> PyResult {
    let v = p
        .as_obj()
        .and_then(|o| o.as_dict())
        .map(|d| d.borrow().values())
        .unwrap_or_default();
    Ok(vm.new_list(v))
}
fn proxy_items(vm: &mut Vm, p: &Value) -> PyResult {
    let items = p
        .as_obj()
        .and_then(|o| o.as_dict())
        .map(|d| d.borrow().items())
        .unwrap_or_default();
    let t: Vec<Value> = items
        .into_iter()
        .map(|(k, v)| vm.new_tuple(vec![k, v]))
        .collect();
    Ok(vm.new_list(t))
}
fn proxy_get(vm: &mut Vm, p: &Value, args: &[Value]) -> PyResult {
    let Some(k) = args.first() else {
        return Err(vm.type_error("get expected at least 1 argument, got 0"));
    };
    let o = p.as_obj().expect("proxy").clone();
    Ok(vm
        .dict_get(&o, k)?
        .unwrap_or_else(|| args.get(1).cloned().unwrap_or(Value::None)))
}
fn proxy_repr(vm: &mut Vm, p: &Value) -> PyResult {
    let items = p
        .as_obj()
        .and_then(|o| o.as_dict())
        .map(|d| d.borrow().items())
        .unwrap_or_default();
    let mut parts = Vec::new();
    for (k, v) in items {
        parts.push(format!("{}: {}", vm.repr_string(&k)?, vm.repr_string(&v)?));
    }
    Ok(vm.new_str(format!("mappingproxy({{{}}})", parts.join(", "))))
}
/// `types.MappingProxyType(mapping)`: here a snapshot of the mapping.
fn proxy_new(vm: &mut Vm, cls: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    if taipan_object::call::kw_count(kwnames) > 0 || args.len() != 1 {
        return Err(vm.type_error(format!(
            "mappingproxy() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    let m = &args[0];
    let keys = match vm.lookup_attr_opt(m, "keys")? {
        Some(k) => vm.call(&k, &[], None)?,
        None => {
            return Err(vm.type_error(format!(
                "mappingproxy() argument must be a mapping, not {}",
                vm.type_name(m)
            )))
        }
    };
    let d = vm.new_dict();
    for k in vm.collect(&keys)? {
        let v = vm.getitem(m, &k)?;
        vm.dict_set(&d, k, v)?;
    }
    let items = d.as_dict().map(|x| x.borrow().items()).unwrap_or_default();
    let p = Obj::new(cls, Payload::Dict(Default::default()));
    for (k, v) in items {
        vm.dict_set(&p, k, v)?;
    }
    Ok(Value::Obj(p))
}

static PROXY_METHODS: [MethodDef; 4] = [
    MethodDef {
        name: "keys",
        func: NativeFn::NoArgs(proxy_keys),
        doc: "",
    },
    MethodDef {
        name: "values",
        func: NativeFn::NoArgs(proxy_values),
        doc: "",
    },
    MethodDef {
        name: "items",
        func: NativeFn::NoArgs(proxy_items),
        doc: "",
    },
    MethodDef {
        name: "get",
        func: NativeFn::FastCall(proxy_get),
        doc: "",
    },
];

// ----- traceback and frame objects -----

fn tb_field(vm: &mut Vm, t: &Value, which: u8) -> PyResult {
    let Some(Payload::Traceback(td)) = t.as_obj().map(|o| &o.payload) else {
        unreachable!()
    };
    Ok(match which {
        0 => td
            .next
            .borrow()
            .clone()
            .map(Value::Obj)
            .unwrap_or(Value::None),
        1 => Value::Obj(td.frame.clone()),
        2 => Value::Int(td.lineno as i64),
        _ => {
            let _ = vm;
            Value::Int(td.lasti as i64 * 2)
        }
    })
}
fn tb_next(vm: &mut Vm, t: &Value) -> PyResult {
    tb_field(vm, t, 0)
}
fn tb_frame(vm: &mut Vm, t: &Value) -> PyResult {
    tb_field(vm, t, 1)
}
fn tb_lineno(vm: &mut Vm, t: &Value) -> PyResult {
    tb_field(vm, t, 2)
}
fn tb_lasti(vm: &mut Vm, t: &Value) -> PyResult {
    tb_field(vm, t, 3)
}
static TB_GETSETS: [GetSetDef; 4] = [
    GetSetDef {
        name: "tb_next",
        get: tb_next,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "tb_frame",
        get: tb_frame,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "tb_lineno",
        get: tb_lineno,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "tb_lasti",
        get: tb_lasti,
        set: None,
        doc: "",
    },
];
fn frame_code(vm: &mut Vm, f: &Value) -> PyResult {
    let Some(Payload::Frame(fd)) = f.as_obj().map(|o| &o.payload) else {
        unreachable!()
    };
    Ok(Value::Obj(Obj::new(
        &vm.types.code,
        Payload::Code(fd.code.clone()),
    )))
}
fn frame_lineno(_vm: &mut Vm, f: &Value) -> PyResult {
    let Some(Payload::Frame(fd)) = f.as_obj().map(|o| &o.payload) else {
        unreachable!()
    };
    Ok(Value::Int(fd.lineno.get() as i64))
}
fn frame_globals(_vm: &mut Vm, f: &Value) -> PyResult {
    let Some(Payload::Frame(fd)) = f.as_obj().map(|o| &o.payload) else {
        unreachable!()
    };
    Ok(Value::Obj(fd.globals.clone()))
}
fn frame_back(_vm: &mut Vm, f: &Value) -> PyResult {
    let Some(Payload::Frame(fd)) = f.as_obj().map(|o| &o.payload) else {
        unreachable!()
    };
    Ok(fd.back.clone().map(Value::Obj).unwrap_or(Value::None))
}
fn frame_builtins(vm: &mut Vm, _f: &Value) -> PyResult {
    Ok(Value::Obj(vm.builtins.clone()))
}
static FRAME_GETSETS: [GetSetDef; 5] = [
    GetSetDef {
        name: "f_code",
        get: frame_code,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "f_lineno",
        get: frame_lineno,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "f_globals",
        get: frame_globals,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "f_back",
        get: frame_back,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "f_builtins",
        get: frame_builtins,
        set: None,
        doc: "",
    },
];

pub fn install(vm: &mut Vm) {
    let t = vm.types.none_type.clone();
    let s = &tdata(&t).slots;
    s.repr.set(Some(none_repr));
    s.bool.set(Some(none_bool));
    s.new.set(Some(none_new));
    tdata(&vm.types.not_implemented_type)
        .slots
        .repr
        .set(Some(notimpl_repr));
    tdata(&vm.types.ellipsis_type)
        .slots
        .repr
        .set(Some(ellipsis_repr));

    let f = vm.types.function.clone();
    tdata(&f).slots.repr.set(Some(function_repr));
    {
        let fl = &tdata(&f).flags;
        fl.set(fl.get() | taipan_object::typeobj::flags::HAS_DICT);
    }
    taipan_object::class::add_getsets(vm, &f, &FUNCTION_GETSETS);

    let m = vm.types.method.clone();
    let ms = &tdata(&m).slots;
    ms.repr.set(Some(method_repr));
    ms.getattro.set(Some(method_getattro));
    ms.richcompare.set(Some(method_richcompare));
    ms.hash.set(Some(method_hash));
    ms.new.set(Some(method_new));
    taipan_object::class::add_getsets(vm, &m, &METHOD_GETSETS);

    let bf = vm.types.builtin_function.clone();
    tdata(&bf).slots.repr.set(Some(builtin_repr));
    taipan_object::class::add_getsets(vm, &bf, &BUILTIN_GETSETS);
    for md in [
        vm.types.method_descriptor.clone(),
        vm.types.classmethod_descriptor.clone(),
    ] {
        tdata(&md).slots.repr.set(Some(method_descr_repr));
        taipan_object::class::add_getsets(vm, &md, &METHOD_DESCR_GETSETS);
    }
    for w in [
        vm.types.wrapper_descriptor.clone(),
        vm.types.method_wrapper.clone(),
    ] {
        tdata(&w).slots.repr.set(Some(wrapper_repr));
        taipan_object::class::add_getsets(vm, &w, &WRAPPER_GETSETS);
    }

    let code = vm.types.code.clone();
    tdata(&code).slots.repr.set(Some(code_repr));
    taipan_object::class::add_getsets(vm, &code, &CODE_GETSETS);
    taipan_object::class::add_getsets(vm, &code, &CODE_GETSETS2);
    let cell = vm.types.cell.clone();
    tdata(&cell).slots.repr.set(Some(cell_repr));
    taipan_object::class::add_getsets(vm, &cell, &CELL_GETSETS);

    let module = vm.types.module.clone();
    let mods = &tdata(&module).slots;
    mods.repr.set(Some(module_repr));
    mods.getattro.set(Some(module_getattro));
    mods.new.set(Some(module_new));
    taipan_object::class::add_methods(vm, &module, &MODULE_METHODS);
    let md = Obj::new(
        &vm.types.getset_descriptor,
        Payload::GetSet(&taipan_object::class::INSTANCE_DICT, module.clone()),
    );
    taipan_object::class::set_type_attr(vm, &module, "__dict__", Value::Obj(md));
    let mem = vm.types.member_descriptor.clone();
    taipan_object::class::add_getsets(vm, &mem, &MEMBER_GETSETS);
    tdata(&mem).slots.repr.set(Some(member_repr));

    let p = vm.types.property.clone();
    tdata(&p).slots.new.set(Some(property_new));
    taipan_object::class::add_methods(vm, &p, &PROPERTY_METHODS);
    taipan_object::class::add_getsets(vm, &p, &PROPERTY_GETSETS);
    let cm = vm.types.classmethod.clone();
    tdata(&cm).slots.new.set(Some(classmethod_new));
    tdata(&cm).slots.repr.set(Some(cm_repr));
    taipan_object::class::add_getsets(vm, &cm, &CM_GETSETS);
    let sm = vm.types.staticmethod.clone();
    tdata(&sm).slots.new.set(Some(staticmethod_new));
    tdata(&sm).slots.repr.set(Some(cm_repr));
    taipan_object::class::add_getsets(vm, &sm, &CM_GETSETS);

    let mp = vm.types.mappingproxy.clone();
    let mps = &tdata(&mp).slots;
    mps.getitem.set(Some(proxy_getitem));
    mps.len.set(Some(proxy_len));
    mps.contains.set(Some(proxy_contains));
    mps.iter.set(Some(proxy_iter));
    mps.repr.set(Some(proxy_repr));
    mps.new.set(Some(proxy_new));
    taipan_object::class::add_methods(vm, &mp, &PROXY_METHODS);

    let tb = vm.types.traceback.clone();
    taipan_object::class::add_getsets(vm, &tb, &TB_GETSETS);
    let fr = vm.types.frame.clone();
    taipan_object::class::add_getsets(vm, &fr, &FRAME_GETSETS);
}
