//! `types.GenericAlias`: what `list[int]` evaluates to (PEP 585).

use crate::util::new_static_type;
use taipan_object::function::{GetSetDef, MethodDef, NativeFn};
use taipan_object::typeobj::{flags, tdata, CompareOp};
use taipan_object::{Obj, ObjRef, Payload, PyResult, Value, Vm};

struct GenericAlias {
    origin: Value,
    args: Value,
}

fn ga(v: &Value) -> Option<&GenericAlias> {
    v.as_obj().and_then(|o| o.as_native::<GenericAlias>())
}

/// `cls[args]` for the built-in generic classes (their `__class_getitem__`).
fn class_getitem(vm: &mut Vm, cls: &Value, item: &Value) -> PyResult {
    new_alias(vm, cls.clone(), item.clone())
}

fn new_alias(vm: &mut Vm, origin: Value, item: Value) -> PyResult {
    let args = match item.as_obj().and_then(|o| o.as_tuple()) {
        Some(_) => item,
        None => vm.new_tuple(vec![item]),
    };
    let t = vm
        .registry
        .get("GenericAlias")
        .and_then(|v| v.as_obj().cloned())
        .expect("GenericAlias type installed");
    Ok(Value::Obj(Obj::new(
        &t,
        Payload::Native(Box::new(GenericAlias { origin, args })),
    )))
}

/// Like `ga_repr_item`: types by qualified name, `...` for Ellipsis.
fn repr_item(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if v.is(&vm.ellipsis) {
        return Ok("...".into());
    }
    if ga(v).is_some() {
        return vm.repr_string(v);
    }
    if let Some(t) = v.as_obj().filter(|o| o.as_type().is_some()) {
        let q = tdata(t).qualname.borrow().to_string();
        return Ok(match vm.type_module_name(t) {
            Some(m) if m != "builtins" => format!("{m}.{q}"),
            _ => q,
        });
    }
    vm.repr_string(v)
}

fn alias_repr(vm: &mut Vm, v: &Value) -> PyResult {
    let Some(g) = ga(v) else {
        return Ok(vm.new_str("?"));
    };
    let (origin, args) = (g.origin.clone(), g.args.clone());
    let mut s = repr_item(vm, &origin)?;
    s.push('[');
    let items = args
        .as_obj()
        .and_then(|o| o.as_tuple())
        .map(|t| t.to_vec())
        .unwrap_or_default();
    if items.is_empty() {
        s.push_str("()");
    }
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&repr_item(vm, it)?);
    }
    s.push(']');
    Ok(vm.new_str(s))
}

fn alias_call(vm: &mut Vm, v: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let origin = ga(v).map(|g| g.origin.clone()).unwrap_or(Value::None);
    vm.call(&origin, args, kwnames)
}

/// Attributes other than the alias's own come from the origin class.
fn alias_getattro(vm: &mut Vm, v: &Value, name: &ObjRef) -> PyResult {
    let n = name.as_str().map(|s| s.as_str()).unwrap_or("");
    if n.starts_with("__") && n != "__doc__" || n == "__origin__" || n == "__args__" {
        return vm.generic_getattr(v, name);
    }
    let origin = ga(v).map(|g| g.origin.clone()).unwrap_or(Value::None);
    vm.getattr(&origin, name)
}

fn alias_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (ga(a), ga(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    let (xo, xa, yo, ya) = (
        x.origin.clone(),
        x.args.clone(),
        y.origin.clone(),
        y.args.clone(),
    );
    let eq = vm.eq(&xo, &yo)? && vm.eq(&xa, &ya)?;
    Ok(Value::bool(eq == (op == CompareOp::Eq)))
}

fn alias_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let Some(g) = ga(v) else { return Ok(0) };
    let (o, a) = (g.origin.clone(), g.args.clone());
    Ok(vm.hash(&o)? ^ vm.hash(&a)?)
}

fn alias_getitem(vm: &mut Vm, v: &Value, item: &Value) -> PyResult {
    let origin = ga(v).map(|g| g.origin.clone()).unwrap_or(Value::None);
    new_alias(vm, origin, item.clone())
}

fn get_origin(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(ga(v).map(|g| g.origin.clone()).unwrap_or(Value::None))
}
fn get_args(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(ga(v).map(|g| g.args.clone()).unwrap_or(Value::None))
}
fn get_parameters(vm: &mut Vm, _v: &Value) -> PyResult {
    Ok(vm.new_tuple(vec![]))
}
fn mro_entries(vm: &mut Vm, v: &Value, _bases: &Value) -> PyResult {
    let origin = ga(v).map(|g| g.origin.clone()).unwrap_or(Value::None);
    Ok(vm.new_tuple(vec![origin]))
}

static ALIAS_GETSETS: [GetSetDef; 3] = [
    GetSetDef {
        name: "__origin__",
        get: get_origin,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__args__",
        get: get_args,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__parameters__",
        get: get_parameters,
        set: None,
        doc: "",
    },
];
static ALIAS_METHODS: [MethodDef; 1] = [MethodDef {
    name: "__mro_entries__",
    func: NativeFn::O(mro_entries),
    doc: "",
}];
static CLASS_GETITEM: [MethodDef; 1] = [MethodDef {
    name: "__class_getitem__",
    func: NativeFn::O(class_getitem),
    doc: "",
}];

pub fn install(vm: &mut Vm) {
    let t = new_static_type(vm, "GenericAlias", 0);
    let s = &tdata(&t).slots;
    s.repr.set(Some(alias_repr));
    s.call.set(Some(alias_call));
    s.getattro.set(Some(alias_getattro));
    s.richcompare.set(Some(alias_richcompare));
    s.hash.set(Some(alias_hash));
    s.getitem.set(Some(alias_getitem));
    s.binary[taipan_object::BinOp::Or as usize].set(Some(union_or));
    taipan_object::class::add_getsets(vm, &t, &ALIAS_GETSETS);
    taipan_object::class::add_methods(vm, &t, &ALIAS_METHODS);
    let types_mod = Value::Obj(vm.intern("types"));
    taipan_object::class::set_type_attr(vm, &t, "__module__", types_mod);
    taipan_object::slotdefs::add_slot_wrappers(vm, &t);
    vm.registry.insert("GenericAlias", Value::Obj(t));
    install_union(vm);
    let generic: Vec<ObjRef> = vec![
        vm.types.list.clone(),
        vm.types.dict.clone(),
        vm.types.tuple.clone(),
        vm.types.set.clone(),
        vm.types.frozenset.clone(),
    ];
    for g in generic {
        taipan_object::class::add_class_methods(vm, &g, &CLASS_GETITEM);
    }
    // `type[int]` is special-cased by PyObject_GetItem (other classes need
    // `__class_getitem__`).
    static TYPE_GETITEM: MethodDef = MethodDef {
        name: "__class_getitem__",
        func: NativeFn::O(class_getitem),
        doc: "",
    };
    let f = taipan_object::Obj::new(
        &vm.types.builtin_function,
        Payload::BuiltinFunction(taipan_object::function::BuiltinFunction {
            def: &TYPE_GETITEM,
            self_: Value::Obj(vm.types.type_.clone()),
            owner: Some(vm.types.type_.clone()),
            module: None,
        }),
    );
    vm.registry.insert("type_getitem", Value::Obj(f));
    for name in ["enumerate"] {
        if let Some(Value::Obj(t)) = vm.registry.get(name).cloned() {
            taipan_object::class::add_class_methods(vm, &t, &CLASS_GETITEM);
        }
    }
    let _ = flags::BASETYPE;
}

// ----- types.UnionType (`int | str`, PEP 604) -----

/// `X | Y` of classes: its members, flattened and without duplicates.
pub struct Union {
    pub args: Vec<Value>,
}

fn union_of(v: &Value) -> Option<&Union> {
    v.as_obj().and_then(|o| o.as_native::<Union>())
}

/// The members of a union operand (None stands for NoneType), or None when
/// the operand cannot take part in `|`.
fn union_members(vm: &Vm, v: &Value) -> Option<Vec<Value>> {
    if v.is_none() {
        return Some(vec![Value::Obj(vm.types.none_type.clone())]);
    }
    if let Some(u) = union_of(v) {
        return Some(u.args.clone());
    }
    if v.as_obj().is_some_and(|o| o.as_type().is_some()) || ga(v).is_some() {
        return Some(vec![v.clone()]);
    }
    None
}

/// `type.__or__` / `UnionType.__or__`: build `a | b`.
pub fn make_union(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (Some(xs), Some(ys)) = (union_members(vm, a), union_members(vm, b)) else {
        return Ok(vm.not_implemented.clone());
    };
    let mut args: Vec<Value> = Vec::new();
    for v in xs.into_iter().chain(ys) {
        if !args.iter().any(|x| x.is(&v)) {
            args.push(v);
        }
    }
    if args.len() == 1 {
        return Ok(args.pop().unwrap_or(Value::None));
    }
    let t = vm
        .registry
        .get("UnionType")
        .and_then(|v| v.as_obj().cloned())
        .expect("UnionType installed");
    Ok(Value::Obj(Obj::new(
        &t,
        Payload::Native(Box::new(Union { args })),
    )))
}

fn union_repr(vm: &mut Vm, v: &Value) -> PyResult {
    let args = union_of(v).map(|u| u.args.clone()).unwrap_or_default();
    let mut parts = Vec::new();
    for a in &args {
        if a.as_obj()
            .is_some_and(|o| std::rc::Rc::ptr_eq(o, &vm.types.none_type))
        {
            parts.push("None".to_string());
        } else {
            parts.push(repr_item(vm, a)?);
        }
    }
    Ok(vm.new_str(parts.join(" | ")))
}
fn union_args(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(vm.new_tuple(union_of(v).map(|u| u.args.clone()).unwrap_or_default()))
}
fn union_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (union_of(a), union_of(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    let same =
        x.args.len() == y.args.len() && x.args.iter().all(|v| y.args.iter().any(|w| w.is(v)));
    Ok(Value::bool(same == (op == CompareOp::Eq)))
}
fn union_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let args = union_of(v).map(|u| u.args.clone()).unwrap_or_default();
    let mut h: i64 = 0x345678;
    for a in &args {
        h ^= vm.hash(a)?;
    }
    Ok(if h == -1 { -2 } else { h })
}
fn union_or(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    make_union(vm, a, b)
}

/// The classes of a union, for isinstance/issubclass.
pub fn union_classes(v: &Value) -> Option<Vec<Value>> {
    union_of(v).map(|u| u.args.clone())
}

static UNION_GETSETS: [GetSetDef; 2] = [
    GetSetDef {
        name: "__args__",
        get: union_args,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__parameters__",
        get: get_parameters,
        set: None,
        doc: "",
    },
];

pub fn install_union(vm: &mut Vm) {
    let t = new_static_type(vm, "UnionType", 0);
    let s = &tdata(&t).slots;
    s.repr.set(Some(union_repr));
    s.richcompare.set(Some(union_richcompare));
    s.hash.set(Some(union_hash));
    s.binary[taipan_object::BinOp::Or as usize].set(Some(union_or));
    taipan_object::class::add_getsets(vm, &t, &UNION_GETSETS);
    let types_mod = Value::Obj(vm.intern("types"));
    taipan_object::class::set_type_attr(vm, &t, "__module__", types_mod);
    taipan_object::slotdefs::add_slot_wrappers(vm, &t);
    vm.registry.insert("UnionType", Value::Obj(t));
}
