//! Function-like objects: Python functions, native functions and methods with their
//! calling conventions, method descriptors and slot wrappers.

use crate::code::CodeObject;
use crate::error::PyResult;
use crate::object::ObjRef;
use crate::typeobj::{
    BinarySlot, BoolSlot, CallSlot, ContainsSlot, DescrGetSlot, DescrSetSlot, GetAttrSlot,
    HashSlot, InitSlot, LenSlot, NewSlot, NextSlot, RichCmpSlot, SetAttrSlot, SetItemSlot,
    UnarySlot,
};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

/// A Python function (`PyFunctionObject`).
pub struct Function {
    pub code: RefCell<Rc<CodeObject>>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub module: RefCell<Value>,
    pub doc: RefCell<Value>,
    /// `__defaults__`: a tuple or None.
    pub defaults: RefCell<Value>,
    /// `__kwdefaults__`: a dict or None.
    pub kwdefaults: RefCell<Value>,
    /// `__closure__`: a tuple of cells, or None.
    pub closure: Option<ObjRef>,
    /// `__annotations__`, created on first access when absent.
    pub annotations: OnceCell<ObjRef>,
}

/// The C-level signature of a native function, fixed when the function object is
/// created (`METH_NOARGS`, `METH_O`, `METH_FASTCALL`, `METH_FASTCALL | METH_KEYWORDS`).
/// The first `&Value` is `self`: the instance for methods, the module for functions.
#[derive(Clone, Copy)]
pub enum NativeFn {
    NoArgs(fn(&mut Vm, &Value) -> PyResult),
    O(fn(&mut Vm, &Value, &Value) -> PyResult),
    FastCall(fn(&mut Vm, &Value, &[Value]) -> PyResult),
    /// Positional args then keyword values; names in the kwnames tuple.
    FastCallKw(fn(&mut Vm, &Value, &[Value], Option<&ObjRef>) -> PyResult),
}

/// Like `PyMethodDef`: one entry of a builtin table.
pub struct MethodDef {
    pub name: &'static str,
    pub func: NativeFn,
    pub doc: &'static str,
}

/// `builtin_function_or_method`: a native function, possibly bound to `self`.
pub struct BuiltinFunction {
    pub def: &'static MethodDef,
    /// The bound instance, or the module for module-level functions.
    pub self_: Value,
    /// The type defining the method, for bound methods (their qualified name is
    /// `type.name`); None for module-level functions.
    pub owner: Option<ObjRef>,
    pub module: Option<Rc<str>>,
}

/// `method_descriptor`: a native method found on its type (`str.join`).
pub struct MethodDescriptor {
    pub def: &'static MethodDef,
    pub owner: ObjRef,
    /// `classmethod_descriptor`: binds the class instead of an instance (`dict.fromkeys`).
    pub is_class: bool,
}

/// The native function behind a slot wrapper.
#[derive(Clone, Copy)]
pub enum SlotFn {
    Call(CallSlot),
    Repr(UnarySlot),
    Str(UnarySlot),
    Hash(HashSlot),
    RichCmp(RichCmpSlot, crate::typeobj::CompareOp),
    GetAttr(GetAttrSlot),
    SetAttr(SetAttrSlot),
    DelAttr(SetAttrSlot),
    DescrGet(DescrGetSlot),
    DescrSet(DescrSetSlot),
    DescrDelete(DescrSetSlot),
    Iter(UnarySlot),
    Next(NextSlot),
    Init(InitSlot),
    New(NewSlot),
    Len(LenSlot),
    GetItem(BinarySlot),
    SetItem(SetItemSlot),
    DelItem(SetItemSlot),
    Contains(ContainsSlot),
    Bool(BoolSlot),
    Binary(BinarySlot),
    /// The reflected form (`__radd__`): the slot called with swapped operands.
    BinaryRight(BinarySlot),
    Inplace(BinarySlot),
    Unary(UnarySlot),
}

/// `wrapper_descriptor` (unbound) or `method-wrapper` (bound): a slot exposed
/// under its dunder name.
pub struct SlotWrapper {
    pub name: &'static str,
    pub func: SlotFn,
    pub owner: ObjRef,
    pub bound: Option<Value>,
}

/// Like `PyGetSetDef`: a computed attribute of a built-in type.
pub struct GetSetDef {
    pub name: &'static str,
    pub get: fn(&mut Vm, &Value) -> PyResult,
    /// `None` value deletes; a missing setter makes the attribute read-only.
    pub set: Option<Setter>,
    pub doc: &'static str,
}

/// The setter of a `GetSetDef`.
pub type Setter = fn(&mut Vm, &Value, Option<&Value>) -> PyResult<()>;
