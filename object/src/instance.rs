//! Instance attributes kept inline: CPython 3.11's shared-key layout.
//!
//! Instances of one class nearly always get the same attributes, stored in
//! the same order by the same `__init__`. So the names are kept once, by the
//! type (`TypeObject::shared_keys`, CPython's `ht_cached_keys`), and each
//! instance keeps only the values, by key index
//! (`InstanceData::values`, CPython's split-dict `_dictvalues`).
//! LOAD_ATTR_INSTANCE_VALUE / STORE_ATTR_INSTANCE_VALUE then read and write
//! `values[index]` behind one type-version guard, without hashing or probing
//! a dict.
//!
//! The instance has no dict object until something asks for one
//! (`obj.__dict__`, `vars(obj)`, deleting an attribute, an attribute the
//! inline layout cannot keep in order). Then `Vm::instance_dict`
//! materialises it: a real dict holding the values, set in `Obj::dict`, and
//! from then on the dict is the only storage (the values are emptied).
//!
//! Order invariant: a dict keeps insertion order, and the materialised dict
//! must show the order the attributes were stored in. The values are kept
//! in key-index order, so an inline store is allowed only where it keeps
//! the two orders the same: replacing a present value, or adding a key past
//! the last one present. Adding a key into a gap, deleting, or a type whose
//! shared keys are full (`SHARED_KEYS_MAX`, CPython's
//! `SHARED_KEYS_MAX_SIZE`) materialises the dict first.

use crate::attr::name_str;
use crate::dict::Dict;
use crate::object::{InstanceData, Obj, ObjRef, Payload};
use crate::pystr::PyStr;
use crate::typeobj::{flags, tdata, TypeObject};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// The most names a type keeps as shared keys; instances storing more
/// attributes than this get a dict.
pub const SHARED_KEYS_MAX: usize = 30;

#[inline(always)]
fn key_bit(hash: i64) -> u64 {
    1 << (hash as u64 & 63)
}

impl TypeObject {
    /// The index of `name` among the shared keys: by identity (names from
    /// code and stored keys are interned), else by text.
    #[inline]
    pub fn shared_key_index(&self, name: &PyStr) -> Option<usize> {
        let hash = name.hash();
        if self.shared_keys_bits.get() & key_bit(hash) == 0 {
            return None;
        }
        let keys = self.shared_keys.borrow();
        keys.iter()
            .position(|k| std::ptr::eq(name_str(k), name))
            .or_else(|| {
                keys.iter().position(|k| {
                    let k = name_str(k);
                    k.hash() == hash && k.as_str() == name.as_str()
                })
            })
    }

    /// The index of the interned name `name`, added as a new shared key
    /// when absent; None when the keys are full.
    pub fn shared_key_or_add(&self, name: &ObjRef) -> Option<usize> {
        let n = name_str(name);
        if let Some(i) = self.shared_key_index(n) {
            return Some(i);
        }
        let mut keys = self.shared_keys.borrow_mut();
        if keys.len() >= SHARED_KEYS_MAX {
            return None;
        }
        keys.push(name.clone());
        self.shared_keys_bits
            .set(self.shared_keys_bits.get() | key_bit(n.hash()));
        Some(keys.len() - 1)
    }

    /// Whether shared key `index` is the very object `name`.
    #[inline]
    pub fn shared_key_is(&self, index: usize, name: &ObjRef) -> bool {
        self.shared_keys
            .borrow()
            .get(index)
            .is_some_and(|k| Rc::ptr_eq(k, name))
    }
}

/// The inline storage of `o` while its attributes live there: a user class
/// instance whose dict has not been materialised.
#[inline]
pub fn inline_storage(o: &Obj) -> Option<&InstanceData> {
    match &o.payload {
        Payload::Instance(data) if o.dict.get().is_none() => Some(data),
        _ => None,
    }
}

/// LOAD_ATTR_INSTANCE_VALUE's read: the value at `index`, None when the
/// instance lacks it (or its dict was materialised: the values are empty).
#[inline(always)]
pub fn value_at(data: &InstanceData, index: usize) -> Option<Value> {
    // SAFETY: `try_borrow_unguarded` fails while the values are mutably
    // borrowed, and nothing borrows them mutably before this returns: the
    // code below reads one element and clones it (a reference count
    // increment, which runs no code); no reference outlives the call.
    let values = unsafe { data.values.try_borrow_unguarded() }.ok()?;
    match values.get(index) {
        Some(Value::Null) | None => None,
        Some(v) => Some(v.clone()),
    }
}

/// STORE_ATTR_INSTANCE_VALUE's write of `value` at `index`: replaces a
/// present value, or adds the key past the last one present. Hands the
/// value back when neither applies (a gap: the order invariant needs the
/// dict) or the dict is materialised.
pub fn store_at(o: &Obj, data: &InstanceData, index: usize, value: Value) -> Result<(), Value> {
    let Ok(mut values) = data.values.try_borrow_mut() else {
        return Err(value);
    };
    match values.get_mut(index) {
        Some(Value::Null) => Err(value),
        Some(slot) => {
            let old = std::mem::replace(slot, value);
            // Dropped after the borrow ends: freeing an object may run code.
            drop(values);
            drop(old);
            Ok(())
        }
        None if o.dict.get().is_some() => Err(value),
        None => {
            values.resize(index, Value::Null);
            values.push(value);
            Ok(())
        }
    }
}

/// The attribute `name` of `o` from its instance storage, inline or dict
/// (no descriptors, no Python code).
pub fn own_attr(o: &Obj, name: &PyStr) -> Option<Value> {
    if let Some(d) = o.dict.get() {
        let dict = d.as_dict()?.borrow();
        return dict.get_str(name.hash(), name.as_str()).cloned();
    }
    let Payload::Instance(data) = &o.payload else {
        return None;
    };
    let index = tdata(o.ty.as_ref()?).shared_key_index(name)?;
    value_at(data, index)
}

/// Whether `o`'s own storage has the interned name `name`: the guard that
/// an instance does not shadow a cached class attribute or method.
#[inline]
pub fn has_own_attr(o: &Obj, name: &ObjRef) -> bool {
    let n = name_str(name);
    match o.dict.get() {
        Some(d) => d.as_dict().is_some_and(|d| {
            let d = d.borrow();
            !d.is_empty() && d.get_str(n.hash(), n.as_str()).is_some()
        }),
        None => match (&o.payload, &o.ty) {
            (Payload::Instance(data), Some(tp)) => tdata(tp)
                .shared_key_index(n)
                .is_some_and(|i| value_at(data, i).is_some()),
            _ => false,
        },
    }
}

impl Vm {
    /// The dict of `o`, materialised from its inline values when it has
    /// none yet (an empty dict for an object without values). The caller
    /// has checked that `o` may have a dict.
    pub fn materialize_dict(&self, o: &Obj) -> ObjRef {
        if let Some(d) = o.dict.get() {
            return d.clone();
        }
        let values = match &o.payload {
            Payload::Instance(data) => std::mem::take(&mut *data.values.borrow_mut()),
            _ => Vec::new(),
        };
        let mut dict = Dict::with_capacity(values.len());
        if !values.is_empty() {
            if let Some(tp) = &o.ty {
                let keys = tdata(tp).shared_keys.borrow();
                for (key, value) in keys.iter().zip(values) {
                    if !value.is_null() {
                        dict.insert_new(name_str(key).hash(), Value::Obj(key.clone()), value);
                    }
                }
            }
        }
        let d = Obj::new(&self.types.dict, Payload::Dict(RefCell::new(dict)));
        o.dict.get_or_init(|| d).clone()
    }

    /// `PyObject_GenericSetAttr`'s store into the inline values of `o`
    /// (an instance whose type has dicts), keyed by the interned `name`.
    /// Hands the value back when the inline layout cannot take it; the
    /// caller then stores into the materialised dict.
    pub fn store_inline(&self, o: &Obj, name: &ObjRef, value: Value) -> Result<(), Value> {
        let (Some(data), Some(tp)) = (inline_storage(o), &o.ty) else {
            return Err(value);
        };
        let td = tdata(tp);
        if !td.has_flag(flags::HAS_DICT) {
            return Err(value);
        }
        match td.shared_key_or_add(name) {
            Some(index) => store_at(o, data, index, value),
            None => Err(value),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn instance(vm: &Vm) -> (ObjRef, ObjRef) {
        let ty = vm.types.object.clone();
        let td = tdata(&ty);
        let o = Obj::new(&ty, Payload::Instance(InstanceData::new(td)));
        (ty, o)
    }

    #[test]
    fn store_keeps_insertion_order_or_refuses() {
        let vm = Vm::new();
        let (_, o) = instance(&vm);
        let Payload::Instance(data) = &o.payload else {
            unreachable!()
        };
        // Adding past the end pads the gap with NULLs.
        assert!(store_at(&o, data, 2, Value::Int(7)).is_ok());
        assert_eq!(data.values.borrow().len(), 3);
        assert!(value_at(data, 0).is_none());
        assert!(matches!(value_at(data, 2), Some(Value::Int(7))));
        // Filling the gap would put key 0 before key 2 in the dict while it
        // was stored after it: refused.
        assert!(matches!(
            store_at(&o, data, 0, Value::Int(1)),
            Err(Value::Int(1))
        ));
        // Replacing a present value is fine.
        assert!(store_at(&o, data, 2, Value::Int(8)).is_ok());
        assert!(matches!(value_at(data, 2), Some(Value::Int(8))));
    }

    #[test]
    fn unguarded_read_fails_while_values_are_borrowed_mutably() {
        let vm = Vm::new();
        let (_, o) = instance(&vm);
        let Payload::Instance(data) = &o.payload else {
            unreachable!()
        };
        assert!(store_at(&o, data, 0, Value::Int(1)).is_ok());
        let guard = data.values.borrow_mut();
        assert!(value_at(data, 0).is_none());
        drop(guard);
        assert!(matches!(value_at(data, 0), Some(Value::Int(1))));
    }

    #[test]
    fn materialised_dict_holds_the_values_and_takes_over() {
        let mut vm = Vm::new();
        let ty = vm.types.object.clone();
        let td = tdata(&ty);
        let x = vm.intern("x");
        let y = vm.intern("y");
        let ix = td.shared_key_or_add(&x).unwrap();
        let iy = td.shared_key_or_add(&y).unwrap();
        assert_eq!(td.shared_key_or_add(&x), Some(ix));
        let o = Obj::new(&ty, Payload::Instance(InstanceData::new(td)));
        let Payload::Instance(data) = &o.payload else {
            unreachable!()
        };
        assert!(store_at(&o, data, iy, Value::Int(2)).is_ok());
        let d = vm.materialize_dict(&o);
        assert!(data.values.borrow().is_empty());
        assert!(Rc::ptr_eq(o.dict.get().unwrap(), &d));
        let keys = d.as_dict().unwrap().borrow().keys();
        assert_eq!(keys.len(), 1);
        assert!(keys[0].is(&Value::Obj(y.clone())));
        // Once materialised, nothing is stored inline any more.
        assert!(store_at(&o, data, iy + 1, Value::Int(3)).is_err());
        assert!(matches!(own_attr(&o, name_str(&y)), Some(Value::Int(2))));
        assert!(own_attr(&o, name_str(&x)).is_none());
    }
}
