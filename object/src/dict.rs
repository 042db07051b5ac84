//! The insertion-ordered hash table behind `dict` (and instance, class and module namespaces).
//!
//! Like CPython's compact dict: entries live in a Vec in insertion order, and a
//! hashbrown table maps hashes to entry positions. Comparing keys may run Python
//! code (`__eq__`), which may mutate the dict, so the Python-level operations in
//! `crate::protocol::dict_*` never hold a borrow across such a call; this module
//! only offers borrow-free building blocks.

use crate::value::Value;
use hashbrown::HashTable;

/// The value at entry position `pos` of `dict` when that entry's key is the
/// very object `key`: the inline-cache guards of LOAD_GLOBAL and LOAD_ATTR
/// (`key` is the interned name the entry was found under). Read without the
/// `RefCell`'s bookkeeping, which costs more than the check itself; `None`
/// when the dict is being changed right now, or the entry moved.
#[inline(always)]
pub fn value_if_key_at(
    dict: &std::cell::RefCell<Dict>,
    pos: usize,
    key: &crate::object::ObjRef,
) -> Option<Value> {
    // SAFETY: `try_borrow_unguarded` fails while the dict is mutably
    // borrowed, and nothing can borrow it mutably before this returns: the
    // code below only compares a pointer and clones a `Value` (a reference
    // count increment, which runs no code), and no reference into the dict
    // outlives this call.
    let d = unsafe { dict.try_borrow_unguarded() }.ok()?;
    match d.entry(pos)? {
        Entry {
            key: Value::Obj(k),
            value,
            ..
        } if std::rc::Rc::ptr_eq(k, key) => Some(value.clone()),
        _ => None,
    }
}

pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct Dict {
    entries: Vec<Option<Entry>>,
    index: HashTable<u32>,
    len: usize,
    /// Bit `hash % 64` is set for the hash of every key inserted since the
    /// dict was last emptied: a clear bit proves a key absent without
    /// probing the table. Instance dicts and class namespaces hold a handful
    /// of keys, so most lookups of a name they lack (a method looked for in
    /// the instance dict first, a class in the MRO without the name) stop
    /// here.
    hash_bits: u64,
    /// Bumped on every insertion, deletion or value change; lets caches and
    /// iterators notice mutation (CPython's `ma_version_tag`).
    pub version: u64,
}

/// The bit of `Dict::hash_bits` that a key with `hash` sets.
#[inline(always)]
fn hash_bit(hash: i64) -> u64 {
    1 << (hash as u64 & 63)
}

/// A fresh version number for a mutated dict: unique across all dicts, so a
/// cache keyed on (dict, version) cannot be fooled by another dict. Only an
/// empty, never-mutated dict has version 0.
#[inline]
fn next_version() -> u64 {
    thread_local! {
        static NEXT: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
    }
    NEXT.with(|n| {
        let v = n.get();
        n.set(v + 1);
        v
    })
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }
    pub fn with_capacity(n: usize) -> Dict {
        Dict {
            entries: Vec::with_capacity(n),
            index: HashTable::with_capacity(n),
            len: 0,
            hash_bits: 0,
            version: 0,
        }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    /// Entry positions whose hash equals `hash` (candidates for a key match).
    pub fn candidates(&self, hash: i64) -> impl Iterator<Item = usize> + '_ {
        let maybe = self.hash_bits & hash_bit(hash) != 0;
        self.index
            .iter_hash(hash as u64)
            .take(if maybe { usize::MAX } else { 0 })
            .map(|&i| i as usize)
    }
    /// Position of an entry whose key satisfies `eq`, among those with `hash`.
    #[inline]
    pub fn find(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        if self.hash_bits & hash_bit(hash) == 0 {
            return None;
        }
        let entries = &self.entries;
        self.index
            .find(hash as u64, |&i| match &entries[i as usize] {
                Some(e) => e.hash == hash && eq(&e.key),
                None => false,
            })
            .map(|&i| i as usize)
    }
    #[inline]
    pub fn entry(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos).and_then(|e| e.as_ref())
    }
    /// Number of entry positions (including deleted ones); iteration bound.
    #[inline]
    pub fn capacity_positions(&self) -> usize {
        self.entries.len()
    }
    pub fn set_value(&mut self, pos: usize, value: Value) -> Option<Value> {
        self.version = next_version();
        self.entries[pos]
            .as_mut()
            .map(|e| std::mem::replace(&mut e.value, value))
    }
    /// Append a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        self.version = next_version();
        self.hash_bits |= hash_bit(hash);
        let pos = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index.insert_unique(hash as u64, pos, |&i| {
            entries[i as usize].as_ref().map_or(0, |e| e.hash as u64)
        });
        self.len += 1;
    }
    pub fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        let hash = self.entries.get(pos)?.as_ref()?.hash;
        self.version = next_version();
        if let Ok(slot) = self.index.find_entry(hash as u64, |&i| i as usize == pos) {
            slot.remove();
        }
        let e = self.entries[pos].take();
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        e
    }
    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        self.index.clear();
        self.len = 0;
        self.hash_bits = 0;
        let v = self.version;
        for e in old.into_iter().flatten() {
            self.insert_new(e.hash, e.key, e.value);
        }
        let _ = v;
        self.version = next_version();
    }
    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.len = 0;
        self.hash_bits = 0;
        self.version = next_version();
    }
    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries.iter().flatten()
    }
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }
    /// The next live entry at or after `pos` (for iterators that survive mutation checks).
    pub fn next_entry(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while pos < self.entries.len() {
            if let Some(e) = &self.entries[pos] {
                return Some((pos, e));
            }
            pos += 1;
        }
        None
    }
    /// Remove and return the last inserted entry (`dict.popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let pos = self.entries.iter().rposition(|e| e.is_some())?;
        let e = self.remove_at(pos);
        // Trailing holes are never revisited; drop them so popitem stays O(1).
        while matches!(self.entries.last(), Some(None)) {
            self.entries.pop();
        }
        e
    }
    pub fn first_entry(&self) -> Option<&Entry> {
        self.iter().next()
    }
}

/// Dict lookup by a Rust string, for namespaces keyed by `str` (no Python code can
/// run: str equality is plain byte equality).
impl Dict {
    pub fn get_str(&self, hash: i64, name: &str) -> Option<&Value> {
        let pos = self.find(hash, |k| key_is_str(k, name))?;
        self.entry(pos).map(|e| &e.value)
    }
}

#[inline]
fn key_is_str(k: &Value, name: &str) -> bool {
    match k {
        Value::Obj(o) => o.as_str().is_some_and(|s| s.as_str() == name),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    //! Runs under Miri: `cargo +nightly miri test -p taipan-object dict`.
    use super::*;
    use std::cell::RefCell;

    #[test]
    fn value_if_key_at_matches_the_key_object_only() {
        let vm = crate::Vm::new();
        let name = vm.new_str_obj("answer");
        let twin = vm.new_str_obj("answer");
        let value = vm.new_str_obj("forty-two");
        let mut d = Dict::new();
        let hash = name.as_str().map(|s| s.hash()).unwrap_or(0);
        d.insert_new(hash, Value::Obj(name.clone()), Value::Obj(value.clone()));
        let cell = RefCell::new(d);
        let got = value_if_key_at(&cell, 0, &name).expect("the key object is at 0");
        assert!(matches!(&got, Value::Obj(v) if std::rc::Rc::ptr_eq(v, &value)));
        assert_eq!(std::rc::Rc::strong_count(&value), 3, "the value is cloned");
        drop(got);
        assert!(
            value_if_key_at(&cell, 0, &twin).is_none(),
            "an equal str is not the key"
        );
        assert!(
            value_if_key_at(&cell, 1, &name).is_none(),
            "past the entries"
        );
        {
            let _changing = cell.borrow_mut();
            assert!(value_if_key_at(&cell, 0, &name).is_none());
        }
        drop(cell);
        assert_eq!(std::rc::Rc::strong_count(&value), 1);
    }
}
