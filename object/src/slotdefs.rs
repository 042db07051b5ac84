//! The dunder-name <-> slot table (CPython's `slotdefs`): slot dispatchers that
//! call a class's Python dunder methods, the rules that pick each slot of a class
//! from its MRO, and slot wrappers that expose built-in slots as methods.

use crate::error::PyResult;
use crate::function::{SlotFn, SlotWrapper};
use crate::object::{Obj, ObjRef, Payload};
use crate::typeobj::{
    flags, tdata, type_lookup_dunder, type_lookup_str, BinOp, CompareOp, Dunder, UnaryOp, BINOPS,
};
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// Which slot a dunder name feeds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SlotId {
    Call,
    Repr,
    Str,
    Hash,
    RichCmp(CompareOp),
    GetAttribute,
    GetAttr,
    SetAttr,
    DelAttr,
    DescrGet,
    DescrSet,
    DescrDelete,
    Iter,
    Next,
    Init,
    New,
    Len,
    GetItem,
    SetItem,
    DelItem,
    Contains,
    Bool,
    Binary(BinOp),
    BinaryRight(BinOp),
    Inplace(BinOp),
    Unary(UnaryOp),
}

/// The slot cell a SlotId writes (several names share one cell).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Cell {
    Call,
    Repr,
    Str,
    Hash,
    RichCmp,
    GetAttro,
    SetAttro,
    DescrGet,
    DescrSet,
    Iter,
    Next,
    Init,
    New,
    Len,
    GetItem,
    SetItem,
    Contains,
    Bool,
    Binary(BinOp),
    Inplace(BinOp),
    Unary(UnaryOp),
}

impl SlotId {
    pub fn cell(self) -> Cell {
        match self {
            SlotId::Call => Cell::Call,
            SlotId::Repr => Cell::Repr,
            SlotId::Str => Cell::Str,
            SlotId::Hash => Cell::Hash,
            SlotId::RichCmp(_) => Cell::RichCmp,
            SlotId::GetAttribute | SlotId::GetAttr => Cell::GetAttro,
            SlotId::SetAttr | SlotId::DelAttr => Cell::SetAttro,
            SlotId::DescrGet => Cell::DescrGet,
            SlotId::DescrSet | SlotId::DescrDelete => Cell::DescrSet,
            SlotId::Iter => Cell::Iter,
            SlotId::Next => Cell::Next,
            SlotId::Init => Cell::Init,
            SlotId::New => Cell::New,
            SlotId::Len => Cell::Len,
            SlotId::GetItem => Cell::GetItem,
            SlotId::SetItem | SlotId::DelItem => Cell::SetItem,
            SlotId::Contains => Cell::Contains,
            SlotId::Bool => Cell::Bool,
            SlotId::Binary(op) | SlotId::BinaryRight(op) => Cell::Binary(op),
            SlotId::Inplace(op) => Cell::Inplace(op),
            SlotId::Unary(op) => Cell::Unary(op),
        }
    }
}

/// Every dunder name with a slot.
pub fn slotdefs() -> &'static [(&'static str, SlotId)] {
    use std::sync::OnceLock;
    static DEFS: OnceLock<Vec<(&'static str, SlotId)>> = OnceLock::new();
    DEFS.get_or_init(|| {
        let mut v: Vec<(&'static str, SlotId)> = vec![
            ("__call__", SlotId::Call),
            ("__repr__", SlotId::Repr),
            ("__str__", SlotId::Str),
            ("__hash__", SlotId::Hash),
            ("__lt__", SlotId::RichCmp(CompareOp::Lt)),
            ("__le__", SlotId::RichCmp(CompareOp::Le)),
            ("__eq__", SlotId::RichCmp(CompareOp::Eq)),
            ("__ne__", SlotId::RichCmp(CompareOp::Ne)),
            ("__gt__", SlotId::RichCmp(CompareOp::Gt)),
            ("__ge__", SlotId::RichCmp(CompareOp::Ge)),
            ("__getattribute__", SlotId::GetAttribute),
            ("__getattr__", SlotId::GetAttr),
            ("__setattr__", SlotId::SetAttr),
            ("__delattr__", SlotId::DelAttr),
            ("__get__", SlotId::DescrGet),
            ("__set__", SlotId::DescrSet),
            ("__delete__", SlotId::DescrDelete),
            ("__iter__", SlotId::Iter),
            ("__next__", SlotId::Next),
            ("__init__", SlotId::Init),
            ("__new__", SlotId::New),
            ("__len__", SlotId::Len),
            ("__getitem__", SlotId::GetItem),
            ("__setitem__", SlotId::SetItem),
            ("__delitem__", SlotId::DelItem),
            ("__contains__", SlotId::Contains),
            ("__bool__", SlotId::Bool),
            ("__neg__", SlotId::Unary(UnaryOp::Neg)),
            ("__pos__", SlotId::Unary(UnaryOp::Pos)),
            ("__abs__", SlotId::Unary(UnaryOp::Abs)),
            ("__invert__", SlotId::Unary(UnaryOp::Invert)),
            ("__int__", SlotId::Unary(UnaryOp::Int)),
            ("__float__", SlotId::Unary(UnaryOp::Float)),
            ("__index__", SlotId::Unary(UnaryOp::Index)),
        ];
        for op in BINOPS {
            let (l, r, i) = op.dunders();
            v.push((l, SlotId::Binary(op)));
            v.push((r, SlotId::BinaryRight(op)));
            v.push((i, SlotId::Inplace(op)));
        }
        v
    })
}

// ----- calling dunders -----

/// `lookup_maybe_method` + call: run `type(obj).name(obj, *args)`; None when
/// the type has no such attribute. Functions are called unbound (no method object).
pub fn call_dunder(
    vm: &mut Vm,
    obj: &Value,
    name: &str,
    args: &[Value],
) -> PyResult<Option<Value>> {
    call_looked_up(vm, obj, args, |t| type_lookup_str(t, name))
}

/// `call_dunder` for a name known at compile time (no hashing per call).
pub fn call_dunder_key(
    vm: &mut Vm,
    obj: &Value,
    key: &Dunder,
    args: &[Value],
) -> PyResult<Option<Value>> {
    call_looked_up(vm, obj, args, |t| type_lookup_dunder(t, key))
}

/// Call what `lookup` finds on `type(obj)` with `obj` and `args`.
#[inline(always)]
fn call_looked_up(
    vm: &mut Vm,
    obj: &Value,
    args: &[Value],
    lookup: impl FnOnce(&ObjRef) -> Option<Value>,
) -> PyResult<Option<Value>> {
    let t = vm.type_of(obj).clone();
    let Some(descr) = lookup(&t) else {
        return Ok(None);
    };
    call_found(vm, &descr, obj, &t, args).map(Some)
}

fn call_found(vm: &mut Vm, descr: &Value, obj: &Value, t: &ObjRef, args: &[Value]) -> PyResult {
    let dt = vm.type_data(descr);
    if dt.has_flag(flags::METHOD_DESCRIPTOR) {
        // Dunders take at most two arguments besides self: build the
        // argument list on the native stack, not in a fresh Vec.
        return match args {
            [] => vm.call(descr, std::slice::from_ref(obj), None),
            [a] => vm.call(descr, &[obj.clone(), a.clone()], None),
            [a, b] => vm.call(descr, &[obj.clone(), a.clone(), b.clone()], None),
            _ => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(obj.clone());
                all.extend_from_slice(args);
                vm.call(descr, &all, None)
            }
        };
    }
    if let Some(get) = dt.slots.descr_get.get() {
        let bound = get(vm, descr, Some(obj), &Value::Obj(t.clone()))?;
        return vm.call(&bound, args, None);
    }
    vm.call(descr, args, None)
}

fn require_dunder(vm: &mut Vm, obj: &Value, name: &str, args: &[Value]) -> PyResult {
    match call_dunder(vm, obj, name, args)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error_for(obj, name)),
    }
}

// ----- generic dispatchers (slot_tp_*) -----

/// Whether a type's call slot runs a `__call__` found on the type (the
/// slot `__call__` defined in Python installs).
pub fn is_python_call(f: crate::typeobj::CallSlot) -> bool {
    std::ptr::eq(f as *const (), slot_tp_call as *const ())
}

fn slot_tp_call(vm: &mut Vm, obj: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    if let Some(s) = vm.callstats.as_deref_mut() {
        s.call_slot_wrapper += 1;
    }
    let t = vm.type_of(obj).clone();
    let Some(descr) = crate::typeobj::type_lookup_dunder(&t, &crate::typeobj::CALL_DUNDER) else {
        return Err(vm.type_error(format!("'{}' object is not callable", vm.type_name(obj))));
    };
    if vm.type_data(&descr).has_flag(flags::METHOD_DESCRIPTOR) {
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(obj.clone());
        all.extend_from_slice(args);
        return vm.call(&descr, &all, kwnames);
    }
    let bound = match vm.type_data(&descr).slots.descr_get.get() {
        Some(get) => get(vm, &descr, Some(obj), &Value::Obj(t))?,
        None => descr,
    };
    // A `__call__` that is itself an instance with `__call__` goes through
    // CPython's PyObject_Call, which counts the recursion with this wording.
    let nested = vm
        .type_data(&bound)
        .slots
        .call
        .get()
        .is_some_and(|f| std::ptr::eq(f as *const (), slot_tp_call as *const ()));
    if nested {
        vm.enter_call_in(" while calling a Python object")?;
        let r = vm.call(&bound, args, kwnames);
        vm.leave_call();
        return r;
    }
    vm.call(&bound, args, kwnames)
}
fn slot_tp_repr(vm: &mut Vm, obj: &Value) -> PyResult {
    require_dunder(vm, obj, "__repr__", &[])
}
fn slot_tp_str(vm: &mut Vm, obj: &Value) -> PyResult {
    require_dunder(vm, obj, "__str__", &[])
}
fn slot_tp_hash(vm: &mut Vm, obj: &Value) -> PyResult<i64> {
    let r = require_dunder(vm, obj, "__hash__", &[])?;
    match &r {
        // Like PyLong_AsSsize_t: a machine-sized result is used as is (-1 is reserved).
        Value::Int(i) => Ok(if *i == -1 { -2 } else { *i }),
        Value::Bool(b) => Ok(**b as i64),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => vm.hash(&r),
        _ => Err(vm.type_error("__hash__ method should return an integer")),
    }
}
/// Whether a richcompare slot is the dispatcher to Python comparison
/// methods (`slot_tp_richcompare`).
pub fn is_python_richcompare(f: crate::typeobj::RichCmpSlot) -> bool {
    std::ptr::eq(f as *const (), slot_tp_richcompare as *const ())
}

fn slot_tp_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult {
    match call_dunder_key(vm, a, op.dunder_key(), std::slice::from_ref(b))? {
        Some(v) => Ok(v),
        None => Ok(vm.not_implemented.clone()),
    }
}
fn slot_tp_getattr_hook(vm: &mut Vm, obj: &Value, name: &ObjRef) -> PyResult {
    let t = vm.type_of(obj).clone();
    let getattribute = type_lookup_str(&t, "__getattribute__");
    let r = match &getattribute {
        Some(Value::Obj(g)) if is_generic_getattr_wrapper(g) => vm.generic_getattr(obj, name),
        Some(g) => call_found(vm, g, obj, &t, &[Value::Obj(name.clone())]),
        None => vm.generic_getattr(obj, name),
    };
    match r {
        Err(e) if vm.is_instance_of(&e.value(), &vm.exc.attribute_error.clone()) => {
            match type_lookup_str(&t, "__getattr__") {
                Some(ga) => call_found(vm, &ga, obj, &t, &[Value::Obj(name.clone())]),
                None => Err(e),
            }
        }
        r => r,
    }
}
fn is_generic_getattr_wrapper(o: &ObjRef) -> bool {
    match &o.payload {
        Payload::SlotWrapper(w) => {
            matches!(w.func, SlotFn::GetAttr(f) if f as usize == Vm::generic_getattr as *const () as usize)
        }
        _ => false,
    }
}
fn slot_tp_setattro(
    vm: &mut Vm,
    obj: &Value,
    name: &ObjRef,
    value: Option<&Value>,
) -> PyResult<()> {
    match value {
        Some(v) => require_dunder(
            vm,
            obj,
            "__setattr__",
            &[Value::Obj(name.clone()), v.clone()],
        )
        .map(|_| ()),
        None => require_dunder(vm, obj, "__delattr__", &[Value::Obj(name.clone())]).map(|_| ()),
    }
}
fn slot_tp_descr_get(vm: &mut Vm, descr: &Value, obj: Option<&Value>, ty: &Value) -> PyResult {
    let o = obj.cloned().unwrap_or(Value::None);
    require_dunder(vm, descr, "__get__", &[o, ty.clone()])
}
fn slot_tp_descr_set(
    vm: &mut Vm,
    descr: &Value,
    obj: &Value,
    value: Option<&Value>,
) -> PyResult<()> {
    match value {
        Some(v) => require_dunder(vm, descr, "__set__", &[obj.clone(), v.clone()]).map(|_| ()),
        None => require_dunder(vm, descr, "__delete__", std::slice::from_ref(obj)).map(|_| ()),
    }
}
fn slot_tp_iter(vm: &mut Vm, obj: &Value) -> PyResult {
    let t = vm.type_of(obj).clone();
    match type_lookup_str(&t, "__iter__") {
        Some(Value::None) | None => {
            Err(vm.type_error(format!("'{}' object is not iterable", vm.type_name(obj))))
        }
        Some(d) => call_found(vm, &d, obj, &t, &[]),
    }
}
/// `slot_tp_iternext`: a StopIteration raised by `__next__` propagates (it may
/// carry a value for `yield from`); `Vm::next` treats it as exhaustion.
fn slot_tp_iternext(vm: &mut Vm, obj: &Value) -> PyResult<Option<Value>> {
    require_dunder(vm, obj, "__next__", &[]).map(Some)
}
/// Whether an init slot is the dispatcher to a Python `__init__`.
pub fn is_generic_init(f: crate::typeobj::InitSlot) -> bool {
    std::ptr::eq(f as *const (), slot_tp_init as *const ())
}

fn slot_tp_init(
    vm: &mut Vm,
    obj: &Value,
    args: &[Value],
    kwnames: Option<&ObjRef>,
) -> PyResult<()> {
    let t = vm.type_of(obj).clone();
    let Some(init) = type_lookup_str(&t, "__init__") else {
        return Ok(());
    };
    let r = if vm.type_data(&init).has_flag(flags::METHOD_DESCRIPTOR) {
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(obj.clone());
        all.extend_from_slice(args);
        vm.call(&init, &all, kwnames)?
    } else {
        let bound = match vm.type_data(&init).slots.descr_get.get() {
            Some(get) => get(vm, &init, Some(obj), &Value::Obj(t))?,
            None => init,
        };
        vm.call(&bound, args, kwnames)?
    };
    if !r.is_none() {
        return Err(vm.type_error(format!(
            "__init__() should return None, not '{}'",
            vm.type_name(&r)
        )));
    }
    Ok(())
}
fn slot_tp_new(vm: &mut Vm, cls: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let clsv = Value::Obj(cls.clone());
    let name = vm.intern("__new__");
    let new = vm.type_getattr(&clsv, &name)?;
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(clsv);
    all.extend_from_slice(args);
    vm.call(&new, &all, kwnames)
}
fn slot_sq_length(vm: &mut Vm, obj: &Value) -> PyResult<usize> {
    let r = require_dunder(vm, obj, "__len__", &[])?;
    let n = match &r {
        Value::Int(i) => *i,
        Value::Bool(b) => **b as i64,
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
            return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
        }
        _ => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&r)
            )))
        }
    };
    if n < 0 {
        return Err(vm.value_error("__len__() should return >= 0"));
    }
    Ok(n as usize)
}
fn slot_mp_subscript(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult {
    require_dunder(vm, obj, "__getitem__", std::slice::from_ref(key))
}
fn slot_mp_ass_subscript(
    vm: &mut Vm,
    obj: &Value,
    key: &Value,
    value: Option<&Value>,
) -> PyResult<()> {
    match value {
        Some(v) => require_dunder(vm, obj, "__setitem__", &[key.clone(), v.clone()]).map(|_| ()),
        None => require_dunder(vm, obj, "__delitem__", std::slice::from_ref(key)).map(|_| ()),
    }
}
fn slot_sq_contains(vm: &mut Vm, obj: &Value, item: &Value) -> PyResult<bool> {
    let t = vm.type_of(obj).clone();
    match type_lookup_str(&t, "__contains__") {
        Some(Value::None) => {
            Err(vm.type_error(format!("'{}' object is not a container", vm.type_name(obj))))
        }
        Some(d) => {
            let r = call_found(vm, &d, obj, &t, std::slice::from_ref(item))?;
            vm.truthy(&r)
        }
        None => Ok(false),
    }
}
fn slot_nb_bool(vm: &mut Vm, obj: &Value) -> PyResult<bool> {
    let r = require_dunder(vm, obj, "__bool__", &[])?;
    match r {
        Value::Bool(b) => Ok(*b),
        _ => Err(vm.type_error(format!(
            "__bool__ should return bool, returned {}",
            vm.type_name(&r)
        ))),
    }
}

/// `SLOT1BINFULL`: the shared body of every binary dispatcher.
fn slot_binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult {
    let [lname, rname, _] = op.dunder_keys();
    let ta = vm.type_of(a).clone();
    let tb = vm.type_of(b).clone();
    let mine = dispatcher_for(op) as usize;
    let a_is_py = tdata(&ta).slots.binary[op as usize]
        .get()
        .map(|f| f as usize)
        == Some(mine);
    let mut do_other = !Rc::ptr_eq(&ta, &tb)
        && tdata(&tb).slots.binary[op as usize]
            .get()
            .map(|f| f as usize)
            == Some(mine);
    if a_is_py {
        if do_other && crate::typeobj::is_subtype(&tb, &ta) && method_is_overloaded(&ta, &tb, rname)
        {
            if let Some(r) = call_dunder_key(vm, b, rname, std::slice::from_ref(a))? {
                if !r.is(&vm.not_implemented) {
                    return Ok(r);
                }
            }
            do_other = false;
        }
        let r = call_dunder_key(vm, a, lname, std::slice::from_ref(b))?
            .unwrap_or_else(|| vm.not_implemented.clone());
        if !r.is(&vm.not_implemented) || Rc::ptr_eq(&ta, &tb) {
            return Ok(r);
        }
    }
    if do_other {
        return Ok(call_dunder_key(vm, b, rname, std::slice::from_ref(a))?
            .unwrap_or_else(|| vm.not_implemented.clone()));
    }
    Ok(vm.not_implemented.clone())
}

/// Whether `f`, a type's slot for `op`, is the dispatcher that runs the
/// class's Python method (`__add__`, ...: `SLOT1BINFULL`).
pub fn is_python_binary(f: crate::typeobj::BinarySlot, op: BinOp) -> bool {
    std::ptr::eq(f as *const (), dispatcher_for(op) as *const ())
}

/// Whether `sub` defines `name` differently from `base`.
fn method_is_overloaded(base: &ObjRef, sub: &ObjRef, name: &Dunder) -> bool {
    match (
        type_lookup_dunder(sub, name),
        type_lookup_dunder(base, name),
    ) {
        (Some(a), Some(b)) => !a.is(&b),
        (Some(_), None) => true,
        _ => false,
    }
}

fn slot_inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult {
    let [_, _, iname] = op.dunder_keys();
    Ok(call_dunder_key(vm, a, iname, std::slice::from_ref(b))?
        .unwrap_or_else(|| vm.not_implemented.clone()))
}

fn slot_unary(vm: &mut Vm, a: &Value, op: UnaryOp) -> PyResult {
    let name = match op {
        UnaryOp::Neg => "__neg__",
        UnaryOp::Pos => "__pos__",
        UnaryOp::Abs => "__abs__",
        UnaryOp::Invert => "__invert__",
        UnaryOp::Int => "__int__",
        UnaryOp::Float => "__float__",
        UnaryOp::Index => "__index__",
    };
    require_dunder(vm, a, name, &[])
}

macro_rules! binary_dispatchers {
    ($($fname:ident $iname:ident => $op:ident,)*) => {
        $(
            fn $fname(vm: &mut Vm, a: &Value, b: &Value) -> PyResult { slot_binary(vm, a, b, BinOp::$op) }
            fn $iname(vm: &mut Vm, a: &Value, b: &Value) -> PyResult { slot_inplace(vm, a, b, BinOp::$op) }
        )*
        fn dispatcher_for(op: BinOp) -> crate::typeobj::BinarySlot {
            match op { $(BinOp::$op => $fname,)* }
        }
        fn inplace_dispatcher_for(op: BinOp) -> crate::typeobj::BinarySlot {
            match op { $(BinOp::$op => $iname,)* }
        }
    };
}
binary_dispatchers! {
    slot_nb_add slot_nb_iadd => Add,
    slot_nb_and slot_nb_iand => And,
    slot_nb_floordiv slot_nb_ifloordiv => FloorDiv,
    slot_nb_lshift slot_nb_ilshift => LShift,
    slot_nb_matmul slot_nb_imatmul => MatMul,
    slot_nb_mul slot_nb_imul => Mul,
    slot_nb_mod slot_nb_imod => Mod,
    slot_nb_or slot_nb_ior => Or,
    slot_nb_pow slot_nb_ipow => Pow,
    slot_nb_rshift slot_nb_irshift => RShift,
    slot_nb_sub slot_nb_isub => Sub,
    slot_nb_truediv slot_nb_itruediv => TrueDiv,
    slot_nb_xor slot_nb_ixor => Xor,
}

macro_rules! unary_dispatchers {
    ($($fname:ident => $op:ident,)*) => {
        $( fn $fname(vm: &mut Vm, a: &Value) -> PyResult { slot_unary(vm, a, UnaryOp::$op) } )*
        fn unary_dispatcher_for(op: UnaryOp) -> crate::typeobj::UnarySlot {
            match op { $(UnaryOp::$op => $fname,)* }
        }
    };
}
unary_dispatchers! {
    slot_nb_neg => Neg,
    slot_nb_pos => Pos,
    slot_nb_abs => Abs,
    slot_nb_invert => Invert,
    slot_nb_int => Int,
    slot_nb_float => Float,
    slot_nb_index => Index,
}

// ----- choosing slots -----

/// What the MRO says about one slot cell: the native function when every name
/// feeding it resolves to a wrapper of that same function, else generic.
enum Choice {
    Absent,
    Specific(SlotFn),
    Generic,
    /// `__hash__ = None`.
    Unhashable,
}

fn choose(t: &ObjRef, cell: Cell) -> Choice {
    let mut specific: Option<SlotFn> = None;
    let mut generic = false;
    let mut any = false;
    for (name, id) in slotdefs() {
        if id.cell() != cell {
            continue;
        }
        let Some(descr) = type_lookup_str(t, name) else {
            continue;
        };
        any = true;
        if cell == Cell::Hash && descr.is_none() {
            return Choice::Unhashable;
        }
        match &descr {
            Value::Obj(o) => match &o.payload {
                Payload::SlotWrapper(w)
                    if w.bound.is_none() && slot_fn_cell(&w.func) == Some(cell) =>
                {
                    match &specific {
                        None => specific = Some(w.func),
                        Some(prev) if same_fn(prev, &w.func) => {}
                        Some(_) => generic = true,
                    }
                }
                _ => generic = true,
            },
            _ => generic = true,
        }
    }
    if !any {
        return Choice::Absent;
    }
    if generic {
        return Choice::Generic;
    }
    match specific {
        Some(f) => Choice::Specific(f),
        None => Choice::Absent,
    }
}

fn slot_fn_cell(f: &SlotFn) -> Option<Cell> {
    Some(match f {
        SlotFn::Call(_) => Cell::Call,
        SlotFn::Repr(_) => Cell::Repr,
        SlotFn::Str(_) => Cell::Str,
        SlotFn::Hash(_) => Cell::Hash,
        SlotFn::RichCmp(..) => Cell::RichCmp,
        SlotFn::GetAttr(_) => Cell::GetAttro,
        SlotFn::SetAttr(_) | SlotFn::DelAttr(_) => Cell::SetAttro,
        SlotFn::DescrGet(_) => Cell::DescrGet,
        SlotFn::DescrSet(_) | SlotFn::DescrDelete(_) => Cell::DescrSet,
        SlotFn::Iter(_) => Cell::Iter,
        SlotFn::Next(_) => Cell::Next,
        SlotFn::Init(_) => Cell::Init,
        SlotFn::New(_) => Cell::New,
        SlotFn::Len(_) => Cell::Len,
        SlotFn::GetItem(_) => Cell::GetItem,
        SlotFn::SetItem(_) | SlotFn::DelItem(_) => Cell::SetItem,
        SlotFn::Contains(_) => Cell::Contains,
        SlotFn::Bool(_) => Cell::Bool,
        SlotFn::Binary(_) | SlotFn::BinaryRight(_) | SlotFn::Inplace(_) | SlotFn::Unary(_) => {
            return None
        }
    })
}

fn fn_addr(f: &SlotFn) -> usize {
    match *f {
        SlotFn::Call(f) => f as usize,
        SlotFn::Repr(f) | SlotFn::Str(f) | SlotFn::Iter(f) | SlotFn::Unary(f) => f as usize,
        SlotFn::Hash(f) => f as usize,
        SlotFn::RichCmp(f, _) => f as usize,
        SlotFn::GetAttr(f) => f as usize,
        SlotFn::SetAttr(f) | SlotFn::DelAttr(f) => f as usize,
        SlotFn::DescrGet(f) => f as usize,
        SlotFn::DescrSet(f) | SlotFn::DescrDelete(f) => f as usize,
        SlotFn::Next(f) => f as usize,
        SlotFn::Init(f) => f as usize,
        SlotFn::New(f) => f as usize,
        SlotFn::Len(f) => f as usize,
        SlotFn::GetItem(f) | SlotFn::Binary(f) | SlotFn::BinaryRight(f) | SlotFn::Inplace(f) => {
            f as usize
        }
        SlotFn::SetItem(f) | SlotFn::DelItem(f) => f as usize,
        SlotFn::Contains(f) => f as usize,
        SlotFn::Bool(f) => f as usize,
    }
}
fn same_fn(a: &SlotFn, b: &SlotFn) -> bool {
    fn_addr(a) == fn_addr(b)
}

/// Number/unary cells need their own matching (their SlotFn variants carry no op).
fn choose_number(t: &ObjRef, cell: Cell) -> Choice {
    let mut specific: Option<usize> = None;
    let mut specific_fn: Option<SlotFn> = None;
    let mut generic = false;
    let mut any = false;
    for (name, id) in slotdefs() {
        if id.cell() != cell {
            continue;
        }
        let Some(descr) = type_lookup_str(t, name) else {
            continue;
        };
        any = true;
        let ok = match &descr {
            Value::Obj(o) => match &o.payload {
                Payload::SlotWrapper(w) if w.bound.is_none() => {
                    let kind_ok = matches!(
                        (id, &w.func),
                        (SlotId::Binary(_), SlotFn::Binary(_))
                            | (SlotId::BinaryRight(_), SlotFn::BinaryRight(_))
                            | (SlotId::Inplace(_), SlotFn::Inplace(_))
                            | (SlotId::Unary(_), SlotFn::Unary(_))
                    );
                    if kind_ok {
                        let a = fn_addr(&w.func);
                        match specific {
                            None => {
                                specific = Some(a);
                                specific_fn = Some(w.func);
                                true
                            }
                            Some(p) => p == a,
                        }
                    } else {
                        false
                    }
                }
                _ => false,
            },
            _ => false,
        };
        if !ok {
            generic = true;
        }
    }
    if !any {
        return Choice::Absent;
    }
    if generic {
        return Choice::Generic;
    }
    specific_fn.map_or(Choice::Absent, Choice::Specific)
}

/// Recompute one slot cell of `t` from its MRO.
fn fix_cell(t: &ObjRef, cell: Cell) {
    let s = &tdata(t).slots;
    let choice = match cell {
        Cell::Binary(_) | Cell::Inplace(_) | Cell::Unary(_) => choose_number(t, cell),
        _ => choose(t, cell),
    };
    macro_rules! set {
        ($field:ident, $variant:ident, $generic:expr) => {
            s.$field.set(match choice {
                Choice::Absent | Choice::Unhashable => None,
                Choice::Generic => Some($generic),
                Choice::Specific(SlotFn::$variant(f)) => Some(f),
                Choice::Specific(_) => Some($generic),
            })
        };
    }
    match cell {
        Cell::Call => set!(call, Call, slot_tp_call),
        Cell::Repr => set!(repr, Repr, slot_tp_repr),
        Cell::Str => set!(str, Str, slot_tp_str),
        Cell::Hash => {
            s.hash_none.set(matches!(choice, Choice::Unhashable));
            set!(hash, Hash, slot_tp_hash)
        }
        Cell::RichCmp => s.richcompare.set(match choice {
            Choice::Absent | Choice::Unhashable => None,
            Choice::Specific(SlotFn::RichCmp(f, _)) => Some(f),
            _ => Some(slot_tp_richcompare),
        }),
        Cell::GetAttro => set!(getattro, GetAttr, slot_tp_getattr_hook),
        Cell::SetAttro => s.setattro.set(match choice {
            Choice::Absent | Choice::Unhashable => None,
            Choice::Specific(SlotFn::SetAttr(f)) | Choice::Specific(SlotFn::DelAttr(f)) => Some(f),
            _ => Some(slot_tp_setattro),
        }),
        Cell::DescrGet => set!(descr_get, DescrGet, slot_tp_descr_get),
        Cell::DescrSet => s.descr_set.set(match choice {
            Choice::Absent | Choice::Unhashable => None,
            Choice::Specific(SlotFn::DescrSet(f)) | Choice::Specific(SlotFn::DescrDelete(f)) => {
                Some(f)
            }
            _ => Some(slot_tp_descr_set),
        }),
        Cell::Iter => set!(iter, Iter, slot_tp_iter),
        Cell::Next => set!(next, Next, slot_tp_iternext),
        Cell::Init => set!(init, Init, slot_tp_init),
        Cell::New => set!(new, New, slot_tp_new),
        Cell::Len => set!(len, Len, slot_sq_length),
        Cell::GetItem => set!(getitem, GetItem, slot_mp_subscript),
        Cell::SetItem => s.setitem.set(match choice {
            Choice::Absent | Choice::Unhashable => None,
            Choice::Specific(SlotFn::SetItem(f)) | Choice::Specific(SlotFn::DelItem(f)) => Some(f),
            _ => Some(slot_mp_ass_subscript),
        }),
        Cell::Contains => set!(contains, Contains, slot_sq_contains),
        Cell::Bool => set!(bool, Bool, slot_nb_bool),
        Cell::Binary(op) => s.binary[op as usize].set(match choice {
            Choice::Absent | Choice::Unhashable => None,
            Choice::Specific(SlotFn::Binary(f)) | Choice::Specific(SlotFn::BinaryRight(f)) => {
                Some(f)
            }
            _ => Some(dispatcher_for(op)),
        }),
        Cell::Inplace(op) => s.inplace[op as usize].set(match choice {
            Choice::Absent | Choice::Unhashable => None,
            Choice::Specific(SlotFn::Inplace(f)) => Some(f),
            _ => Some(inplace_dispatcher_for(op)),
        }),
        Cell::Unary(op) => s.unary(op).set(match choice {
            Choice::Absent | Choice::Unhashable => None,
            Choice::Specific(SlotFn::Unary(f)) => Some(f),
            _ => Some(unary_dispatcher_for(op)),
        }),
    }
}

fn all_cells() -> Vec<Cell> {
    let mut cells: Vec<Cell> = Vec::new();
    for (_, id) in slotdefs() {
        let c = id.cell();
        if !cells.contains(&c) {
            cells.push(c);
        }
    }
    cells
}

/// `fixup_slot_dispatchers`: set every slot of a new class from its MRO.
pub fn fixup_slots(t: &ObjRef) {
    for c in all_cells() {
        fix_cell(t, c);
    }
}

/// `update_slot`: a dunder was assigned or deleted on `t`; rewire the affected
/// slot of `t` and of every subclass that inherits it.
pub fn update_slot(vm: &mut Vm, t: &ObjRef, name: &str) {
    let _ = vm;
    let cells: Vec<Cell> = slotdefs()
        .iter()
        .filter(|(n, _)| *n == name)
        .map(|(_, id)| id.cell())
        .collect();
    if cells.is_empty() {
        return;
    }
    let mut todo = vec![t.clone()];
    while let Some(ty) = todo.pop() {
        for c in &cells {
            fix_cell(&ty, *c);
        }
        for sub in tdata(&ty).subclasses.borrow().iter() {
            if let Some(s) = sub.upgrade() {
                todo.push(s);
            }
        }
    }
}

// ----- slot wrappers for built-in types -----

/// `add_operators`: expose each filled slot of a built-in type as a wrapper
/// descriptor in its dict (`int.__add__`, `object.__init__`, ...), unless the
/// dict already has the name.
pub fn add_slot_wrappers(vm: &mut Vm, t: &ObjRef) {
    let s = &tdata(t).slots;
    let mut add: Vec<(&'static str, SlotFn)> = Vec::new();
    for (name, id) in slotdefs() {
        let f = match *id {
            SlotId::Call => s.call.get().map(SlotFn::Call),
            SlotId::Repr => s.repr.get().map(SlotFn::Repr),
            SlotId::Str => s.str.get().map(SlotFn::Str),
            SlotId::Hash => s.hash.get().map(SlotFn::Hash),
            SlotId::RichCmp(op) => s.richcompare.get().map(|f| SlotFn::RichCmp(f, op)),
            SlotId::GetAttribute => s.getattro.get().map(SlotFn::GetAttr),
            SlotId::GetAttr => None,
            SlotId::SetAttr => s.setattro.get().map(SlotFn::SetAttr),
            SlotId::DelAttr => s.setattro.get().map(SlotFn::DelAttr),
            SlotId::DescrGet => s.descr_get.get().map(SlotFn::DescrGet),
            SlotId::DescrSet => s.descr_set.get().map(SlotFn::DescrSet),
            SlotId::DescrDelete => s.descr_set.get().map(SlotFn::DescrDelete),
            SlotId::Iter => s.iter.get().map(SlotFn::Iter),
            SlotId::Next => s.next.get().map(SlotFn::Next),
            SlotId::Init => s.init.get().map(SlotFn::Init),
            SlotId::New => s.new.get().map(SlotFn::New),
            SlotId::Len => s.len.get().map(SlotFn::Len),
            SlotId::GetItem => s.getitem.get().map(SlotFn::GetItem),
            SlotId::SetItem => s.setitem.get().map(SlotFn::SetItem),
            SlotId::DelItem => s.setitem.get().map(SlotFn::DelItem),
            SlotId::Contains => s.contains.get().map(SlotFn::Contains),
            SlotId::Bool => s.bool.get().map(SlotFn::Bool),
            SlotId::Binary(op) => s.binary[op as usize].get().map(SlotFn::Binary),
            SlotId::BinaryRight(op) => s.binary[op as usize].get().map(SlotFn::BinaryRight),
            SlotId::Inplace(op) => s.inplace[op as usize].get().map(SlotFn::Inplace),
            SlotId::Unary(op) => s.unary(op).get().map(SlotFn::Unary),
        };
        if let Some(f) = f {
            add.push((name, f));
        }
    }
    for (name, f) in add {
        if tdata(t).own_lookup_str(name).is_some() {
            continue;
        }
        let w = Obj::new(
            &vm.types.wrapper_descriptor,
            Payload::SlotWrapper(Box::new(SlotWrapper {
                name,
                func: f,
                owner: t.clone(),
                bound: None,
            })),
        );
        let key = vm.intern(name);
        let h = key.as_str().map(|s| s.hash()).unwrap_or(0);
        tdata(t)
            .dict
            .borrow_mut()
            .insert_new(h, Value::Obj(key), Value::Obj(w));
    }
    // Built-in types that define __eq__ without __hash__ are unhashable, as in CPython.
    let _ = s;
}
