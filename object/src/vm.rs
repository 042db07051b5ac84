//! The interpreter state every layer works on (CPython's thread and interpreter
//! state): the core types, interned names, the value stack, frames and limits.

use crate::error::{PyErr, PyResult};
use crate::exception::{ExceptionData, HIERARCHY};
use crate::frame::Frame;
use crate::intern::Interner;
use crate::object::{Obj, ObjRef, Payload};
use crate::pystr::PyStr;
use crate::typeobj::{flags, tdata, Layout, TypeObject};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
// hashbrown's default hasher (foldhash): these small tables are read on hot paths
// (`char_str`, `displayhook`), where std's SipHash cost more than the lookup.
use hashbrown::HashMap;
use std::rc::Rc;

macro_rules! core_types {
    ($($field:ident = $name:literal : $base:literal, $layout:ident, $flags:expr;)*) => {
        /// The built-in type objects the core layers refer to directly.
        pub struct Types {
            pub type_: ObjRef,
            pub object: ObjRef,
            $(pub $field: ObjRef,)*
        }
        impl Types {
            fn bootstrap() -> Types {
                // `type` is its own type (ty None), `object` is its base.
                let type_ = Rc::new(Obj {
                    ty: None,
                    dict: Default::default(),
                    payload: Payload::Type(Box::new(TypeObject::new(
                        "type",
                        Layout::Type,
                        flags::BASETYPE | flags::TYPE_SUBCLASS,
                    ))),
                });
                let object = Obj::new(
                    &type_,
                    Payload::Type(Box::new(TypeObject::new("object", Layout::Object, flags::BASETYPE))),
                );
                set_base(&type_, &object);
                let mut made: Vec<(&str, ObjRef)> = vec![("object", object.clone())];
                $(
                    let $field = Obj::new(
                        &type_,
                        Payload::Type(Box::new(TypeObject::new($name, Layout::$layout, $flags))),
                    );
                    let base = made.iter().find(|(n, _)| *n == $base).map(|(_, t)| t.clone()).unwrap_or_else(|| object.clone());
                    set_base(&$field, &base);
                    made.push(($name, $field.clone()));
                )*
                Types { type_, object, $($field,)* }
            }
            /// (name, type) of every core type, for registering in builtins.
            pub fn all(&self) -> Vec<(&'static str, ObjRef)> {
                vec![("type", self.type_.clone()), ("object", self.object.clone()), $(($name, self.$field.clone()),)*]
            }
        }
    };
}

const B: u32 = flags::BASETYPE;

core_types! {
    none_type = "NoneType": "object", Other, 0;
    not_implemented_type = "NotImplementedType": "object", Other, 0;
    ellipsis_type = "ellipsis": "object", Other, 0;
    int = "int": "object", Int, B | flags::INT_SUBCLASS;
    bool_ = "bool": "int", Int, flags::INT_SUBCLASS;
    float = "float": "object", Float, B;
    complex = "complex": "object", Complex, B;
    str = "str": "object", Str, B | flags::STR_SUBCLASS;
    bytes = "bytes": "object", Bytes, B;
    bytearray = "bytearray": "object", ByteArray, B;
    list = "list": "object", List, B | flags::LIST_SUBCLASS;
    tuple = "tuple": "object", Tuple, B | flags::TUPLE_SUBCLASS;
    dict = "dict": "object", Dict, B | flags::DICT_SUBCLASS;
    set = "set": "object", Set, B;
    frozenset = "frozenset": "object", FrozenSet, B;
    range = "range": "object", Other, 0;
    slice = "slice": "object", Other, 0;
    function = "function": "object", Other, flags::METHOD_DESCRIPTOR;
    builtin_function = "builtin_function_or_method": "object", Other, 0;
    method_descriptor = "method_descriptor": "object", Other, flags::METHOD_DESCRIPTOR;
    classmethod_descriptor = "classmethod_descriptor": "object", Other, 0;
    wrapper_descriptor = "wrapper_descriptor": "object", Other, flags::METHOD_DESCRIPTOR;
    method_wrapper = "method-wrapper": "object", Other, 0;
    getset_descriptor = "getset_descriptor": "object", Other, 0;
    member_descriptor = "member_descriptor": "object", Other, 0;
    method = "method": "object", Other, 0;
    classmethod = "classmethod": "object", Other, B | flags::HAS_DICT;
    staticmethod = "staticmethod": "object", Other, B | flags::HAS_DICT;
    property = "property": "object", Property, B;
    code = "code": "object", Other, 0;
    cell = "cell": "object", Other, 0;
    module = "module": "object", Module, B | flags::HAS_DICT;
    generator = "generator": "object", Other, 0;
    super_ = "super": "object", Other, B;
    traceback = "traceback": "object", Other, 0;
    frame = "frame": "object", Other, 0;
    list_iterator = "list_iterator": "object", Other, 0;
    list_reverseiterator = "list_reverseiterator": "object", Other, 0;
    tuple_iterator = "tuple_iterator": "object", Other, 0;
    range_iterator = "range_iterator": "object", Other, 0;
    str_iterator = "str_ascii_iterator": "object", Other, 0;
    bytes_iterator = "bytes_iterator": "object", Other, 0;
    seq_iterator = "iterator": "object", Other, 0;
    callable_iterator = "callable_iterator": "object", Other, 0;
    dict_keyiterator = "dict_keyiterator": "object", Other, 0;
    dict_valueiterator = "dict_valueiterator": "object", Other, 0;
    dict_itemiterator = "dict_itemiterator": "object", Other, 0;
    dict_keys = "dict_keys": "object", Other, 0;
    dict_values = "dict_values": "object", Other, 0;
    dict_items = "dict_items": "object", Other, 0;
    set_iterator = "set_iterator": "object", Other, 0;
    mappingproxy = "mappingproxy": "object", Other, 0;
}

fn set_base(t: &ObjRef, base: &ObjRef) {
    let td = tdata(t);
    *td.base.borrow_mut() = Some(base.clone());
    *td.bases.borrow_mut() = vec![base.clone()];
    let mut mro = vec![base.clone()];
    mro.extend(tdata(base).mro.borrow().iter().cloned());
    *td.mro.borrow_mut() = mro;
    tdata(base).subclasses.borrow_mut().push(Rc::downgrade(t));
}

macro_rules! exc_fields {
    ($($field:ident = $name:literal,)*) => {
        /// The exception classes raised from Rust code.
        pub struct ExcTypes {
            $(pub $field: ObjRef,)*
            /// Every built-in exception class by name.
            pub by_name: Vec<(&'static str, ObjRef)>,
        }
        impl ExcTypes {
            fn build(types: &Types) -> ExcTypes {
                let mut by_name: Vec<(&'static str, ObjRef)> = Vec::new();
                for (name, base) in HIERARCHY {
                    let base_t = if base.is_empty() {
                        types.object.clone()
                    } else {
                        by_name.iter().find(|(n, _)| n == base).map(|(_, t)| t.clone()).unwrap_or_else(|| types.object.clone())
                    };
                    let t = Obj::new(&types.type_, Payload::Type(Box::new(TypeObject::new(
                        name,
                        Layout::Exception,
                        flags::BASETYPE | flags::HAS_DICT | flags::EXCEPTION,
                    ))));
                    set_base(&t, &base_t);
                    by_name.push((name, t));
                }
                let find = |n: &str| by_name.iter().find(|(name, _)| *name == n).map(|(_, t)| t.clone()).expect("exception in hierarchy");
                ExcTypes { $($field: find($name),)* by_name: by_name.clone() }
            }
        }
    };
}

exc_fields! {
    base_exception = "BaseException",
    exception = "Exception",
    system_exit = "SystemExit",
    keyboard_interrupt = "KeyboardInterrupt",
    generator_exit = "GeneratorExit",
    stop_iteration = "StopIteration",
    arithmetic_error = "ArithmeticError",
    overflow_error = "OverflowError",
    zero_division_error = "ZeroDivisionError",
    assertion_error = "AssertionError",
    attribute_error = "AttributeError",
    eof_error = "EOFError",
    import_error = "ImportError",
    module_not_found_error = "ModuleNotFoundError",
    lookup_error = "LookupError",
    index_error = "IndexError",
    key_error = "KeyError",
    memory_error = "MemoryError",
    name_error = "NameError",
    unbound_local_error = "UnboundLocalError",
    os_error = "OSError",
    file_not_found_error = "FileNotFoundError",
    runtime_error = "RuntimeError",
    not_implemented_error = "NotImplementedError",
    recursion_error = "RecursionError",
    syntax_error = "SyntaxError",
    indentation_error = "IndentationError",
    tab_error = "TabError",
    system_error = "SystemError",
    type_error = "TypeError",
    value_error = "ValueError",
    unicode_error = "UnicodeError",
    unicode_decode_error = "UnicodeDecodeError",
    unicode_encode_error = "UnicodeEncodeError",
    warning = "Warning",
    deprecation_warning = "DeprecationWarning",
    runtime_warning = "RuntimeWarning",
    user_warning = "UserWarning",
}

/// The interpreter. One per thread of Python execution; every slot function
/// and native function receives it.
pub struct Vm {
    pub types: Types,
    pub exc: ExcTypes,
    pub interner: Interner,
    pub none: Value,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: ObjRef,
    pub empty_str: ObjRef,
    /// Fast locals and value stacks of all running frames (see `Frame`).
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    /// The `builtins` module's dict.
    pub builtins: ObjRef,
    /// `sys.modules`.
    pub modules: ObjRef,
    /// The exception currently being handled (`sys.exc_info()`), for bare
    /// `raise` and implicit `__context__` chaining. PUSH_EXC_INFO saves the
    /// previous one on the value stack and POP_EXCEPT restores it.
    pub exc_info: Option<ObjRef>,
    /// While a generator runs: the exception being handled where it was
    /// resumed, which `sys.exc_info()` shows when the generator handles none
    /// itself (CPython's `exc_info` chain). Saved and restored per resume.
    pub exc_info_outside: Option<ObjRef>,
    pub recursion_limit: usize,
    /// Python-level call depth (frames plus native re-entries).
    pub depth: usize,
    /// Address of a stack variable when the interpreter started; bounds the
    /// native (Rust) stack used by re-entrant calls.
    pub native_stack_base: usize,
    pub native_stack_limit: usize,
    /// Hooks the upper layers install (compilation, imports, module creation).
    pub hooks: Hooks,
    /// Extension state of the upper layers (builtins keep their tables here).
    pub extensions: HashMap<&'static str, Value>,
    /// The interned one-character ASCII strs, by code point (CPython's cached
    /// Latin-1 characters), filled by the builtins layer; empty before that.
    /// A field rather than an `extensions` entry: indexing, iterating and
    /// splitting text read it per character.
    pub ascii_chars: Vec<Value>,
    /// Cached `types` etc. objects, by name.
    pub registry: HashMap<&'static str, Value>,
    pub argv: Vec<String>,
    /// Ids of containers whose repr is being computed (`Py_ReprEnter`), so a
    /// self-containing list prints as `[...]`.
    pub repr_active: Vec<u64>,
    /// Text written to `sys.stdout` that is not yet flushed.
    pub stdout_buf: Vec<u8>,
    /// Call-path counters for `-X callstats`; None (the default) costs one
    /// predictable branch per call.
    pub callstats: Option<Box<CallStats>>,
    /// Specialisation counters for `-X specstats`; None (the default) costs one
    /// predictable branch per specialised instruction.
    pub specstats: Option<Box<SpecStats>>,
}

/// What the specialising interpreter did, by opcode number (the eval loop's
/// crate knows the names): how often each specialised instruction ran its
/// fast path (`hits`), failed its guard (`misses`), was rewritten back to its
/// generic form (`deopts`) or was created (`specialized`); and why generic
/// instructions could not be specialised (`failures`).
pub struct SpecStats {
    pub hits: [u64; 256],
    pub misses: [u64; 256],
    pub deopts: [u64; 256],
    pub specialized: [u64; 256],
    /// (generic opcode, reason, count).
    pub failures: Vec<(u8, &'static str, u64)>,
}

impl Default for SpecStats {
    fn default() -> SpecStats {
        SpecStats {
            hits: [0; 256],
            misses: [0; 256],
            deopts: [0; 256],
            specialized: [0; 256],
            failures: Vec::new(),
        }
    }
}

impl SpecStats {
    pub fn failure(&mut self, op: u8, reason: &'static str) {
        match self
            .failures
            .iter_mut()
            .find(|(o, r, _)| *o == op && *r == reason)
        {
            Some(f) => f.2 += 1,
            None => self.failures.push((op, reason, 1)),
        }
    }
}

/// How many calls took each path of the call machinery (`-X callstats`).
#[derive(Default, Debug, Clone)]
pub struct CallStats {
    /// Python frames pushed by CALL and continued in the same loop.
    pub inline_frames: u64,
    /// ... of which bound their arguments in place (exact positional args).
    pub exact_args: u64,
    pub native_noargs: u64,
    pub native_o: u64,
    pub native_fastcall: u64,
    pub native_fastcall_kw: u64,
    /// `obj.meth(...)` loaded as (function, self): no bound method created.
    pub method_loaded: u64,
    /// A bound method object found in the callable slot and unpacked.
    pub bound_method_unpacked: u64,
    /// `Class(...)` running a Python `__init__` frame inline.
    pub type_call_init_inline: u64,
    /// `Class(...)` through `type.__call__` (new, then init if any).
    pub type_call: u64,
    /// Instances called through the `__call__` slot wrapper.
    pub call_slot_wrapper: u64,
    /// `f(*args, **kwargs)`: arguments packed into a tuple and a dict.
    pub generic_slow_path: u64,
}

impl CallStats {
    /// The table `-X callstats` prints (Taipan's own documented format).
    pub fn table(&self) -> String {
        let rows: [(&str, u64); 12] = [
            ("Python frame pushed inline", self.inline_frames),
            ("  with exact positional args", self.exact_args),
            ("native NOARGS", self.native_noargs),
            ("native O", self.native_o),
            ("native FASTCALL", self.native_fastcall),
            ("native FASTCALL+KEYWORDS", self.native_fastcall_kw),
            ("method loaded without bound object", self.method_loaded),
            ("bound method object unpacked", self.bound_method_unpacked),
            ("type call with __init__ inline", self.type_call_init_inline),
            ("type call (new + init)", self.type_call),
            ("__call__ slot wrapper", self.call_slot_wrapper),
            (
                "generic slow path (tuple/dict packing)",
                self.generic_slow_path,
            ),
        ];
        let mut s = String::from("call path                                     calls\n");
        for (name, n) in rows {
            s.push_str(&format!("{name:<40} {n:>10}\n"));
        }
        s
    }
}

pub type ImportHook = fn(&mut Vm, &ObjRef, &Value, &Value, u32) -> PyResult;
pub type RunCodeHook =
    fn(&mut Vm, &Rc<crate::code::CodeObject>, &ObjRef, Option<Value>) -> PyResult;

/// Functions of upper layers that lower ones call back (installed at start-up).
#[derive(Default, Clone, Copy)]
pub struct Hooks {
    /// Import a module by name (`IMPORT_NAME`): (name, globals, fromlist, level).
    pub import: Option<ImportHook>,
    /// Run a code object with globals and optional locals (exec/eval/class bodies).
    pub run_code: Option<RunCodeHook>,
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

impl Vm {
    pub fn new() -> Vm {
        let types = Types::bootstrap();
        let exc = ExcTypes::build(&types);
        let none = Value::None;
        let not_implemented = Value::Obj(Obj::new(
            &types.not_implemented_type,
            Payload::Instance(Default::default()),
        ));
        let ellipsis = Value::Obj(Obj::new(
            &types.ellipsis_type,
            Payload::Instance(Default::default()),
        ));
        let empty_tuple = Obj::new(&types.tuple, Payload::Tuple(Box::new([])));
        let empty_str = Obj::new(&types.str, Payload::Str(PyStr::new("")));
        let builtins = Obj::new(&types.dict, Payload::Dict(Default::default()));
        let modules = Obj::new(&types.dict, Payload::Dict(Default::default()));
        let marker = 0u8;
        Vm {
            types,
            exc,
            interner: Interner::default(),
            none,
            not_implemented,
            ellipsis,
            empty_tuple,
            empty_str,
            stack: Vec::with_capacity(4096),
            frames: Vec::with_capacity(64),
            builtins,
            modules,
            exc_info: None,
            exc_info_outside: None,
            recursion_limit: 1000,
            depth: 0,
            native_stack_base: &marker as *const u8 as usize,
            native_stack_limit: 6 << 20,
            hooks: Hooks::default(),
            extensions: HashMap::new(),
            ascii_chars: Vec::new(),
            registry: HashMap::new(),
            argv: Vec::new(),
            repr_active: Vec::new(),
            stdout_buf: Vec::new(),
            callstats: None,
            specstats: None,
        }
    }

    /// Record the current native stack position as the base for overflow checks.
    pub fn set_native_stack(&mut self, limit_bytes: usize) {
        let marker = 0u8;
        self.native_stack_base = &marker as *const u8 as usize;
        self.native_stack_limit = limit_bytes;
    }

    // ----- types of values -----

    /// `Py_TYPE(v)`.
    #[inline]
    pub fn type_of<'a>(&'a self, v: &'a Value) -> &'a ObjRef {
        match v {
            Value::None | Value::Null => &self.types.none_type,
            Value::Bool(_) => &self.types.bool_,
            Value::Int(_) => &self.types.int,
            Value::Float(_) => &self.types.float,
            Value::Obj(o) => match &o.ty {
                Some(t) => t,
                None => &self.types.type_,
            },
        }
    }
    #[inline]
    pub fn type_data<'a>(&'a self, v: &'a Value) -> &'a TypeObject {
        tdata(self.type_of(v))
    }
    pub fn type_name(&self, v: &Value) -> Rc<str> {
        self.type_data(v).name()
    }
    /// `PyObject_TypeCheck`: `isinstance` by MRO, without `__instancecheck__`.
    #[inline]
    pub fn is_instance_of(&self, v: &Value, t: &ObjRef) -> bool {
        crate::typeobj::is_subtype(self.type_of(v), t)
    }
    pub fn is_type(&self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => matches!(o.payload, Payload::Type(_)),
            _ => false,
        }
    }

    // ----- constructors -----

    pub fn intern(&mut self, s: &str) -> ObjRef {
        let t = self.types.str.clone();
        self.interner.intern(&t, s)
    }
    pub fn new_str(&self, s: impl Into<Box<str>>) -> Value {
        Value::Obj(Obj::new(&self.types.str, Payload::Str(PyStr::new(s))))
    }
    /// The one-character str `c`: the shared object for an ASCII character,
    /// else a new one.
    #[inline]
    pub fn char_value(&self, c: char) -> Value {
        if let Some(v) = self.ascii_chars.get(c as usize) {
            return v.clone();
        }
        let mut buf = [0u8; 4];
        self.new_str(&*c.encode_utf8(&mut buf))
    }
    pub fn new_str_obj(&self, s: impl Into<Box<str>>) -> ObjRef {
        Obj::new(&self.types.str, Payload::Str(PyStr::new(s)))
    }
    /// An int from a BigInt, inline when it fits in 64 bits.
    pub fn new_int(&self, i: BigInt) -> Value {
        match i.to_i64() {
            Some(v) => Value::Int(v),
            None => Value::Obj(Obj::new(&self.types.int, Payload::Int(i))),
        }
    }
    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::Obj(Obj::new(&self.types.list, Payload::List(items.into())))
    }
    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return Value::Obj(self.empty_tuple.clone());
        }
        Value::Obj(Obj::new(
            &self.types.tuple,
            Payload::Tuple(items.into_boxed_slice()),
        ))
    }
    pub fn new_tuple_obj(&self, items: Vec<Value>) -> ObjRef {
        if items.is_empty() {
            return self.empty_tuple.clone();
        }
        Obj::new(&self.types.tuple, Payload::Tuple(items.into_boxed_slice()))
    }
    pub fn new_dict(&self) -> ObjRef {
        Obj::new(&self.types.dict, Payload::Dict(Default::default()))
    }
    /// A dict with room for `n` items (a display of known size).
    pub fn new_dict_with_capacity(&self, n: usize) -> ObjRef {
        let d = crate::dict::Dict::with_capacity(n);
        Obj::new(&self.types.dict, Payload::Dict(std::cell::RefCell::new(d)))
    }
    pub fn new_bytes(&self, b: Vec<u8>) -> Value {
        Value::Obj(Obj::new(
            &self.types.bytes,
            Payload::Bytes(b.into_boxed_slice()),
        ))
    }
    pub fn new_float(&self, f: f64) -> Value {
        Value::float(f)
    }

    // ----- exceptions -----

    /// Create an exception instance of `ty` with the given args tuple.
    pub fn new_exception(&self, ty: &ObjRef, args: Vec<Value>) -> ObjRef {
        let args = self.new_tuple(args);
        Obj::with_dict(
            ty,
            self.new_dict(),
            Payload::Exception(Box::new(ExceptionData::new(args))),
        )
    }
    /// An exception of `ty` whose only argument is `msg`.
    pub fn new_error(&self, ty: &ObjRef, msg: impl Into<Box<str>>) -> PyErr {
        let m = self.new_str(msg);
        PyErr(self.new_exception(ty, vec![m]))
    }
    pub fn type_error(&self, msg: impl Into<Box<str>>) -> PyErr {
        self.new_error(&self.exc.type_error, msg)
    }
    pub fn value_error(&self, msg: impl Into<Box<str>>) -> PyErr {
        self.new_error(&self.exc.value_error, msg)
    }
    pub fn index_error(&self, msg: impl Into<Box<str>>) -> PyErr {
        self.new_error(&self.exc.index_error, msg)
    }
    pub fn overflow_error(&self, msg: impl Into<Box<str>>) -> PyErr {
        self.new_error(&self.exc.overflow_error, msg)
    }
    pub fn zero_division_error(&self, msg: impl Into<Box<str>>) -> PyErr {
        self.new_error(&self.exc.zero_division_error, msg)
    }
    pub fn runtime_error(&self, msg: impl Into<Box<str>>) -> PyErr {
        self.new_error(&self.exc.runtime_error, msg)
    }
    pub fn name_error(&mut self, name: &str) -> PyErr {
        let e = self.new_error(
            &self.exc.name_error,
            format!("name '{name}' is not defined"),
        );
        let n = self.new_str(name);
        self.set_attr_raw(&e.0, "name", n);
        e
    }
    pub fn key_error(&self, key: Value) -> PyErr {
        PyErr(self.new_exception(&self.exc.key_error, vec![key]))
    }
    pub fn stop_iteration(&mut self, value: Value) -> PyErr {
        let args = if value.is_none() {
            vec![]
        } else {
            vec![value.clone()]
        };
        let e = self.new_exception(&self.exc.stop_iteration, args);
        self.set_attr_raw(&e, "value", value);
        PyErr(e)
    }
    pub fn memory_error(&self) -> PyErr {
        PyErr(self.new_exception(&self.exc.memory_error, vec![]))
    }
    pub fn recursion_error(&self) -> PyErr {
        self.new_error(
            &self.exc.recursion_error,
            "maximum recursion depth exceeded",
        )
    }
    /// The RecursionError of `_Py_EnterRecursiveCall(where)`: CPython names the
    /// native operation that hit the limit (" while calling a Python object").
    pub fn recursion_error_in(&self, where_: &str) -> PyErr {
        self.new_error(
            &self.exc.recursion_error,
            format!("maximum recursion depth exceeded{where_}"),
        )
    }
    /// `_Py_EnterRecursiveCall(where)`.
    #[inline]
    pub fn enter_call_in(&mut self, where_: &str) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(self.recursion_error_in(where_));
        }
        self.depth += 1;
        Ok(())
    }
    pub fn attribute_error_for(&mut self, obj: &Value, name: &str) -> PyErr {
        let msg = if let Some(t) = obj.as_obj().and_then(|o| o.as_type()) {
            format!("type object '{}' has no attribute '{}'", t.name(), name)
        } else if let Some(Payload::Module(m)) = obj.as_obj().map(|o| &o.payload) {
            format!("module '{m}' has no attribute '{name}'")
        } else {
            format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name
            )
        };
        let e = self.new_error(&self.exc.attribute_error, msg);
        let n = self.new_str(name);
        self.set_attr_raw(&e.0, "name", n);
        self.set_attr_raw(&e.0, "obj", obj.clone());
        e
    }
    /// Store into an object's own `__dict__` directly (no descriptors).
    pub fn set_attr_raw(&mut self, obj: &ObjRef, name: &str, value: Value) {
        let key = self.intern(name);
        let d = self.materialize_dict(obj);
        let h = key.as_str().map(|s| s.hash()).unwrap_or(0);
        if let Some(dict) = d.as_dict() {
            let mut dict = dict.borrow_mut();
            if let Some(pos) = dict.find(
                h,
                |k| matches!(k, Value::Obj(o) if o.as_str().is_some_and(|s| s.as_str() == name)),
            ) {
                dict.set_value(pos, value);
            } else {
                dict.insert_new(h, Value::Obj(key), value);
            }
        }
    }
    /// Read from an object's own `__dict__` directly.
    pub fn get_attr_raw(&self, obj: &ObjRef, name: &str) -> Option<Value> {
        if obj.dict.get().is_none() && matches!(obj.payload, Payload::Instance(_)) {
            return crate::instance::own_attr(obj, &PyStr::new(name));
        }
        let d = obj.dict.get()?;
        let dict = d.as_dict()?.borrow();
        dict.get_str(crate::pystr::hash_bytes(name.as_bytes()), name)
            .cloned()
    }

    /// `Py_ReprEnter`: false when `v`'s repr is already being computed.
    pub fn repr_enter(&mut self, v: &Value) -> bool {
        let id = v.id();
        if self.repr_active.contains(&id) {
            return false;
        }
        self.repr_active.push(id);
        true
    }
    /// `Py_ReprLeave`.
    pub fn repr_leave(&mut self, v: &Value) {
        let id = v.id();
        if let Some(p) = self.repr_active.iter().rposition(|x| *x == id) {
            self.repr_active.remove(p);
        }
    }

    /// The exception being handled, as `sys.exc_info()`, bare `raise` and
    /// implicit chaining see it (`_PyErr_GetTopmostException`): this frame's,
    /// or else the one outside the running generator.
    #[inline]
    pub fn handled_exception(&self) -> Option<&ObjRef> {
        self.exc_info.as_ref().or(self.exc_info_outside.as_ref())
    }
    /// Check the recursion limit before entering a Python frame or a
    /// re-entrant native call (CPython's `_Py_EnterRecursiveCall`).
    #[inline]
    pub fn enter_call(&mut self) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(self.recursion_error());
        }
        self.depth += 1;
        Ok(())
    }
    #[inline]
    pub fn leave_call(&mut self) {
        self.depth -= 1;
    }
    /// Guard for Rust recursion (native code calling back into Python, repr of
    /// nested containers, ...): fails with RecursionError before the native stack
    /// runs out, whatever the Python recursion limit is.
    #[inline]
    pub fn check_native_stack(&self) -> PyResult<()> {
        let marker = 0u8;
        let here = &marker as *const u8 as usize;
        if self.native_stack_base.saturating_sub(here) > self.native_stack_limit {
            return Err(self.recursion_error());
        }
        Ok(())
    }
}
