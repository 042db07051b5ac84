//! Attribute access: the generic getattr/setattr with data and non-data
//! descriptors (`PyObject_GenericGetAttr`), type attribute lookup through the
//! metatype, module attributes, and `super`.

use crate::error::PyResult;
use crate::object::{ObjRef, Payload};
use crate::pystr::PyStr;
use crate::typeobj::{flags, tdata, type_lookup};
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

#[inline]
pub fn name_str(name: &ObjRef) -> &PyStr {
    match &name.payload {
        Payload::Str(s) => s,
        _ => unreachable!("attribute names are str objects"),
    }
}

impl Vm {
    /// `PyObject_GetAttr`.
    #[inline]
    pub fn getattr(&mut self, obj: &Value, name: &ObjRef) -> PyResult {
        match self.type_data(obj).slots.getattro.get() {
            Some(f) => f(self, obj, name),
            None => self.generic_getattr(obj, name),
        }
    }
    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult {
        let n = self.intern(name);
        self.getattr(obj, &n)
    }
    /// `_PyObject_LookupAttr`: None instead of AttributeError.
    pub fn lookup_attr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.getattr_str(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_instance_of(&e.value(), &self.exc.attribute_error.clone()) => {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
    /// `PyObject_SetAttr`.
    pub fn setattr(&mut self, obj: &Value, name: &ObjRef, value: &Value) -> PyResult<()> {
        match self.type_data(obj).slots.setattro.get() {
            Some(f) => f(self, obj, name, Some(value)),
            None => self.generic_setattr(obj, name, Some(value)),
        }
    }
    pub fn delattr(&mut self, obj: &Value, name: &ObjRef) -> PyResult<()> {
        match self.type_data(obj).slots.setattro.get() {
            Some(f) => f(self, obj, name, None),
            None => self.generic_setattr(obj, name, None),
        }
    }

    /// The instance dict of `obj`, created on first use when its type has
    /// dicts (materialised from the inline values: see instance.rs).
    pub fn instance_dict(&self, obj: &Value) -> Option<ObjRef> {
        let o = obj.as_obj()?;
        if let Some(d) = o.dict.get() {
            return Some(d.clone());
        }
        let has = match &o.ty {
            Some(t) => tdata(t).has_flag(flags::HAS_DICT),
            None => false,
        };
        has.then(|| self.materialize_dict(o))
    }

    /// `PyObject_GenericGetAttr`.
    pub fn generic_getattr(&mut self, obj: &Value, name: &ObjRef) -> PyResult {
        let n = name_str(name);
        let tp = self.type_of(obj).clone();
        let descr = type_lookup(&tp, n);
        if let Some(d) = &descr {
            let dt = self.type_data(d);
            if let (Some(get), Some(_)) = (dt.slots.descr_get.get(), dt.slots.descr_set.get()) {
                return get(self, d, Some(obj), &Value::Obj(tp));
            }
        }
        if let Value::Obj(o) = obj {
            if let Some(v) = crate::instance::own_attr(o, n) {
                return Ok(v);
            }
        }
        if let Some(d) = descr {
            if let Some(get) = self.type_data(&d).slots.descr_get.get() {
                return get(self, &d, Some(obj), &Value::Obj(tp));
            }
            return Ok(d);
        }
        Err(self.attribute_error_for(obj, n.as_str()))
    }

    /// `PyObject_GenericSetAttr` (value None deletes).
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        name: &ObjRef,
        value: Option<&Value>,
    ) -> PyResult<()> {
        let n = name_str(name);
        let tp = self.type_of(obj).clone();
        let descr = type_lookup(&tp, n);
        if let Some(d) = &descr {
            if let Some(set) = self.type_data(d).slots.descr_set.get() {
                return set(self, d, obj, value);
            }
        }
        // Keys of instance dicts are interned, as CPython's PyObject_SetAttr
        // does: attribute names compiled into code are the same objects, so
        // inline caches compare pointers instead of strings.
        let value = match (obj, value) {
            (Value::Obj(o), Some(v)) => {
                let key = self.intern(n.as_str());
                match self.store_inline(o, &key, v.clone()) {
                    Ok(()) => return Ok(()),
                    Err(v) => Some((key, v)),
                }
            }
            (_, Some(v)) => Some((self.intern(n.as_str()), v.clone())),
            (_, None) => None,
        };
        match self.instance_dict(obj) {
            Some(dict) => match value {
                Some((key, v)) => self.dict_set(&dict, Value::Obj(key), v),
                None => {
                    if self.dict_del(&dict, &Value::Obj(name.clone()))?.is_none() {
                        return Err(self.attribute_error_for(obj, n.as_str()));
                    }
                    Ok(())
                }
            },
            None => {
                let tn = tdata(&tp).name();
                if descr.is_some() {
                    Err(self.new_error(
                        &self.exc.attribute_error.clone(),
                        format!("'{tn}' object attribute '{}' is read-only", n.as_str()),
                    ))
                } else {
                    Err(self.attribute_error_for(obj, n.as_str()))
                }
            }
        }
    }

    /// `type_getattro`: the metatype's data descriptors, then the MRO of the
    /// type itself (binding with `obj = None`), then the metatype's other attributes.
    pub fn type_getattr(&mut self, ty: &Value, name: &ObjRef) -> PyResult {
        let n = name_str(name);
        let meta = self.type_of(ty).clone();
        let meta_attr = type_lookup(&meta, n);
        let mut meta_get = None;
        if let Some(ma) = &meta_attr {
            let mt = self.type_data(ma);
            meta_get = mt.slots.descr_get.get();
            if let (Some(get), Some(_)) = (meta_get, mt.slots.descr_set.get()) {
                return get(self, ma, Some(ty), &Value::Obj(meta));
            }
        }
        let Value::Obj(t) = ty else { unreachable!() };
        if let Some(attr) = type_lookup(t, n) {
            if let Some(get) = self.type_data(&attr).slots.descr_get.get() {
                return get(self, &attr, None, ty);
            }
            return Ok(attr);
        }
        if let Some(ma) = meta_attr {
            if let Some(get) = meta_get {
                return get(self, &ma, Some(ty), &Value::Obj(meta));
            }
            return Ok(ma);
        }
        Err(self.attribute_error_for(ty, n.as_str()))
    }

    /// Whether `v`'s type has `__get__` or `__set__`: a descriptor takes part
    /// in attribute lookup, a plain value does not.
    pub fn is_descriptor(&self, v: &Value) -> bool {
        let slots = &self.type_data(v).slots;
        slots.descr_get.get().is_some() || slots.descr_set.get().is_some()
    }

    /// `type_setattro`: static types refuse; heap types store into their dict and
    /// rewire the slots when a dunder changes.
    pub fn type_setattr(
        &mut self,
        ty: &Value,
        name: &ObjRef,
        value: Option<&Value>,
    ) -> PyResult<()> {
        let n = name_str(name);
        let Value::Obj(t) = ty else { unreachable!() };
        let td = tdata(t);
        if !td.has_flag(flags::HEAPTYPE) {
            return Err(self.type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                n.as_str(),
                td.name()
            )));
        }
        let meta = self.type_of(ty).clone();
        if let Some(d) = type_lookup(&meta, n) {
            if let Some(set) = self.type_data(&d).slots.descr_set.get() {
                return set(self, &d, ty, value);
            }
        }
        let is_dunder = n.as_str().starts_with("__") && n.as_str().ends_with("__");
        {
            let mut dict = td.dict.borrow_mut();
            let pos = dict.find(n.hash(), |k| matches!(k, Value::Obj(o) if o.as_str().is_some_and(|s| s.as_str() == n.as_str())));
            match (pos, value) {
                (Some(p), Some(v)) => {
                    let data_only = !is_dunder
                        && !self.is_descriptor(v)
                        && dict
                            .entry(p)
                            .is_some_and(|old| !self.is_descriptor(&old.value));
                    dict.set_value(p, v.clone());
                    if data_only {
                        drop(dict);
                        td.data_modified(n.hash(), n.as_str());
                        return Ok(());
                    }
                }
                (None, Some(v)) => dict.insert_new(n.hash(), Value::Obj(name.clone()), v.clone()),
                (Some(p), None) => {
                    dict.remove_at(p);
                }
                (None, None) => {
                    drop(dict);
                    return Err(self.new_error(
                        &self.exc.attribute_error.clone(),
                        format!(
                            "type object '{}' has no attribute '{}'",
                            td.name(),
                            n.as_str()
                        ),
                    ));
                }
            }
        }
        td.modified();
        if is_dunder {
            crate::slotdefs::update_slot(self, t, n.as_str());
        }
        Ok(())
    }

    /// Module attribute lookup with the module-level `__getattr__` fallback (PEP 562).
    pub fn module_getattr(&mut self, m: &Value, name: &ObjRef) -> PyResult {
        match self.generic_getattr(m, name) {
            Ok(v) => Ok(v),
            Err(e) => {
                let Value::Obj(o) = m else { return Err(e) };
                if let Some(ga) = self.get_attr_raw(o, "__getattr__") {
                    return self.call(&ga, &[Value::Obj(name.clone())], None);
                }
                Err(e)
            }
        }
    }

    /// `super_getattro`: search the MRO of the instance's type after `start`.
    pub fn super_getattr(&mut self, sup: &Value, name: &ObjRef) -> PyResult {
        let n = name_str(name);
        let Some(Payload::Super(s)) = sup.as_obj().map(|o| &o.payload) else {
            unreachable!()
        };
        let (start, obj, obj_type) = (s.0.clone(), s.1.clone(), s.2.clone());
        if n.as_str() != "__class__" {
            let mro = crate::typeobj::mro_with_self(&obj_type);
            if let Some(i) = mro.iter().position(|t| Rc::ptr_eq(t, &start)) {
                for t in &mro[i + 1..] {
                    if let Some(res) = tdata(t).own_lookup(n) {
                        if let Some(get) = self.type_data(&res).slots.descr_get.get() {
                            let inst = if obj.is(&Value::Obj(obj_type.clone())) {
                                None
                            } else {
                                Some(&obj)
                            };
                            return get(self, &res, inst, &Value::Obj(obj_type.clone()));
                        }
                        return Ok(res);
                    }
                }
            }
        }
        self.generic_getattr(sup, name)
    }
}
