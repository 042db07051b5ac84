//! Type objects: their slots, flags, bases, MRO (C3) and attribute lookup along the MRO.

use crate::dict::Dict;
use crate::error::PyResult;
use crate::object::{ObjRef, Payload};
use crate::pystr::PyStr;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// `vectorcallfunc` / `tp_call`: positional args first, then the values of the
/// keyword arguments whose names are in `kwnames` (a tuple of str).
pub type CallSlot = fn(&mut Vm, &Value, &[Value], Option<&ObjRef>) -> PyResult;
pub type UnarySlot = fn(&mut Vm, &Value) -> PyResult;
/// A binary number slot: called for both operand orders, returns NotImplemented
/// when it does not handle the pair (CPython's `nb_add` convention).
pub type BinarySlot = fn(&mut Vm, &Value, &Value) -> PyResult;
pub type HashSlot = fn(&mut Vm, &Value) -> PyResult<i64>;
pub type RichCmpSlot = fn(&mut Vm, &Value, &Value, CompareOp) -> PyResult;
pub type GetAttrSlot = fn(&mut Vm, &Value, &ObjRef) -> PyResult;
/// `tp_setattro`; a `None` value deletes.
pub type SetAttrSlot = fn(&mut Vm, &Value, &ObjRef, Option<&Value>) -> PyResult<()>;
/// `tp_descr_get(descr, obj or None, type)`.
pub type DescrGetSlot = fn(&mut Vm, &Value, Option<&Value>, &Value) -> PyResult;
/// `tp_descr_set(descr, obj, value or None for delete)`.
pub type DescrSetSlot = fn(&mut Vm, &Value, &Value, Option<&Value>) -> PyResult<()>;
/// `tp_iternext`: `Ok(None)` is exhaustion without an exception.
pub type NextSlot = fn(&mut Vm, &Value) -> PyResult<Option<Value>>;
pub type LenSlot = fn(&mut Vm, &Value) -> PyResult<usize>;
pub type BoolSlot = fn(&mut Vm, &Value) -> PyResult<bool>;
/// `mp_ass_subscript`; a `None` value deletes.
pub type SetItemSlot = fn(&mut Vm, &Value, &Value, Option<&Value>) -> PyResult<()>;
pub type ContainsSlot = fn(&mut Vm, &Value, &Value) -> PyResult<bool>;
/// `tp_new(cls, args, kwnames)`.
pub type NewSlot = fn(&mut Vm, &ObjRef, &[Value], Option<&ObjRef>) -> PyResult;
pub type InitSlot = fn(&mut Vm, &Value, &[Value], Option<&ObjRef>) -> PyResult<()>;

/// A special method name known at compile time, with its string hash worked
/// out then too: the slot dispatchers look dunders up on every call.
#[derive(Debug)]
pub struct Dunder {
    pub name: &'static str,
    pub hash: i64,
}

impl Dunder {
    pub const fn new(name: &'static str) -> Dunder {
        Dunder {
            name,
            hash: crate::pystr::hash_bytes(name.as_bytes()),
        }
    }
}

/// `__call__`: what `tp_call` of a class defined in Python runs.
pub static CALL_DUNDER: Dunder = Dunder::new("__call__");

static COMPARE_DUNDERS: [Dunder; 6] = [
    Dunder::new("__lt__"),
    Dunder::new("__le__"),
    Dunder::new("__eq__"),
    Dunder::new("__ne__"),
    Dunder::new("__gt__"),
    Dunder::new("__ge__"),
];

macro_rules! binary_dunders {
    ($($l:literal $r:literal $i:literal,)*) => {
        [$([Dunder::new($l), Dunder::new($r), Dunder::new($i)],)*]
    };
}

/// Indexed by `BinOp as usize` (CPython's `NB_*` order).
static BINARY_DUNDERS: [[Dunder; 3]; 13] = binary_dunders![
    "__add__" "__radd__" "__iadd__",
    "__and__" "__rand__" "__iand__",
    "__floordiv__" "__rfloordiv__" "__ifloordiv__",
    "__lshift__" "__rlshift__" "__ilshift__",
    "__matmul__" "__rmatmul__" "__imatmul__",
    "__mul__" "__rmul__" "__imul__",
    "__mod__" "__rmod__" "__imod__",
    "__or__" "__ror__" "__ior__",
    "__pow__" "__rpow__" "__ipow__",
    "__rshift__" "__rrshift__" "__irshift__",
    "__sub__" "__rsub__" "__isub__",
    "__truediv__" "__rtruediv__" "__itruediv__",
    "__xor__" "__rxor__" "__ixor__",
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CompareOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareOp {
    /// `a <op> b` for values Rust already orders as Python does (ints,
    /// floats with IEEE NaN rules, strs by code point).
    #[inline(always)]
    pub fn apply<T: PartialOrd + ?Sized>(self, a: &T, b: &T) -> bool {
        match self {
            CompareOp::Lt => a < b,
            CompareOp::Le => a <= b,
            CompareOp::Eq => a == b,
            CompareOp::Ne => a != b,
            CompareOp::Gt => a > b,
            CompareOp::Ge => a >= b,
        }
    }
    pub fn swapped(self) -> CompareOp {
        use CompareOp::*;
        match self {
            Lt => Gt,
            Le => Ge,
            Eq => Eq,
            Ne => Ne,
            Gt => Lt,
            Ge => Le,
        }
    }
    pub fn symbol(self) -> &'static str {
        use CompareOp::*;
        match self {
            Lt => "<",
            Le => "<=",
            Eq => "==",
            Ne => "!=",
            Gt => ">",
            Ge => ">=",
        }
    }
    pub fn dunder(self) -> &'static str {
        self.dunder_key().name
    }
    /// The special method's name with its precomputed hash.
    pub fn dunder_key(self) -> &'static Dunder {
        &COMPARE_DUNDERS[self as usize]
    }
    pub fn from_index(i: u32) -> Option<CompareOp> {
        use CompareOp::*;
        Some(match i {
            0 => Lt,
            1 => Le,
            2 => Eq,
            3 => Ne,
            4 => Gt,
            5 => Ge,
            _ => return None,
        })
    }
}

/// The binary operators with a number slot, in CPython's `NB_*` order (the
/// BINARY_OP oparg; `+ 13` selects the in-place form).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinOp {
    Add = 0,
    And = 1,
    FloorDiv = 2,
    LShift = 3,
    MatMul = 4,
    Mul = 5,
    Mod = 6,
    Or = 7,
    Pow = 8,
    RShift = 9,
    Sub = 10,
    TrueDiv = 11,
    Xor = 12,
}

pub const BINOPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::And,
    BinOp::FloorDiv,
    BinOp::LShift,
    BinOp::MatMul,
    BinOp::Mul,
    BinOp::Mod,
    BinOp::Or,
    BinOp::Pow,
    BinOp::RShift,
    BinOp::Sub,
    BinOp::TrueDiv,
    BinOp::Xor,
];

impl BinOp {
    pub fn from_index(i: usize) -> Option<BinOp> {
        BINOPS.get(i).copied()
    }
    pub fn symbol(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            And => "&",
            FloorDiv => "//",
            LShift => "<<",
            MatMul => "@",
            Mul => "*",
            Mod => "%",
            Or => "|",
            Pow => "** or pow()",
            RShift => ">>",
            Sub => "-",
            TrueDiv => "/",
            Xor => "^",
        }
    }
    pub fn inplace_symbol(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+=",
            And => "&=",
            FloorDiv => "//=",
            LShift => "<<=",
            MatMul => "@=",
            Mul => "*=",
            Mod => "%=",
            Or => "|=",
            Pow => "**=",
            RShift => ">>=",
            Sub => "-=",
            TrueDiv => "/=",
            Xor => "^=",
        }
    }
    /// (`__add__`, `__radd__`, `__iadd__`)
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        let [l, r, i] = self.dunder_keys();
        (l.name, r.name, i.name)
    }
    /// The three special method names with their precomputed hashes.
    pub fn dunder_keys(self) -> &'static [Dunder; 3] {
        &BINARY_DUNDERS[self as usize]
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum UnaryOp {
    Neg,
    Pos,
    Abs,
    Invert,
    Int,
    Float,
    Index,
}

/// The slot table of a type (`PyTypeObject`'s function pointers and the number,
/// sequence and mapping suites flattened). Cells, because assigning a dunder on a
/// class (or a base class) rewires the slot at run time.
#[derive(Default)]
pub struct Slots {
    pub call: Cell<Option<CallSlot>>,
    pub repr: Cell<Option<UnarySlot>>,
    pub str: Cell<Option<UnarySlot>>,
    pub hash: Cell<Option<HashSlot>>,
    /// True when `__hash__` is explicitly None (unhashable).
    pub hash_none: Cell<bool>,
    pub richcompare: Cell<Option<RichCmpSlot>>,
    pub getattro: Cell<Option<GetAttrSlot>>,
    pub setattro: Cell<Option<SetAttrSlot>>,
    pub descr_get: Cell<Option<DescrGetSlot>>,
    pub descr_set: Cell<Option<DescrSetSlot>>,
    pub iter: Cell<Option<UnarySlot>>,
    pub next: Cell<Option<NextSlot>>,
    pub new: Cell<Option<NewSlot>>,
    pub init: Cell<Option<InitSlot>>,
    pub len: Cell<Option<LenSlot>>,
    pub getitem: Cell<Option<BinarySlot>>,
    pub setitem: Cell<Option<SetItemSlot>>,
    pub contains: Cell<Option<ContainsSlot>>,
    pub bool: Cell<Option<BoolSlot>>,
    pub binary: [Cell<Option<BinarySlot>>; 13],
    pub inplace: [Cell<Option<BinarySlot>>; 13],
    pub neg: Cell<Option<UnarySlot>>,
    pub pos: Cell<Option<UnarySlot>>,
    pub abs: Cell<Option<UnarySlot>>,
    pub invert: Cell<Option<UnarySlot>>,
    pub int: Cell<Option<UnarySlot>>,
    pub float: Cell<Option<UnarySlot>>,
    pub index: Cell<Option<UnarySlot>>,
}

impl Slots {
    pub fn unary(&self, op: UnaryOp) -> &Cell<Option<UnarySlot>> {
        match op {
            UnaryOp::Neg => &self.neg,
            UnaryOp::Pos => &self.pos,
            UnaryOp::Abs => &self.abs,
            UnaryOp::Invert => &self.invert,
            UnaryOp::Int => &self.int,
            UnaryOp::Float => &self.float,
            UnaryOp::Index => &self.index,
        }
    }
}

/// Type flags (a subset of CPython's `Py_TPFLAGS_*`).
pub mod flags {
    /// Created by a class statement or `type(...)`: attributes can be set.
    pub const HEAPTYPE: u32 = 1 << 0;
    /// Can be subclassed.
    pub const BASETYPE: u32 = 1 << 1;
    /// Instances carry a `__dict__`.
    pub const HAS_DICT: u32 = 1 << 2;
    /// Calls through LOAD_ATTR's method form need no bound method (functions,
    /// method descriptors): `Py_TPFLAGS_METHOD_DESCRIPTOR`.
    pub const METHOD_DESCRIPTOR: u32 = 1 << 3;
    /// Has abstract methods; instantiation fails.
    pub const IS_ABSTRACT: u32 = 1 << 4;
    /// Subclass of BaseException.
    pub const EXCEPTION: u32 = 1 << 5;
    pub const INT_SUBCLASS: u32 = 1 << 6;
    pub const STR_SUBCLASS: u32 = 1 << 7;
    pub const TUPLE_SUBCLASS: u32 = 1 << 8;
    pub const LIST_SUBCLASS: u32 = 1 << 9;
    pub const DICT_SUBCLASS: u32 = 1 << 10;
    pub const TYPE_SUBCLASS: u32 = 1 << 11;
}

/// What payload instances of a type carry, inherited from the solid base; two
/// bases with different non-`Object` layouts cannot be combined.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    Object,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Type,
    Exception,
    Module,
    Property,
    Other,
}

pub struct TypeObject {
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    /// `tp_base`: the first base, whose layout instances share.
    pub base: RefCell<Option<ObjRef>>,
    pub bases: RefCell<Vec<ObjRef>>,
    /// `__mro__`, starting with the type itself... except that storing the type
    /// in its own MRO would make an `Rc` cycle; `mro` holds the rest and
    /// `mro_with_self` is built on demand.
    pub mro: RefCell<Vec<ObjRef>>,
    pub dict: RefCell<Dict>,
    pub slots: Slots,
    pub flags: Cell<u32>,
    pub layout: Layout,
    /// Number of `__slots__` values instances carry (own and inherited).
    pub nslots: usize,
    /// Weak references to direct subclasses (`__subclasses__`, slot updates).
    pub subclasses: RefCell<Vec<Weak<crate::object::Obj>>>,
    /// Bumped whenever what a name resolves to *as a kind* may change: a
    /// descriptor, a method or a dunder added, replaced or removed here or in
    /// a base. Inline caches that hold descriptors or rely on their absence
    /// check it.
    pub version: Cell<u32>,
    /// Bumped (with the subclasses') when a plain class attribute of this type
    /// or a base is rebound to another plain value (`Task.count += 1`): the
    /// kinds stay, so `version` does not move, and only the caches holding
    /// such values (LOAD_ATTR_CLASS, LOAD_ATTR_NONDESCRIPTOR) check this.
    pub data_version: Cell<u32>,
    /// The `version` at which instances' `__class__` was last found to be
    /// `object`'s own descriptor under generic attribute access, so that
    /// `obj.__class__` is `type(obj)`; 0 while not known. Lets a failed
    /// `isinstance` skip the `__class__` lookup while the version holds.
    pub plain_class_at: Cell<u32>,
    /// The attribute names instances of this type keep inline, in the order
    /// they were first stored (CPython's `ht_cached_keys`); append-only, so
    /// an index names the same key for the type's lifetime. See instance.rs.
    pub shared_keys: RefCell<Vec<ObjRef>>,
    /// Bit `hash % 64` set for each of `shared_keys`: a clear bit proves a
    /// name is not among them without a scan.
    pub shared_keys_bits: Cell<u64>,
}

impl TypeObject {
    pub fn new(name: &str, layout: Layout, flags: u32) -> TypeObject {
        TypeObject {
            name: RefCell::new(name.into()),
            qualname: RefCell::new(name.into()),
            base: RefCell::new(None),
            bases: RefCell::new(Vec::new()),
            mro: RefCell::new(Vec::new()),
            dict: RefCell::new(Dict::new()),
            slots: Slots::default(),
            flags: Cell::new(flags),
            layout,
            nslots: 0,
            subclasses: RefCell::new(Vec::new()),
            version: Cell::new(next_version()),
            data_version: Cell::new(0),
            plain_class_at: Cell::new(0),
            shared_keys: RefCell::new(Vec::new()),
            shared_keys_bits: Cell::new(0),
        }
    }
    #[inline]
    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }
    pub fn name(&self) -> Rc<str> {
        self.name.borrow().clone()
    }
    /// Look a name up in this type's own dict.
    pub fn own_lookup(&self, name: &PyStr) -> Option<Value> {
        self.dict
            .borrow()
            .get_str(name.hash(), name.as_str())
            .cloned()
    }
    /// Look a name given as a Rust string up in this type's own dict (no allocation).
    pub fn own_lookup_str(&self, name: &str) -> Option<Value> {
        self.dict
            .borrow()
            .get_str(crate::pystr::hash_bytes(name.as_bytes()), name)
            .cloned()
    }
    /// A plain class attribute `name` (already in this type's own dict, not a
    /// descriptor) was rebound to another value that is not a descriptor
    /// either. Every lookup of `name` through this type or a subclass still
    /// finds a plain value in the same dict, so the descriptor caches stay
    /// valid; the value caches and the method cache entries for `name` go.
    pub fn data_modified(&self, hash: i64, name: &str) {
        // From the same never-reused counter as `version`, so a cache can
        // never see an old data version come round again.
        self.data_version.set(next_version());
        forget_cached(self.version.get(), hash, name);
        for sub in self.subclasses.borrow().iter() {
            if let Some(s) = sub.upgrade() {
                if let Payload::Type(t) = &s.payload {
                    t.data_modified(hash, name);
                }
            }
        }
    }
    /// Mark the type (and its subclasses, whose lookups pass through it) changed.
    pub fn modified(&self) {
        self.version.set(next_version());
        for sub in self.subclasses.borrow().iter() {
            if let Some(s) = sub.upgrade() {
                if let Payload::Type(t) = &s.payload {
                    t.modified();
                }
            }
        }
    }
}

fn next_version() -> u32 {
    thread_local! {
        static NEXT: Cell<u32> = const { Cell::new(1) };
    }
    NEXT.with(|n| {
        let v = n.get();
        n.set(v.wrapping_add(1).max(1));
        v
    })
}

/// The type data of a type object; callers guarantee `t` is a type.
#[inline]
pub fn tdata(t: &ObjRef) -> &TypeObject {
    match &t.payload {
        Payload::Type(td) => td,
        _ => unreachable!("expected a type object"),
    }
}

/// `_PyType_Lookup`: find `name` in the type's MRO dicts (the type itself first).
pub fn type_lookup(t: &ObjRef, name: &PyStr) -> Option<Value> {
    lookup_cached(t, name.hash(), name.as_str())
}

/// `_PyType_Lookup` of a special method name (hash known at compile time).
#[inline]
pub fn type_lookup_dunder(t: &ObjRef, key: &Dunder) -> Option<Value> {
    lookup_cached(t, key.hash, key.name)
}

/// `_PyType_Lookup` by a Rust string, without allocating a str object.
pub fn type_lookup_str(t: &ObjRef, name: &str) -> Option<Value> {
    lookup_cached(t, crate::pystr::hash_bytes(name.as_bytes()), name)
}

/// One slot of the method cache: what `name` resolves to along the MRO of the
/// type whose version tag is `version`.
struct CacheEntry {
    version: u32,
    hash: i64,
    name: Rc<str>,
    value: Option<Value>,
}

const CACHE_SIZE: usize = 4096;

thread_local! {
    /// CPython's type attribute cache: (type version, name) -> lookup result.
    /// A type's version changes whenever it or a base is modified, which
    /// invalidates its entries.
    static METHOD_CACHE: RefCell<Vec<Option<CacheEntry>>> =
        RefCell::new((0..CACHE_SIZE).map(|_| None).collect());
}

fn cache_slot(version: u32, hash: i64) -> usize {
    ((version as u64).wrapping_mul(0x9e37_79b9) ^ hash as u64) as usize % CACHE_SIZE
}

/// Drop the method cache's entry for `name` under `version`, if it has one.
fn forget_cached(version: u32, hash: i64, name: &str) {
    let old = METHOD_CACHE.with(|c| {
        let mut c = c.borrow_mut();
        let slot = &mut c[cache_slot(version, hash)];
        match slot {
            Some(e) if e.version == version && e.hash == hash && &*e.name == name => slot.take(),
            _ => None,
        }
    });
    drop(old);
}

fn lookup_cached(t: &ObjRef, hash: i64, name: &str) -> Option<Value> {
    let td = tdata(t);
    let version = td.version.get();
    let slot = cache_slot(version, hash);
    let hit = METHOD_CACHE.with(|c| {
        let c = c.borrow();
        match &c[slot] {
            Some(e) if e.version == version && e.hash == hash && &*e.name == name => {
                Some(e.value.clone())
            }
            _ => None,
        }
    });
    if let Some(v) = hit {
        return v;
    }
    let value = lookup_uncached(td, hash, name);
    METHOD_CACHE.with(|c| {
        let old = c.borrow_mut()[slot].replace(CacheEntry {
            version,
            hash,
            name: name.into(),
            value: value.clone(),
        });
        // Dropping a cached value may run no Python code, but keep the borrow short.
        drop(old);
    });
    value
}

fn lookup_uncached(td: &TypeObject, hash: i64, name: &str) -> Option<Value> {
    if let Some(v) = td.dict.borrow().get_str(hash, name) {
        return Some(v.clone());
    }
    for base in td.mro.borrow().iter() {
        if let Some(v) = tdata(base).dict.borrow().get_str(hash, name) {
            return Some(v.clone());
        }
    }
    None
}

/// The full MRO including the type itself.
pub fn mro_with_self(t: &ObjRef) -> Vec<ObjRef> {
    let td = tdata(t);
    let mut v = Vec::with_capacity(td.mro.borrow().len() + 1);
    v.push(t.clone());
    v.extend(td.mro.borrow().iter().cloned());
    v
}

/// `PyType_IsSubtype`: is `a` the same as or a subclass of `b` (by MRO)?
#[inline]
pub fn is_subtype(a: &ObjRef, b: &ObjRef) -> bool {
    Rc::ptr_eq(a, b) || tdata(a).mro.borrow().iter().any(|t| Rc::ptr_eq(t, b))
}

/// C3 linearisation of `bases` for a new type; `Err` holds the names of the
/// bases that could not be ordered (for CPython's "Cannot create a consistent
/// method resolution order (MRO) for bases A, B").
pub fn c3_mro(bases: &[ObjRef]) -> Result<Vec<ObjRef>, Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(mro_with_self).collect();
    seqs.push(bases.to_vec());
    let mut result: Vec<ObjRef> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(result);
        }
        let mut candidate = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|other| other[1..].iter().any(|t| Rc::ptr_eq(t, head)));
            if !in_tail {
                candidate = Some(head.clone());
                break;
            }
        }
        let Some(next) = candidate else {
            // CPython reports the remaining heads, in order, without duplicates.
            let mut heads: Vec<ObjRef> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| Rc::ptr_eq(h, &s[0])) {
                    heads.push(s[0].clone());
                }
            }
            return Err(heads);
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &next) {
                s.remove(0);
            }
        }
        result.push(next);
    }
}
