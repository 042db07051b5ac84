//! Heap objects: the header every object shares and the payload enum of built-in layouts.

use crate::code::CodeObject;
use crate::dict::Dict;
use crate::exception::ExceptionData;
use crate::function::{BuiltinFunction, Function, MethodDescriptor, SlotWrapper};
use crate::generator::GenState;
use crate::iter::IterData;
use crate::pystr::PyStr;
use crate::set::SetTable;
use crate::typeobj::TypeObject;
use crate::value::Value;
use num_bigint::BigInt;
use std::any::Any;
use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

/// A counted reference to a heap object, like an owned `PyObject *`.
pub type ObjRef = Rc<Obj>;

/// Every heap object: its type, an optional instance dict, and its layout.
/// Like CPython's `PyObject` header plus the type-specific struct after it.
pub struct Obj {
    /// `ob_type`: always a type object. `None` only for the metatype `type`
    /// itself, whose type is itself (an `Rc` cannot point at itself).
    pub ty: Option<ObjRef>,
    /// The instance `__dict__` (a dict object), created on first use when the
    /// type gives its instances one.
    pub dict: OnceCell<ObjRef>,
    pub payload: Payload,
}

/// The built-in layouts. A user class instance uses `Instance`; an instance of a
/// subclass of a built-in type uses that built-in's payload plus a dict.
pub enum Payload {
    /// `object()` and user instances: their `__slots__` values and, until
    /// their `__dict__` is materialised, their attributes (see instance.rs).
    Instance(InstanceData),
    /// Ints beyond 64 bits, and instances of int subclasses.
    Int(BigInt),
    /// Instances of float subclasses (plain floats are inline).
    Float(f64),
    Complex(f64, f64),
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    List(RefCell<Vec<Value>>),
    Tuple(Box<[Value]>),
    Dict(RefCell<Dict>),
    Set(RefCell<SetTable>),
    /// Never mutated after construction; a RefCell so lookups share set's code.
    FrozenSet(RefCell<SetTable>),
    Range(Range),
    Slice(Box<[Value; 3]>),
    Type(Box<TypeObject>),
    Function(Box<Function>),
    Code(Rc<CodeObject>),
    /// A closure cell; `None` while the variable is unbound.
    Cell(RefCell<Option<Value>>),
    Module(Box<str>),
    /// A Python method: a callable bound to `self`. `method` in CPython.
    BoundMethod(Box<(Value, Value)>),
    BuiltinFunction(BuiltinFunction),
    MethodDescriptor(MethodDescriptor),
    /// A slot exposed as a method: `wrapper_descriptor` when `bound` is None,
    /// `method-wrapper` when bound to an instance.
    SlotWrapper(Box<SlotWrapper>),
    ClassMethod(Value),
    StaticMethod(Value),
    Property(Box<PropertyData>),
    Exception(Box<ExceptionData>),
    Generator(Box<RefCell<GenState>>),
    /// `super(type, obj)`: (type, obj, type of obj or obj itself when a class).
    Super(Box<(ObjRef, Value, ObjRef)>),
    Iter(IterData),
    /// A view of a dict: `dict_keys`, `dict_values` or `dict_items`.
    DictView(ObjRef, DictViewKind),
    /// `getset_descriptor`: computed attributes of built-in types (`__class__`, `__dict__`, ...).
    GetSet(&'static crate::function::GetSetDef, ObjRef),
    /// `member_descriptor`: one `__slots__` entry (index into the instance's slot values).
    Member(Box<MemberDescr>),
    Traceback(Box<TracebackData>),
    /// A snapshot of an executing frame (for `__traceback__` and `sys._getframe`).
    Frame(Box<FrameData>),
    /// Layouts defined outside this crate (iterators of builtins, module state).
    Native(Box<dyn Any>),
}

/// The storage of a user class instance.
#[derive(Default)]
pub struct InstanceData {
    /// `__slots__` values by member index; None while unset.
    pub slots: RefCell<Box<[Option<Value>]>>,
    /// While `Obj::dict` is unset: the instance's attributes, parallel to its
    /// type's shared keys (`TypeObject::shared_keys`), `Value::Null` for a
    /// key this instance lacks. Empty once the dict is materialised, which
    /// then holds them. CPython 3.11's split-dict values (`_dictvalues`).
    pub values: RefCell<Vec<Value>>,
}

impl InstanceData {
    /// Storage for an instance of `td`: its slots unset, and room for as many
    /// attributes as its type's instances have had so far.
    pub fn new(td: &TypeObject) -> InstanceData {
        let keys = td.shared_keys.borrow().len();
        InstanceData {
            slots: RefCell::new(vec![None; td.nslots].into_boxed_slice()),
            values: RefCell::new(Vec::with_capacity(keys)),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// `range(start, stop, step)` restricted to 64-bit bounds.
#[derive(Clone, Copy, Debug)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        n.min(i64::MAX as i128) as i64
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn item(&self, i: i64) -> i64 {
        self.start.wrapping_add(i.wrapping_mul(self.step))
    }
}

/// `property(fget, fset, fdel, doc)`; `name` comes from `__set_name__`.
pub struct PropertyData {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    pub name: RefCell<Value>,
}

pub struct MemberDescr {
    pub name: ObjRef,
    pub index: usize,
    pub owner: ObjRef,
}

pub struct TracebackData {
    pub next: RefCell<Option<ObjRef>>,
    pub frame: ObjRef,
    pub lineno: u32,
    pub lasti: u32,
}

pub struct FrameData {
    pub code: Rc<CodeObject>,
    pub globals: ObjRef,
    pub lineno: Cell<u32>,
    pub back: Option<ObjRef>,
}

impl Obj {
    #[inline]
    pub fn new(ty: &ObjRef, payload: Payload) -> ObjRef {
        Rc::new(Obj {
            ty: Some(ty.clone()),
            dict: OnceCell::new(),
            payload,
        })
    }

    #[inline]
    pub fn with_dict(ty: &ObjRef, dict: ObjRef, payload: Payload) -> ObjRef {
        Rc::new(Obj {
            ty: Some(ty.clone()),
            dict: OnceCell::from(dict),
            payload,
        })
    }

    #[inline]
    pub fn as_type(&self) -> Option<&TypeObject> {
        match &self.payload {
            Payload::Type(t) => Some(t),
            _ => None,
        }
    }
    #[inline]
    pub fn as_str(&self) -> Option<&PyStr> {
        match &self.payload {
            Payload::Str(s) => Some(s),
            _ => None,
        }
    }
    #[inline]
    pub fn as_tuple(&self) -> Option<&[Value]> {
        match &self.payload {
            Payload::Tuple(t) => Some(t),
            _ => None,
        }
    }
    #[inline]
    pub fn as_list(&self) -> Option<&RefCell<Vec<Value>>> {
        match &self.payload {
            Payload::List(l) => Some(l),
            _ => None,
        }
    }
    #[inline]
    pub fn as_dict(&self) -> Option<&RefCell<Dict>> {
        match &self.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        }
    }
    #[inline]
    pub fn as_bigint(&self) -> Option<&BigInt> {
        match &self.payload {
            Payload::Int(i) => Some(i),
            _ => None,
        }
    }
    #[inline]
    pub fn as_function(&self) -> Option<&Function> {
        match &self.payload {
            Payload::Function(f) => Some(f),
            _ => None,
        }
    }
    #[inline]
    pub fn as_exception(&self) -> Option<&ExceptionData> {
        match &self.payload {
            Payload::Exception(e) => Some(e),
            _ => None,
        }
    }
    pub fn as_native<T: 'static>(&self) -> Option<&T> {
        match &self.payload {
            Payload::Native(b) => b.downcast_ref::<T>(),
            _ => None,
        }
    }
}
