//! The abstract object protocol (CPython's `object.c` / `abstract.c`): repr, str,
//! hash, comparison, truth, length, items, containment and iteration, each
//! dispatched through the operand's type slots.

use crate::error::PyResult;
use crate::hash;
use crate::object::{ObjRef, Payload};
use crate::typeobj::{is_subtype, CompareOp};
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

impl Vm {
    /// `PyObject_Repr`: the result must be a str.
    pub fn repr(&mut self, v: &Value) -> PyResult<ObjRef> {
        if let Value::Int(i) = v {
            return Ok(self.new_str_obj(i.to_string()));
        }
        let f = self.type_data(v).slots.repr.get();
        let r = match f {
            Some(f) => {
                self.check_native_stack()?;
                // CPython 3.11 reports this recursion from the call it makes inside repr().
                self.enter_call_in(" while calling a Python object")?;
                let r = f(self, v);
                self.leave_call();
                r?
            }
            None => return Ok(self.new_str_obj(self.default_repr(v))),
        };
        match &r {
            Value::Obj(o) if o.as_str().is_some() => Ok(o.clone()),
            _ => Err(self.type_error(format!(
                "__repr__ returned non-string (type {})",
                self.type_name(&r)
            ))),
        }
    }
    /// `<C object at 0x...>`.
    pub fn default_repr(&self, v: &Value) -> String {
        let t = self.type_of(v);
        let module = self.type_module_name(t);
        let q = crate::typeobj::tdata(t).qualname.borrow().clone();
        match module {
            Some(m) if m != "builtins" => format!("<{m}.{q} object at {:#x}>", v.id()),
            _ => format!("<{q} object at {:#x}>", v.id()),
        }
    }
    /// The `__module__` of a type, when it is a str.
    pub fn type_module_name(&self, t: &ObjRef) -> Option<String> {
        let td = crate::typeobj::tdata(t);
        let m = td.own_lookup_str("__module__")?;
        m.as_obj()?.as_str().map(|s| s.as_str().to_string())
    }
    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        Ok(self
            .repr(v)?
            .as_str()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default())
    }
    /// `PyObject_Str`.
    pub fn str(&mut self, v: &Value) -> PyResult<ObjRef> {
        if let Value::Obj(o) = v {
            if o.as_str().is_some()
                && o.ty
                    .as_ref()
                    .is_some_and(|t| Rc::ptr_eq(t, &self.types.str))
            {
                return Ok(o.clone());
            }
        }
        if let Value::Int(i) = v {
            return Ok(self.new_str_obj(i.to_string()));
        }
        let f = self.type_data(v).slots.str.get();
        let r = match f {
            Some(f) => {
                self.check_native_stack()?;
                self.enter_call()?;
                let r = f(self, v);
                self.leave_call();
                r?
            }
            None => return self.repr(v),
        };
        match &r {
            Value::Obj(o) if o.as_str().is_some() => Ok(o.clone()),
            _ => Err(self.type_error(format!(
                "__str__ returned non-string (type {})",
                self.type_name(&r)
            ))),
        }
    }
    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        Ok(self
            .str(v)?
            .as_str()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default())
    }

    /// `PyObject_Format`: `type(v).__format__(v, spec)`, which must return a str.
    pub fn format(&mut self, v: &Value, spec: &Value) -> PyResult {
        static FORMAT: crate::typeobj::Dunder = crate::typeobj::Dunder::new("__format__");
        match crate::slotdefs::call_dunder_key(self, v, &FORMAT, std::slice::from_ref(spec))? {
            Some(r) if r.as_obj().and_then(|o| o.as_str()).is_some() => Ok(r),
            Some(r) => Err(self.type_error(format!(
                "__format__ must return a str, not {}",
                self.type_name(&r)
            ))),
            None => Err(self.type_error(format!(
                "Type {} doesn't define __format__",
                self.type_name(v)
            ))),
        }
    }

    /// `PyObject_Hash`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => return Ok(hash::hash_i64(*i)),
            Value::Bool(b) => return Ok(**b as i64),
            Value::Float(f) => {
                return Ok(hash::hash_f64(**f).unwrap_or_else(|| hash::hash_pointer(v.id())))
            }
            Value::None | Value::Null => return Ok(hash::hash_pointer(v.id())),
            Value::Obj(o) => {
                if let Payload::Str(s) = &o.payload {
                    if o.ty
                        .as_ref()
                        .is_some_and(|t| Rc::ptr_eq(t, &self.types.str))
                    {
                        return Ok(s.hash());
                    }
                }
            }
        }
        let td = self.type_data(v);
        match td.slots.hash.get() {
            Some(f) if !td.slots.hash_none.get() => {
                self.check_native_stack()?;
                f(self, v)
            }
            _ => Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v)))),
        }
    }

    /// `PyObject_RichCompare`, with CPython's reflected-operand priority rule.
    pub fn rich_compare(&mut self, v: &Value, w: &Value, op: CompareOp) -> PyResult {
        if let Some(r) = fast_compare(v, w, op) {
            return Ok(Value::bool(r));
        }
        if let Some(r) = self.exact_tuples_compare(v, w, op) {
            return r;
        }
        self.check_native_stack()?;
        let tv = self.type_of(v).clone();
        let tw = self.type_of(w).clone();
        let fv = crate::typeobj::tdata(&tv).slots.richcompare.get();
        let fw = crate::typeobj::tdata(&tw).slots.richcompare.get();
        let mut checked_reverse = false;
        if !Rc::ptr_eq(&tv, &tw) && is_subtype(&tw, &tv) {
            if let Some(f) = fw {
                checked_reverse = true;
                let r = f(self, w, v, op.swapped())?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = fv {
            let r = f(self, v, w, op)?;
            if !r.is(&self.not_implemented) {
                return Ok(r);
            }
        }
        self.rich_compare_rest(v, w, op, checked_reverse)
    }

    /// Two exact tuples whose items up to the first difference compare
    /// without Python code (`fast_eq`): `tuplerichcompare` inline, without
    /// the slot dispatch. None when an item needs a Python `__eq__` (the
    /// caller starts over through the slot; `fast_eq` had no effects).
    fn exact_tuples_compare(&mut self, v: &Value, w: &Value, op: CompareOp) -> Option<PyResult> {
        let (Value::Obj(a), Value::Obj(b)) = (v, w) else {
            return None;
        };
        let (Payload::Tuple(x), Payload::Tuple(y)) = (&a.payload, &b.payload) else {
            return None;
        };
        let tuple = &self.types.tuple;
        if !a.ty.as_ref().is_some_and(|t| Rc::ptr_eq(t, tuple))
            || !b.ty.as_ref().is_some_and(|t| Rc::ptr_eq(t, tuple))
        {
            return None;
        }
        for (p, q) in x.iter().zip(y.iter()) {
            if fast_eq(p, q)? {
                continue;
            }
            return Some(match op {
                CompareOp::Eq => Ok(Value::FALSE),
                CompareOp::Ne => Ok(Value::TRUE),
                _ => match fast_compare(p, q, op) {
                    Some(r) => Ok(Value::bool(r)),
                    None => self.rich_compare(p, q, op),
                },
            });
        }
        Some(Ok(Value::bool(op.apply(&x.len(), &y.len()))))
    }

    /// The end of `do_richcompare`, once `v`'s own method declined
    /// (NotImplemented): `w`'s reflected method unless it was tried first,
    /// then identity for `==`/`!=`, else TypeError. The eval loop calls it
    /// when a comparison method it ran inline returned NotImplemented.
    pub fn rich_compare_rest(
        &mut self,
        v: &Value,
        w: &Value,
        op: CompareOp,
        checked_reverse: bool,
    ) -> PyResult {
        let tv = self.type_of(v).clone();
        let tw = self.type_of(w).clone();
        let fw = crate::typeobj::tdata(&tw).slots.richcompare.get();
        if !checked_reverse {
            if let Some(f) = fw {
                let r = f(self, w, v, op.swapped())?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        match op {
            CompareOp::Eq => Ok(Value::bool(v.is(w))),
            CompareOp::Ne => Ok(Value::bool(!v.is(w))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                crate::typeobj::tdata(&tv).name(),
                crate::typeobj::tdata(&tw).name()
            ))),
        }
    }
    /// `PyObject_RichCompareBool`: identity implies equality.
    pub fn compare_bool(&mut self, v: &Value, w: &Value, op: CompareOp) -> PyResult<bool> {
        // Identity implies equality; an inline float is "the same object" as
        // another with the same bits, so `n in [n]` holds for a NaN too.
        if v.is(w) {
            match op {
                CompareOp::Eq => return Ok(true),
                CompareOp::Ne => return Ok(false),
                _ => {}
            }
        }
        let r = self.rich_compare(v, w, op)?;
        self.truthy(&r)
    }
    #[inline]
    pub fn eq(&mut self, v: &Value, w: &Value) -> PyResult<bool> {
        if let Some(r) = fast_eq(v, w) {
            return Ok(r);
        }
        self.compare_bool(v, w, CompareOp::Eq)
    }

    /// `PyObject_IsTrue`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::None | Value::Null => return Ok(false),
            Value::Bool(b) => return Ok(**b),
            Value::Int(i) => return Ok(*i != 0),
            Value::Float(f) => return Ok(**f != 0.0),
            Value::Obj(o) => match &o.payload {
                Payload::Str(s)
                    if o.ty
                        .as_ref()
                        .is_some_and(|t| Rc::ptr_eq(t, &self.types.str)) =>
                {
                    return Ok(s.char_len() > 0)
                }
                Payload::List(l)
                    if o.ty
                        .as_ref()
                        .is_some_and(|t| Rc::ptr_eq(t, &self.types.list)) =>
                {
                    return Ok(!l.borrow().is_empty())
                }
                _ => {}
            },
        }
        let td = self.type_data(v);
        if let Some(f) = td.slots.bool.get() {
            return f(self, v);
        }
        if let Some(f) = td.slots.len.get() {
            return Ok(f(self, v)? > 0);
        }
        Ok(true)
    }

    /// `PyObject_Size`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Some(n) = builtin_len(v) {
            return Ok(n);
        }
        match self.type_data(v).slots.len.get() {
            Some(f) => f(self, v),
            None => Err(self.type_error(format!(
                "object of type '{}' has no len()",
                self.type_name(v)
            ))),
        }
    }

    /// `PyObject_GetItem`, including `__class_getitem__` on classes.
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult {
        if let Some(f) = self.type_data(obj).slots.getitem.get() {
            return f(self, obj, key);
        }
        if self.is_type(obj) {
            if obj
                .as_obj()
                .is_some_and(|o| Rc::ptr_eq(o, &self.types.type_))
            {
                if let Some(f) = self.registry.get("type_getitem").cloned() {
                    return self.call(&f, std::slice::from_ref(key), None);
                }
            }
            if let Some(m) = self.lookup_attr_opt(obj, "__class_getitem__")? {
                return self.call(&m, std::slice::from_ref(key), None);
            }
            return Err(self.type_error(format!(
                "type '{}' is not subscriptable",
                obj.as_obj()
                    .and_then(|o| o.as_type())
                    .map(|t| t.name())
                    .unwrap_or_default()
            )));
        }
        Err(self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(obj)
        )))
    }
    pub fn setitem(&mut self, obj: &Value, key: &Value, value: &Value) -> PyResult<()> {
        match self.type_data(obj).slots.setitem.get() {
            Some(f) => f(self, obj, key, Some(value)),
            None => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            ))),
        }
    }
    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match self.type_data(obj).slots.setitem.get() {
            Some(f) => f(self, obj, key, None),
            None => Err(self.type_error(format!(
                "'{}' object doesn't support item deletion",
                self.type_name(obj)
            ))),
        }
    }

    /// `PySequence_Contains`: the `in` operator (falls back to iteration).
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(f) = self.type_data(container).slots.contains.get() {
            return f(self, container, item);
        }
        if self.type_data(container).slots.iter.get().is_none()
            && self.type_data(container).slots.getitem.get().is_none()
        {
            return Err(self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            )));
        }
        let it = self.iter(container)?;
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `PyObject_GetIter`.
    pub fn iter(&mut self, v: &Value) -> PyResult {
        let td = self.type_data(v);
        if let Some(f) = td.slots.iter.get() {
            let it = f(self, v)?;
            if self.type_data(&it).slots.next.get().is_none() {
                return Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    self.type_name(&it)
                )));
            }
            return Ok(it);
        }
        if td.slots.getitem.get().is_some() && !td.has_flag(crate::typeobj::flags::DICT_SUBCLASS) {
            return Ok(self.new_seq_iter(v.clone()));
        }
        Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v))))
    }
    /// A `iterator` over a `__getitem__` sequence.
    pub fn new_seq_iter(&self, seq: Value) -> Value {
        Value::Obj(crate::object::Obj::new(
            &self.types.seq_iterator,
            Payload::Iter(crate::iter::IterData::Seq {
                seq: std::cell::RefCell::new(Some(seq)),
                index: std::cell::Cell::new(0),
            }),
        ))
    }
    /// `tp_iternext` for consumers that only need the items (for loops,
    /// `list(it)`): `Ok(None)` when exhausted, a StopIteration raised by the
    /// iterator counts as exhaustion too (like FOR_ITER clearing it).
    #[inline]
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match self.type_data(it).slots.next.get() {
            Some(f) => match f(self, it) {
                Err(e) if self.is_instance_of(&e.value(), &self.exc.stop_iteration.clone()) => {
                    Ok(None)
                }
                r => r,
            },
            None => Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            ))),
        }
    }
    /// Collect an iterable into a Vec (`PySequence_List` without the list).
    pub fn collect(&mut self, iterable: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = iterable {
            if is_plain(o) {
                match &o.payload {
                    Payload::List(l) => return Ok(l.borrow().clone()),
                    Payload::Tuple(t) => return Ok(t.to_vec()),
                    _ => {}
                }
            }
        }
        let it = self.iter(iterable)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }
}

/// Equality of built-in values decided without running Python code; None when
/// a Python `__eq__` may be involved.
#[inline]
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Float(x), Value::Float(y)) => Some(**x == **y || x.to_bits() == y.to_bits()),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
            Some(crate::number::int_float_eq(*x, **y))
        }
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => Some(**x as i64 == *y),
        (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => {
            Some(**x as i64 as f64 == **y)
        }
        (Value::None, Value::None) => Some(true),
        (Value::None, Value::Int(_) | Value::Float(_) | Value::Bool(_))
        | (Value::Int(_) | Value::Float(_) | Value::Bool(_), Value::None) => Some(false),
        (Value::Obj(x), Value::Obj(y)) => {
            if Rc::ptr_eq(x, y) {
                // Identity implies equality for containers' lookups; NaN objects are
                // inline floats, never here.
                return Some(true);
            }
            match (&x.payload, &y.payload) {
                (Payload::Str(s), Payload::Str(t)) if is_plain(x) && is_plain(y) => {
                    Some(s.as_str() == t.as_str())
                }
                (Payload::Int(s), Payload::Int(t)) if is_plain(x) && is_plain(y) => Some(s == t),
                _ => None,
            }
        }
        (Value::Null, _) | (_, Value::Null) => Some(a.is(b)),
        (Value::Obj(x), _) | (_, Value::Obj(x)) => match &x.payload {
            Payload::Str(_) | Payload::Tuple(_) | Payload::List(_) | Payload::Dict(_)
                if is_plain(x) =>
            {
                Some(false)
            }
            _ => None,
        },
    }
}

/// `len()` of a list, tuple, str or dict of a builtin type, read directly
/// (no `__len__` can have been overridden). The eval loop's CALL_NO_KW_LEN
/// uses it too.
#[inline]
pub fn builtin_len(v: &Value) -> Option<usize> {
    let Value::Obj(o) = v else {
        return None;
    };
    if !is_plain(o) {
        return None;
    }
    match &o.payload {
        Payload::List(l) => Some(l.borrow().len()),
        Payload::Tuple(t) => Some(t.len()),
        Payload::Str(s) => Some(s.char_len()),
        Payload::Dict(d) => Some(d.borrow().len()),
        _ => None,
    }
}

/// An object whose type is a built-in one (not made by a class statement):
/// its slots and methods are the Rust ones and cannot have been overridden.
#[inline]
pub fn is_plain(o: &ObjRef) -> bool {
    o.ty.as_ref()
        .is_some_and(|t| !crate::typeobj::tdata(t).has_flag(crate::typeobj::flags::HEAPTYPE))
}

#[inline]
fn fast_compare(v: &Value, w: &Value, op: CompareOp) -> Option<bool> {
    match (v, w) {
        (Value::Int(a), Value::Int(b)) => Some(op.apply(a, b)),
        (Value::Float(a), Value::Float(b)) => Some(op.apply(&**a, &**b)),
        // Code point order is UTF-8 byte order.
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t)) if is_plain(x) && is_plain(y) => {
                Some(op.apply(s.as_str(), t.as_str()))
            }
            _ => None,
        },
        _ => None,
    }
}
