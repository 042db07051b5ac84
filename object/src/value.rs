//! The `Value`: what every Python expression evaluates to, small values inline.

use crate::object::ObjRef;
use std::rc::Rc;

/// A Python value. None, bools, machine-word ints and floats live inline (no heap
/// allocation, no reference count); everything else is a reference-counted heap
/// object. Like a `PyObject *`, but with the common scalars unboxed.
///
/// Every payload is one 64-bit word (bools and floats are stored as words, see
/// [`BoolWord`] and [`FloatBits`]), which makes `Value` a pair of scalars to
/// rustc: it is passed and returned in two registers and copied as two word
/// moves. With a `bool` or `f64` payload it was an aggregate, built in memory
/// byte by byte and read back with one 16-byte load, which the CPU cannot
/// forward from the smaller stores (a stall on nearly every stack push).
pub enum Value {
    None,
    Bool(BoolWord),
    /// An `int` that fits in 64 bits; larger ones are `Obj` with an `Int` payload.
    Int(i64),
    Float(FloatBits),
    Obj(ObjRef),
    /// An empty slot: an unbound local, or the NULL that PUSH_NULL leaves below a
    /// callable. Lives only in frames' fast locals and value stacks; never
    /// visible to Python code.
    Null,
}

/// A `bool` held in a whole word. Every byte of the word holds the bool, so
/// a reference to the word is also a valid reference to a `bool` on any byte
/// order; that gives `Deref<Target = bool>`, and patterns read `*b` as usual.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[repr(transparent)]
pub struct BoolWord(u64);

impl BoolWord {
    pub const TRUE: BoolWord = BoolWord(0x0101_0101_0101_0101);
    pub const FALSE: BoolWord = BoolWord(0);

    #[inline(always)]
    pub const fn new(b: bool) -> BoolWord {
        BoolWord(b as u64 * 0x0101_0101_0101_0101)
    }

    #[inline(always)]
    pub const fn get(self) -> bool {
        self.0 != 0
    }
}

impl std::ops::Deref for BoolWord {
    type Target = bool;
    #[inline(always)]
    fn deref(&self) -> &bool {
        // SAFETY: the word is either all 0x00 or all 0x01 bytes (only `new`
        // and the two constants build one), so its first byte, whatever the
        // byte order, is a valid `bool`; the reference borrows `self`.
        unsafe { &*(self as *const BoolWord as *const bool) }
    }
}

/// An `f64` held as its bit pattern, so that it is an integer word to the
/// layout of `Value`. Dereferences to the `f64`. Deliberately not
/// `PartialEq`: compare the floats (`*a == *b`), not their bits.
#[derive(Clone, Copy, Debug)]
#[repr(transparent)]
pub struct FloatBits(u64);

const _: () = assert!(
    std::mem::size_of::<u64>() == std::mem::size_of::<f64>()
        && std::mem::align_of::<u64>() == std::mem::align_of::<f64>()
);

impl FloatBits {
    #[inline(always)]
    pub const fn new(f: f64) -> FloatBits {
        FloatBits(f.to_bits())
    }

    #[inline(always)]
    pub const fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

impl std::ops::Deref for FloatBits {
    type Target = f64;
    #[inline(always)]
    fn deref(&self) -> &f64 {
        // SAFETY: u64 and f64 have the same size and alignment (asserted
        // above) and every bit pattern is a valid f64.
        unsafe { &*(self as *const FloatBits as *const f64) }
    }
}

impl Clone for Value {
    /// Written out (not derived) so it is always inlined: the eval loop clones
    /// values on every load, and an out-of-line call there costs more than
    /// the clone itself. One test and a word copy: a `match` rebuilding each
    /// variant compiles to a jump table, an indirect branch on every load.
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::Obj(o) => Value::Obj(o.clone()),
            // SAFETY: every variant but `Obj` is plain data (a tag and at most
            // one word, no pointer it owns), so a bitwise copy is an
            // independent value; dropping either copy does nothing.
            _ => unsafe { std::ptr::read(self) },
        }
    }
}

impl Value {
    pub const TRUE: Value = Value::Bool(BoolWord::TRUE);
    pub const FALSE: Value = Value::Bool(BoolWord::FALSE);

    /// A Python bool.
    #[inline(always)]
    pub const fn bool(b: bool) -> Value {
        Value::Bool(BoolWord::new(b))
    }

    /// A Python float.
    #[inline(always)]
    pub const fn float(f: f64) -> Value {
        Value::Float(FloatBits::new(f))
    }

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
            Value::Bool(b) => 0x9e_6000 + **b as u64 * 32,
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
        Value::bool(b)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::float(f)
    }
}

#[cfg(test)]
mod tests {
    //! The two `Deref` impls and `Clone` are the only `unsafe` in this file;
    //! these tests run under Miri (`cargo +nightly miri test -p taipan-object value`).
    use super::*;

    #[test]
    fn bool_words_read_back_as_bools() {
        for b in [false, true] {
            let w = BoolWord::new(b);
            assert_eq!(*w, b);
            assert_eq!(w.get(), b);
            match Value::bool(b) {
                Value::Bool(x) => assert_eq!(*x, b),
                _ => panic!("not a bool"),
            }
        }
        assert_eq!(BoolWord::new(true), BoolWord::TRUE);
        assert_eq!(BoolWord::new(false), BoolWord::FALSE);
        assert!(*BoolWord::TRUE && !*BoolWord::FALSE);
    }

    #[test]
    fn float_bits_read_back_as_the_same_float() {
        for f in [
            0.0,
            -0.0,
            1.5,
            -2.25e300,
            f64::INFINITY,
            f64::MIN_POSITIVE,
            5e-324,
        ] {
            let v = Value::float(f);
            match &v {
                Value::Float(x) => assert_eq!(x.to_bits(), f.to_bits()),
                _ => panic!("not a float"),
            }
        }
        let nan = FloatBits::new(f64::NAN);
        assert!(nan.is_nan());
        // `is` compares bits: -0.0 is not 0.0, and a NaN is itself.
        assert!(!Value::float(0.0).is(&Value::float(-0.0)));
        assert!(Value::float(f64::NAN).is(&Value::float(f64::NAN)));
    }

    #[test]
    fn clones_are_equal_and_independent() {
        let s = Rc::new(crate::object::Obj {
            ty: None,
            dict: std::cell::OnceCell::new(),
            payload: crate::object::Payload::Cell(std::cell::RefCell::new(None)),
        });
        let values = [
            Value::None,
            Value::TRUE,
            Value::FALSE,
            Value::Int(-7),
            Value::Int(i64::MAX),
            Value::float(-0.5),
            Value::Null,
            Value::Obj(s.clone()),
        ];
        for v in &values {
            let c = v.clone();
            assert!(c.is(v), "a clone is the same value");
            drop(c);
            // The original is intact after the copy is dropped.
            assert!(v.clone().is(v));
        }
        // Only the `Obj` clones took (and gave back) references.
        assert_eq!(std::rc::Rc::strong_count(&s), 2);
        drop(values);
        assert_eq!(std::rc::Rc::strong_count(&s), 1);
    }

    #[test]
    fn value_is_two_words() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
    }
}
