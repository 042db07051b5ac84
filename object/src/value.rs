//! The `Value`: what every Python expression evaluates to, small values inline.

use crate::object::ObjRef;
use std::rc::Rc;

/// A Python value. None, bools, machine-word ints and floats live inline (no heap
/// allocation, no reference count); everything else is a reference-counted heap
/// object. Like a `PyObject *`, but with the common scalars unboxed.
pub enum Value {
    None,
    Bool(bool),
    /// An `int` that fits in 64 bits; larger ones are `Obj` with an `Int` payload.
    Int(i64),
    Float(f64),
    Obj(ObjRef),
    /// An empty slot: an unbound local, or the NULL that PUSH_NULL leaves below a
    /// callable. Lives only in frames' fast locals and value stacks; never
    /// visible to Python code.
    Null,
}

impl Clone for Value {
    /// Written out (not derived) so it is always inlined: the eval loop clones
    /// values on every load, and an out-of-line call there costs more than
    /// the clone itself.
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            Value::Obj(o) => Value::Obj(o.clone()),
            Value::Null => Value::Null,
        }
    }
}

impl Value {
    /// Identity as Python's `is` sees it. Inline ints and floats compare by value
    /// (CPython caches small ints; for larger ones `is` is implementation defined).
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            (Value::Null, Value::Null) => true,
            _ => false,
        }
    }

    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    #[inline]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The address used by `id()` and default reprs.
    pub fn id(&self) -> u64 {
        match self {
            Value::Obj(o) => Rc::as_ptr(o) as usize as u64,
            Value::None | Value::Null => 0x9e_5000,
            Value::Bool(b) => 0x9e_6000 + *b as u64 * 32,
            // Inline values have no address; derive a stable, distinct number.
            Value::Int(i) => 0x7f00_0000_0000u64.wrapping_add((*i as u64).wrapping_mul(32)),
            Value::Float(f) => 0x7e00_0000_0000u64 ^ f.to_bits().rotate_left(5),
        }
    }
}

impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Value {
        Value::Obj(o)
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}
