//! Iterator objects of the core types (list, tuple, range, str, dict, set, sequences).

use crate::object::ObjRef;
use crate::value::Value;
use std::cell::Cell;

/// The state of a built-in iterator. Positions are Cells: iterating needs no
/// exclusive borrow, which keeps FOR_ITER's fast paths cheap.
pub enum IterData {
    /// `list_iterator` / `tuple_iterator` / `iterator` over any `__getitem__`
    /// sequence; `seq` is None once exhausted.
    Seq {
        seq: std::cell::RefCell<Option<Value>>,
        index: Cell<usize>,
    },
    ListReverse {
        list: std::cell::RefCell<Option<ObjRef>>,
        index: Cell<isize>,
    },
    Range {
        next: Cell<i64>,
        step: i64,
        remaining: Cell<u64>,
    },
    /// `str_ascii_iterator`/`str_iterator`: by byte offset into the string.
    Str {
        s: ObjRef,
        byte_pos: Cell<usize>,
    },
    Bytes {
        b: ObjRef,
        index: Cell<usize>,
    },
    /// dict key/value/item iterators: position in the entry vector, and the dict
    /// size at creation to detect "changed size during iteration".
    Dict {
        dict: ObjRef,
        kind: crate::object::DictViewKind,
        pos: Cell<usize>,
        len_at_start: usize,
        remaining: Cell<usize>,
    },
    Set {
        set: ObjRef,
        pos: Cell<usize>,
        len_at_start: usize,
        remaining: Cell<usize>,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: std::cell::RefCell<Option<Value>>,
        sentinel: Value,
    },
}

impl IterData {
    /// One step of a str iterator: `None` for other iterators, else the
    /// next character, or `Some(None)` once exhausted (`unicodeiter_next`).
    #[inline]
    pub fn str_step(&self, vm: &crate::vm::Vm) -> Option<Option<Value>> {
        let IterData::Str { s, byte_pos } = self else {
            return None;
        };
        let text = s.as_str().map_or("", |p| p.as_str());
        let pos = byte_pos.get();
        let rest = text.as_bytes().get(pos..).unwrap_or(&[]);
        let c = match rest.first() {
            None => return Some(None),
            Some(&b) if b.is_ascii() => b as char,
            Some(_) => text[pos..].chars().next()?,
        };
        byte_pos.set(pos + c.len_utf8());
        Some(Some(vm.char_value(c)))
    }

    /// One step of a range iterator: `None` for other iterators, else the
    /// next value, or `Some(None)` once exhausted (`rangeiter_next`).
    #[inline]
    pub fn range_step(&self) -> Option<Option<i64>> {
        let IterData::Range {
            next,
            step,
            remaining,
        } = self
        else {
            return None;
        };
        let r = remaining.get();
        if r == 0 {
            return Some(None);
        }
        remaining.set(r - 1);
        let v = next.get();
        next.set(v.wrapping_add(*step));
        Some(Some(v))
    }
}
