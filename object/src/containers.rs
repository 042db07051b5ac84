//! Dict and set operations at the Python level: hashing keys and comparing them
//! with `__eq__` without holding a borrow while Python code runs.

use crate::error::PyResult;
use crate::object::{ObjRef, Payload};
use crate::protocol::fast_eq;
use crate::set::{Scan, SetTable};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;

fn dict_cell(d: &ObjRef) -> &RefCell<crate::dict::Dict> {
    match &d.payload {
        Payload::Dict(c) => c,
        _ => unreachable!("dict operation on a non-dict"),
    }
}

/// Outcome of searching a dict for a key.
enum Lookup {
    Found(usize),
    Absent,
}

impl Vm {
    fn dict_find(&mut self, d: &ObjRef, key: &Value, hash: i64) -> PyResult<Lookup> {
        let cell = dict_cell(d);
        'restart: loop {
            // First pass: keys that compare without running Python code.
            let mut needs_eq = false;
            {
                let dict = cell.borrow();
                for pos in dict.candidates(hash) {
                    let Some(e) = dict.entry(pos) else { continue };
                    if e.hash != hash {
                        continue;
                    }
                    match fast_eq(&e.key, key) {
                        Some(true) => return Ok(Lookup::Found(pos)),
                        Some(false) => {}
                        None => needs_eq = true,
                    }
                }
            }
            if !needs_eq {
                return Ok(Lookup::Absent);
            }
            // Keys whose `__eq__` must run (rare): taken out of the borrow,
            // since `__eq__` may change the dict.
            let (version, slow) = {
                let dict = cell.borrow();
                let slow: Vec<(usize, Value)> = dict
                    .candidates(hash)
                    .filter_map(|pos| {
                        let e = dict.entry(pos)?;
                        (e.hash == hash && fast_eq(&e.key, key).is_none())
                            .then(|| (pos, e.key.clone()))
                    })
                    .collect();
                (dict.version, slow)
            };
            for (pos, k) in slow {
                let eq = self.eq(&k, key)?;
                let dict = cell.borrow();
                if dict.version != version {
                    continue 'restart;
                }
                if eq {
                    return Ok(Lookup::Found(pos));
                }
            }
            return Ok(Lookup::Absent);
        }
    }

    /// `PyDict_GetItem` with errors: None when the key is absent.
    pub fn dict_get(&mut self, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        match self.dict_find(d, key, hash)? {
            Lookup::Found(pos) => Ok(dict_cell(d).borrow().entry(pos).map(|e| e.value.clone())),
            Lookup::Absent => Ok(None),
        }
    }
    /// Lookup by a str key that is known to hash like `PyStr::hash`.
    pub fn dict_get_str(&self, d: &ObjRef, name: &str) -> Option<Value> {
        dict_cell(d)
            .borrow()
            .get_str(crate::pystr::hash_bytes(name.as_bytes()), name)
            .cloned()
    }
    /// `dict_get_str` of a name known at compile time (its hash too).
    pub fn dict_get_dunder(&self, d: &ObjRef, key: &crate::typeobj::Dunder) -> Option<Value> {
        dict_cell(d).borrow().get_str(key.hash, key.name).cloned()
    }
    /// `PyDict_SetItem`.
    pub fn dict_set(&mut self, d: &ObjRef, key: Value, value: Value) -> PyResult<()> {
        let hash = self.hash(&key)?;
        self.dict_set_hashed(d, key, hash, value)
    }
    pub fn dict_set_hashed(
        &mut self,
        d: &ObjRef,
        key: Value,
        hash: i64,
        value: Value,
    ) -> PyResult<()> {
        match self.dict_find(d, &key, hash)? {
            Lookup::Found(pos) => {
                // Drop the old value after releasing the borrow: its destructor
                // may not touch the dict, but keep borrows short anyway.
                let old = dict_cell(d).borrow_mut().set_value(pos, value);
                drop(old);
            }
            Lookup::Absent => dict_cell(d).borrow_mut().insert_new(hash, key, value),
        }
        Ok(())
    }
    pub fn dict_set_str(&mut self, d: &ObjRef, name: &str, value: Value) {
        let k = self.intern(name);
        let h = k.as_str().map(|s| s.hash()).unwrap_or(0);
        let mut dict = dict_cell(d).borrow_mut();
        match dict.find(
            h,
            |x| matches!(x, Value::Obj(o) if o.as_str().is_some_and(|s| s.as_str() == name)),
        ) {
            Some(pos) => {
                dict.set_value(pos, value);
            }
            None => dict.insert_new(h, Value::Obj(k), value),
        }
    }
    /// `PyDict_DelItem`: returns the removed value, None when absent.
    pub fn dict_del(&mut self, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        match self.dict_find(d, key, hash)? {
            Lookup::Found(pos) => Ok(dict_cell(d).borrow_mut().remove_at(pos).map(|e| e.value)),
            Lookup::Absent => Ok(None),
        }
    }
    pub fn dict_contains(&mut self, d: &ObjRef, key: &Value) -> PyResult<bool> {
        let hash = self.hash(key)?;
        Ok(matches!(self.dict_find(d, key, hash)?, Lookup::Found(_)))
    }

    // ----- sets -----

    fn set_cell(s: &ObjRef) -> Option<&RefCell<SetTable>> {
        match &s.payload {
            Payload::Set(c) => Some(c),
            _ => None,
        }
    }
    /// The table of a set or frozenset.
    pub fn any_set_cell(s: &ObjRef) -> Option<&RefCell<SetTable>> {
        match &s.payload {
            Payload::Set(c) | Payload::FrozenSet(c) => Some(c),
            _ => None,
        }
    }

    /// Find `key` in a set table, running `__eq__` with no borrow held.
    /// Returns Ok(Found slot) or Ok(Absent first-unused-slot).
    fn set_find_with<'c>(
        &mut self,
        get: &dyn Fn() -> std::cell::Ref<'c, SetTable>,
        key: &Value,
        hash: i64,
    ) -> PyResult<Scan> {
        'restart: loop {
            let (mut probe, generation) = {
                let t = get();
                (t.probe(hash), t.generation)
            };
            loop {
                let scan = get().scan(hash, probe, |k| fast_eq(k, key));
                match scan {
                    Scan::NeedsEq {
                        slot,
                        key: k,
                        resume,
                    } => {
                        let eq = self.eq(&k, key)?;
                        let t = get();
                        if t.generation != generation || !t.slot_holds(slot, &k) {
                            continue 'restart;
                        }
                        if eq {
                            return Ok(Scan::Found(slot));
                        }
                        probe = resume;
                    }
                    other => return Ok(other),
                }
            }
        }
    }

    /// Membership test for a set or frozenset object.
    pub fn set_contains(&mut self, s: &ObjRef, key: &Value) -> PyResult<bool> {
        let hash = self.set_key_hash(key)?;
        let Some(c) = Self::any_set_cell(s) else {
            return Ok(false);
        };
        let r = self.set_find_with(&|| c.borrow(), key, hash)?;
        Ok(matches!(r, Scan::Found(_)))
    }

    /// Hash a set element; an unhashable set is looked up as a frozenset
    /// (`set_contains_key` retries `{1} in {frozenset({1})}`).
    fn set_key_hash(&mut self, key: &Value) -> PyResult<i64> {
        self.hash(key)
    }

    /// `set.add` on a mutable set table cell.
    pub fn set_add_to(&mut self, cell: &RefCell<SetTable>, key: Value) -> PyResult<()> {
        let hash = self.hash(&key)?;
        self.set_add_hashed(cell, key, hash)
    }
    /// Like `set_add_entry`: reuses the last dummy slot on the probe path.
    pub fn set_add_hashed(
        &mut self,
        cell: &RefCell<SetTable>,
        key: Value,
        hash: i64,
    ) -> PyResult<()> {
        'restart: loop {
            let (mut probe, generation) = {
                let t = cell.borrow();
                (t.probe(hash), t.generation)
            };
            let mut free = None;
            loop {
                let (scan, f) = cell
                    .borrow()
                    .scan_insert(hash, probe, free, |k| fast_eq(k, &key));
                free = f;
                match scan {
                    Scan::Found(_) => return Ok(()),
                    Scan::Absent(slot) => {
                        let mut t = cell.borrow_mut();
                        if t.generation != generation {
                            continue 'restart;
                        }
                        t.insert_free(slot, hash, key);
                        return Ok(());
                    }
                    Scan::NeedsEq {
                        slot,
                        key: k,
                        resume,
                    } => {
                        let eq = self.eq(&k, &key)?;
                        let t = cell.borrow();
                        if t.generation != generation || !t.slot_holds(slot, &k) {
                            continue 'restart;
                        }
                        if eq {
                            return Ok(());
                        }
                        probe = resume;
                    }
                }
            }
        }
    }
    pub fn set_add(&mut self, s: &ObjRef, key: Value) -> PyResult<()> {
        match Self::set_cell(s) {
            Some(c) => self.set_add_to(c, key),
            None => Ok(()),
        }
    }
    /// `set.discard`: whether the key was present.
    pub fn set_discard(&mut self, s: &ObjRef, key: &Value) -> PyResult<bool> {
        let Some(cell) = Self::set_cell(s) else {
            return Ok(false);
        };
        let hash = self.hash(key)?;
        match self.set_find_with(&|| cell.borrow(), key, hash)? {
            Scan::Found(slot) => {
                let removed = cell.borrow_mut().remove_at(slot);
                drop(removed);
                Ok(true)
            }
            _ => Ok(false),
        }
    }
    /// Build a table from any iterable, with CPython's `set_update_internal` order.
    pub fn set_update_table(&mut self, cell: &RefCell<SetTable>, iterable: &Value) -> PyResult<()> {
        if let Value::Obj(o) = iterable {
            let other = Self::any_set_cell(o).map(|c| c.borrow().clone());
            if let Some(other) = other {
                if cell.borrow().can_merge_clean() {
                    cell.borrow_mut().merge_into_empty(&other);
                    return Ok(());
                }
                cell.borrow_mut().reserve_for_merge(other.len());
                for (h, k) in other.iter() {
                    self.set_add_hashed(cell, k.clone(), h)?;
                }
                return Ok(());
            }
            if let Payload::Dict(d) = &o.payload {
                let entries: Vec<(i64, Value)> =
                    d.borrow().iter().map(|e| (e.hash, e.key.clone())).collect();
                for (h, k) in entries {
                    self.set_add_hashed(cell, k, h)?;
                }
                return Ok(());
            }
        }
        let it = self.iter(iterable)?;
        while let Some(x) = self.next(&it)? {
            self.set_add_to(cell, x)?;
        }
        Ok(())
    }
    pub fn set_items(s: &ObjRef) -> Vec<Value> {
        match Self::any_set_cell(s) {
            Some(c) => c.borrow().iter().map(|(_, k)| k.clone()).collect(),
            None => Vec::new(),
        }
    }
}
