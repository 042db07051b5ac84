//! The `bytes` and `bytearray` types: construction, slots, bytearray mutation
//! and the codecs (utf-8, ascii, latin-1); the str-like methods live in
//! `bytes/methods.rs`, `%`-formatting in `bytes/format.rs`.

mod format;
mod methods;

use crate::types::list::{repeat_count, repeat_vec, seq_fast, ssize_arg};
use crate::types::slice::{
    is_index, normalize_index, seq_key, slice_fields, slice_indices, SeqKey,
};
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;
use taipan_object::call::kw_count;
use taipan_object::class::{add_class_methods, add_methods, set_type_attr};
use taipan_object::function::{MethodDef, NativeFn};
use taipan_object::object::{Obj, ObjRef, Payload};
use taipan_object::pystr::hash_bytes;
use taipan_object::typeobj::{tdata, BinOp};
use taipan_object::{CompareOp, PyResult, Value, Vm};

// ----- access helpers -----

/// The contents of a bytes or bytearray object (a copy for bytearray, whose
/// buffer may change once Python code runs).
pub fn bytes_like(v: &Value) -> Option<Cow<'_, [u8]>> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Bytes(b)) => Some(Cow::Borrowed(b)),
        Some(Payload::ByteArray(b)) => Some(Cow::Owned(b.borrow().clone())),
        _ => None,
    }
}

/// A bytes-like argument, with CPython's "a bytes-like object is required" error.
pub fn buffer_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    bytes_like(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

fn self_data<'a>(vm: &Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    bytes_like(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'bytes' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

pub fn is_bytearray(v: &Value) -> bool {
    matches!(v.as_obj().map(|o| &o.payload), Some(Payload::ByteArray(_)))
}

fn bytearray_cell<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a RefCell<Vec<u8>>> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => Err(vm.type_error(format!(
            "descriptor requires a 'bytearray' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

pub fn new_bytearray(vm: &Vm, data: Vec<u8>) -> Value {
    Value::Obj(Obj::new(
        &vm.types.bytearray,
        Payload::ByteArray(RefCell::new(data)),
    ))
}

/// A result of the same kind as `like`: bytearray for bytearray, else bytes.
fn new_like(vm: &Vm, like: &Value, data: Vec<u8>) -> Value {
    if is_bytearray(like) {
        new_bytearray(vm, data)
    } else {
        vm.new_bytes(data)
    }
}

/// Like `_getbytevalue`: an int in range(256) for bytearray item stores.
fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = match v {
        Value::Int(i) => *i,
        _ => {
            let r = vm.index(v)?;
            taipan_object::number::as_i64(&r).unwrap_or(-1)
        }
    };
    u8::try_from(i).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

/// The items of an iterable of ints, as bytes (`_PyBytes_FromIterator`);
/// `msg` is the range error ("bytes must be ..." or "byte must be ...").
fn bytes_from_ints(vm: &mut Vm, items: &Value, msg: &str) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let mut push = |vm: &mut Vm, x: &Value| -> PyResult<()> {
        let i = match x {
            Value::Int(i) => *i,
            _ => {
                let r = vm.index(x)?;
                taipan_object::number::as_i64(&r).unwrap_or(-1)
            }
        };
        out.push(u8::try_from(i).map_err(|_| vm.value_error(msg.to_string()))?);
        Ok(())
    };
    for x in crate::types::list::collect_items(vm, items)? {
        push(vm, &x)?;
    }
    Ok(out)
}

/// Clinic-style keyword parsing with CPython's builtin wording.
pub(crate) fn parse_args(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kwnames: Option<&ObjRef>,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let nkw = kw_count(kwnames);
    let npos = args.len() - nkw;
    if npos + nkw > names.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} {}argument{} ({} given)",
            names.len(),
            if npos == 0 { "keyword " } else { "" },
            if names.len() == 1 { "" } else { "s" },
            npos + nkw
        )));
    }
    let mut out: Vec<Option<Value>> = args[..npos].iter().cloned().map(Some).collect();
    out.resize(names.len(), None);
    if let Some(kn) = kwnames.and_then(|k| k.as_tuple()) {
        for (k, v) in kn.iter().zip(&args[npos..]) {
            let name = crate::util::as_str(k).unwrap_or("");
            match names.iter().position(|n| *n == name) {
                Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
                Some(i) => {
                    return Err(vm.type_error(format!(
                        "argument for {fname}() given by name ('{name}') and position ({})",
                        i + 1
                    )))
                }
                None => {
                    return Err(vm.type_error(format!(
                        "'{name}' is an invalid keyword argument for {fname}()"
                    )))
                }
            }
        }
    }
    for (i, o) in out.iter().enumerate().take(required) {
        if o.is_none() {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

// ----- codecs -----

/// `bytes.decode(encoding, errors)`: the codecs live with `str` (`str.encode`).
pub fn decode_bytes(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    crate::types::str::decode(vm, data, encoding, errors)
}

// ----- construction -----

/// Like `bytes_new_impl` / `bytearray___init___impl`: the bytes for
/// `(source, encoding, errors)`.
fn construct(
    vm: &mut Vm,
    type_name: &str,
    args: &[Value],
    kwnames: Option<&ObjRef>,
) -> PyResult<Vec<u8>> {
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "{type_name}() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let a = parse_args(
        vm,
        type_name,
        args,
        kwnames,
        &["source", "encoding", "errors"],
        0,
    )?;
    let (x, encoding, errors) = (&a[0], &a[1], &a[2]);
    let text_arg = |vm: &Vm, v: &Option<Value>, which: &str| -> PyResult<Option<String>> {
        match v {
            None => Ok(None),
            Some(s) => match crate::util::as_str(s) {
                Some(t) => Ok(Some(t.to_string())),
                None => Err(vm.type_error(format!(
                    "{type_name}() argument '{which}' must be str, not {}",
                    vm.type_name(s)
                ))),
            },
        }
    };
    let encoding = text_arg(vm, encoding, "encoding")?;
    let errors = text_arg(vm, errors, "errors")?;
    let Some(x) = x else {
        if encoding.is_some() || errors.is_some() {
            return Err(vm.type_error(if encoding.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            }));
        }
        return Ok(Vec::new());
    };
    let is_str = crate::util::as_str(x).is_some();
    if let Some(enc) = encoding {
        if crate::util::as_str(x).is_none() {
            return Err(vm.type_error("encoding without a string argument"));
        }
        return crate::types::str::encode(vm, x, &enc, errors.as_deref().unwrap_or("strict"));
    }
    if errors.is_some() {
        return Err(vm.type_error(if is_str {
            "string argument without an encoding"
        } else {
            "errors without a string argument"
        }));
    }
    if let Some(b) = bytes_like(x) {
        return Ok(b.into_owned());
    }
    if type_name == "bytes" {
        if let Some(r) = taipan_object::slotdefs::call_dunder(vm, x, "__bytes__", &[])? {
            return match bytes_like(&r) {
                Some(b) if !is_bytearray(&r) => Ok(b.into_owned()),
                _ => Err(vm.type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    vm.type_name(&r)
                ))),
            };
        }
    }
    if is_str {
        return Err(vm.type_error("string argument without an encoding"));
    }
    if is_index(vm, x) {
        let n = repeat_count(vm, x)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        let mut v = Vec::new();
        v.try_reserve_exact(n as usize)
            .map_err(|_| vm.memory_error())?;
        v.resize(n as usize, 0);
        return Ok(v);
    }
    let iterable =
        vm.type_data(x).slots.iter.get().is_some() || vm.type_data(x).slots.getitem.get().is_some();
    if !iterable {
        return Err(vm.type_error(format!(
            "cannot convert '{}' object to {type_name}",
            vm.type_name(x)
        )));
    }
    let msg = if type_name == "bytes" {
        "bytes must be in range(0, 256)"
    } else {
        "byte must be in range(0, 256)"
    };
    bytes_from_ints(vm, x, msg)
}

fn bytes_new(vm: &mut Vm, cls: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    if args.len() == 1 && kw_count(kwnames) == 0 {
        if let Value::Obj(o) = &args[0] {
            if matches!(o.payload, Payload::Bytes(_))
                && Rc::ptr_eq(cls, &vm.types.bytes)
                && o.ty
                    .as_ref()
                    .is_some_and(|t| Rc::ptr_eq(t, &vm.types.bytes))
            {
                return Ok(args[0].clone());
            }
        }
    }
    let data = construct(vm, "bytes", args, kwnames)?;
    Ok(Value::Obj(Obj::new(
        cls,
        Payload::Bytes(data.into_boxed_slice()),
    )))
}

fn bytearray_new(
    _vm: &mut Vm,
    cls: &ObjRef,
    _args: &[Value],
    _kwnames: Option<&ObjRef>,
) -> PyResult {
    Ok(Value::Obj(Obj::new(
        cls,
        Payload::ByteArray(RefCell::new(Vec::new())),
    )))
}

fn bytearray_init(
    vm: &mut Vm,
    v: &Value,
    args: &[Value],
    kwnames: Option<&ObjRef>,
) -> PyResult<()> {
    let data = construct(vm, "bytearray", args, kwnames)?;
    *bytearray_cell(vm, v)?.borrow_mut() = data;
    Ok(())
}

// ----- slots -----

/// Like `PyBytes_Repr(smartquotes=1)`; bytearray always escapes `'`.
pub fn repr_bytes(data: &[u8], bytearray: bool) -> String {
    let has_sq = data.contains(&b'\'');
    let has_dq = data.contains(&b'"');
    let quote = if bytearray {
        let mut q = b'\'';
        for &c in data {
            if c == b'"' {
                q = b'\'';
                break;
            } else if c == b'\'' {
                q = b'"';
            }
        }
        q
    } else if has_sq && !has_dq {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in data {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\'' if bytearray || quote == b'\'' => out.push_str("\\'"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7e => out.push(c as char),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\x");
                out.push(HEX[(c >> 4) as usize] as char);
                out.push(HEX[(c & 15) as usize] as char);
            }
        }
    }
    out.push(quote as char);
    out
}

fn bytes_repr(vm: &mut Vm, v: &Value) -> PyResult {
    let d = self_data(vm, v)?;
    Ok(vm.new_str(repr_bytes(&d, false)))
}

fn bytearray_repr(vm: &mut Vm, v: &Value) -> PyResult {
    let d = self_data(vm, v)?;
    let name = vm.type_name(v);
    let r = repr_bytes(&d, true);
    Ok(vm.new_str(format!("{name}({r})")))
}

fn bytes_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(hash_bytes(&self_data(vm, v)?))
}

fn bytes_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (bytes_like(a), bytes_like(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    let o = x.as_ref().cmp(y.as_ref());
    use std::cmp::Ordering::*;
    Ok(Value::bool(match op {
        CompareOp::Lt => o == Less,
        CompareOp::Le => o != Greater,
        CompareOp::Eq => o == Equal,
        CompareOp::Ne => o != Equal,
        CompareOp::Gt => o == Greater,
        CompareOp::Ge => o != Less,
    }))
}

fn bytes_len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Bytes(b)) => Ok(b.len()),
        Some(Payload::ByteArray(b)) => Ok(b.borrow().len()),
        _ => Err(vm.type_error("expected bytes")),
    }
}

fn subscript(vm: &mut Vm, v: &Value, key: &Value, what: &str, range_msg: &str) -> PyResult {
    let d = self_data(vm, v)?;
    match seq_key(vm, key, d.len())? {
        SeqKey::Index(i) => Ok(Value::Int(d[i] as i64)),
        SeqKey::OutOfRange => Err(vm.index_error(range_msg.to_string())),
        SeqKey::Slice { start, step, len } => {
            let items = crate::types::list::slice_items(&d, start, step, len);
            Ok(new_like(vm, v, items))
        }
        SeqKey::Other => Err(vm.type_error(format!(
            "{what} indices must be integers or slices, not {}",
            vm.type_name(key)
        ))),
    }
}

fn bytes_subscript(vm: &mut Vm, v: &Value, key: &Value) -> PyResult {
    subscript(vm, v, key, "byte", "index out of range")
}

fn bytearray_subscript(vm: &mut Vm, v: &Value, key: &Value) -> PyResult {
    subscript(vm, v, key, "bytearray", "bytearray index out of range")
}

/// The needle of `in`, `find`, `count`...: an int byte or a bytes-like object.
pub(crate) fn needle(vm: &mut Vm, x: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(x) {
        return Ok(b.into_owned());
    }
    if is_index(vm, x) {
        return Ok(vec![byte_value(vm, x)?]);
    }
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        vm.type_name(x)
    )))
}

fn bytes_contains(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let d = self_data(vm, v)?;
    if let Value::Int(i) = x {
        let b = u8::try_from(*i).map_err(|_| vm.value_error("byte must be in range(0, 256)"))?;
        return Ok(d.contains(&b));
    }
    if bytes_like(x).is_none() && !is_index(vm, x) {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(x)
        )));
    }
    let n = needle(vm, x)?;
    Ok(methods::find_sub(&d, &n, 0, d.len()).is_some())
}

fn bytes_iter(vm: &mut Vm, v: &Value) -> PyResult {
    match v.as_obj() {
        Some(o) => Ok(crate::types::iterators::new_bytes_iter(vm, o)),
        None => Err(vm.type_error("expected bytes")),
    }
}

fn bytes_add(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (Some(x), Some(y)) = (bytes_like(a), bytes_like(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    let mut out = Vec::new();
    out.try_reserve_exact(x.len() + y.len())
        .map_err(|_| vm.memory_error())?;
    out.extend_from_slice(&x);
    out.extend_from_slice(&y);
    Ok(new_like(vm, a, out))
}

fn bytes_mul(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (seq, n) = if bytes_like(a).is_some() && is_index(vm, b) {
        (a, b)
    } else if bytes_like(b).is_some() && is_index(vm, a) {
        (b, a)
    } else {
        return Ok(vm.not_implemented.clone());
    };
    let n = repeat_count(vm, n)?;
    let d = self_data(vm, seq)?;
    if n == 1
        && matches!(seq, Value::Obj(o) if o.ty.as_ref().is_some_and(|t| Rc::ptr_eq(t, &vm.types.bytes)))
    {
        return Ok(seq.clone());
    }
    let out = repeat_vec(vm, &d, n)?;
    Ok(new_like(vm, seq, out))
}

fn bytes_mod(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let Some(fmt) = bytes_like(a) else {
        return Ok(vm.not_implemented.clone());
    };
    let out = format::bytes_format(vm, &fmt, b)?;
    Ok(new_like(vm, a, out))
}

// ----- bytearray mutation -----

fn bytearray_ass_subscript(
    vm: &mut Vm,
    v: &Value,
    key: &Value,
    value: Option<&Value>,
) -> PyResult<()> {
    let cell = bytearray_cell(vm, v)?;
    if slice_fields(key).is_none() {
        if !is_index(vm, key) {
            return Err(vm.type_error(format!(
                "bytearray indices must be integers or slices, not {}",
                vm.type_name(key)
            )));
        }
        let i = vm.index_i64(key)?;
        let byte = match value {
            Some(x) => Some(byte_value(vm, x)?),
            None => None,
        };
        let mut b = cell.borrow_mut();
        let Some(j) = normalize_index(i, b.len()) else {
            return Err(vm.index_error("bytearray index out of range"));
        };
        match byte {
            Some(x) => b[j] = x,
            None => {
                b.remove(j);
            }
        }
        return Ok(());
    }
    let len = cell.borrow().len();
    let (start, stop, step, n) = slice_indices(vm, key, len)?;
    let Some(value) = value else {
        if n == 0 {
            return Ok(());
        }
        let mut b = cell.borrow_mut();
        if step == 1 {
            let s = (start.max(0) as usize).min(b.len());
            let e = (s + n).min(b.len());
            b.drain(s..e);
        } else {
            let (lo, st) = if step < 0 {
                (start + step * (n as isize - 1), -step)
            } else {
                (start, step)
            };
            let last = lo + st * (n as isize - 1);
            let old = std::mem::take(&mut *b);
            *b = old
                .into_iter()
                .enumerate()
                .filter(|(i, _)| {
                    let i = *i as isize;
                    !(i >= lo && i <= last && (i - lo) % st == 0)
                })
                .map(|(_, x)| x)
                .collect();
        }
        return Ok(());
    };
    let items: Vec<u8> = match bytes_like(value) {
        Some(b) => b.into_owned(),
        None => {
            if is_index(vm, value)
                || crate::util::as_str(value).is_some()
                || matches!(value, Value::Float(_))
            {
                return Err(vm.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ));
            }
            let xs = seq_fast(
                vm,
                value,
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            )?;
            let mut out = Vec::with_capacity(xs.len());
            for x in &xs {
                out.push(byte_value(vm, x)?);
            }
            out
        }
    };
    let mut b = cell.borrow_mut();
    if step == 1 {
        let lo = (start.max(0) as usize).min(b.len());
        let hi = (stop.max(0) as usize).clamp(lo, b.len());
        b.splice(lo..hi, items);
        return Ok(());
    }
    if items.len() != n {
        return Err(vm.value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            items.len(),
            n
        )));
    }
    let mut i = start;
    for x in items {
        if let Some(slot) = usize::try_from(i).ok().and_then(|i| b.get_mut(i)) {
            *slot = x;
        }
        i = i.wrapping_add(step);
    }
    Ok(())
}

fn bytearray_iadd(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let cell = bytearray_cell(vm, a)?;
    let Some(y) = bytes_like(b) else {
        return Err(vm.type_error(format!(
            "can't concat {} to {}",
            vm.type_name(b),
            vm.type_name(a)
        )));
    };
    cell.borrow_mut().extend_from_slice(&y);
    Ok(a.clone())
}

fn bytearray_imul(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let cell = bytearray_cell(vm, a)?;
    if !is_index(vm, b) {
        return Ok(vm.not_implemented.clone());
    }
    let n = repeat_count(vm, b)?;
    let data = cell.borrow().clone();
    let out = repeat_vec(vm, &data, n)?;
    *cell.borrow_mut() = out;
    Ok(a.clone())
}

fn ba_append(vm: &mut Vm, v: &Value, x: &Value) -> PyResult {
    let b = byte_value(vm, x)?;
    bytearray_cell(vm, v)?.borrow_mut().push(b);
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, v: &Value, x: &Value) -> PyResult {
    let cell = bytearray_cell(vm, v)?;
    let data = match bytes_like(x) {
        Some(b) => b.into_owned(),
        None => {
            if vm.type_data(x).slots.iter.get().is_none()
                && vm.type_data(x).slots.getitem.get().is_none()
            {
                return Err(
                    vm.type_error(format!("can't extend bytearray with {}", vm.type_name(x)))
                );
            }
            let it = vm.iter(x)?;
            let mut out = Vec::new();
            while let Some(item) = vm.next(&it)? {
                out.push(byte_value(vm, &item)?);
            }
            out
        }
    };
    cell.borrow_mut().extend_from_slice(&data);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "pop expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let cell = bytearray_cell(vm, v)?;
    let i = match args.first() {
        Some(a) => ssize_arg(vm, a)?,
        None => -1,
    };
    let mut b = cell.borrow_mut();
    if b.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    match normalize_index(i, b.len()) {
        Some(j) => Ok(Value::Int(b.remove(j) as i64)),
        None => Err(vm.index_error("pop index out of range")),
    }
}

fn ba_insert(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(format!("insert expected 2 arguments, got {}", args.len())));
    }
    let cell = bytearray_cell(vm, v)?;
    let i = ssize_arg(vm, &args[0])?;
    let x = byte_value(vm, &args[1])?;
    let mut b = cell.borrow_mut();
    let n = b.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    b.insert(at as usize, x);
    Ok(Value::None)
}

fn ba_remove(vm: &mut Vm, v: &Value, x: &Value) -> PyResult {
    let cell = bytearray_cell(vm, v)?;
    let x = byte_value(vm, x)?;
    let mut b = cell.borrow_mut();
    match b.iter().position(|&c| c == x) {
        Some(i) => {
            b.remove(i);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn ba_reverse(vm: &mut Vm, v: &Value) -> PyResult {
    bytearray_cell(vm, v)?.borrow_mut().reverse();
    Ok(Value::None)
}

fn ba_clear(vm: &mut Vm, v: &Value) -> PyResult {
    bytearray_cell(vm, v)?.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, v: &Value) -> PyResult {
    let d = bytearray_cell(vm, v)?.borrow().clone();
    Ok(new_bytearray(vm, d))
}

fn ba_alloc(vm: &mut Vm, v: &Value) -> PyResult {
    let c = bytearray_cell(vm, v)?.borrow().capacity();
    Ok(Value::Int(c as i64 + 1))
}

fn bytes_getnewargs(vm: &mut Vm, v: &Value) -> PyResult {
    let d = self_data(vm, v)?.into_owned();
    let b = vm.new_bytes(d);
    Ok(vm.new_tuple(vec![b]))
}

fn bytes_bytes(vm: &mut Vm, v: &Value) -> PyResult {
    if matches!(v, Value::Obj(o) if o.ty.as_ref().is_some_and(|t| Rc::ptr_eq(t, &vm.types.bytes))) {
        return Ok(v.clone());
    }
    let d = self_data(vm, v)?.into_owned();
    Ok(vm.new_bytes(d))
}

fn ba_reduce(vm: &mut Vm, v: &Value) -> PyResult {
    let d = self_data(vm, v)?.into_owned();
    let cls = Value::Obj(vm.type_of(v).clone());
    let b = vm.new_bytes(d);
    let args = vm.new_tuple(vec![b]);
    let state = v
        .as_obj()
        .and_then(|o| o.dict.get().cloned())
        .map(Value::Obj)
        .unwrap_or(Value::None);
    Ok(vm.new_tuple(vec![cls, args, state]))
}

static BYTES_ONLY: [MethodDef; 2] = [
    MethodDef {
        name: "__getnewargs__",
        func: NativeFn::NoArgs(bytes_getnewargs),
        doc: "",
    },
    MethodDef {
        name: "__bytes__",
        func: NativeFn::NoArgs(bytes_bytes),
        doc: "",
    },
];

static BYTEARRAY_ONLY: [MethodDef; 10] = [
    MethodDef {
        name: "append",
        func: NativeFn::O(ba_append),
        doc: "",
    },
    MethodDef {
        name: "extend",
        func: NativeFn::O(ba_extend),
        doc: "",
    },
    MethodDef {
        name: "pop",
        func: NativeFn::FastCall(ba_pop),
        doc: "",
    },
    MethodDef {
        name: "insert",
        func: NativeFn::FastCall(ba_insert),
        doc: "",
    },
    MethodDef {
        name: "remove",
        func: NativeFn::O(ba_remove),
        doc: "",
    },
    MethodDef {
        name: "reverse",
        func: NativeFn::NoArgs(ba_reverse),
        doc: "",
    },
    MethodDef {
        name: "clear",
        func: NativeFn::NoArgs(ba_clear),
        doc: "",
    },
    MethodDef {
        name: "copy",
        func: NativeFn::NoArgs(ba_copy),
        doc: "",
    },
    MethodDef {
        name: "__alloc__",
        func: NativeFn::NoArgs(ba_alloc),
        doc: "",
    },
    MethodDef {
        name: "__reduce__",
        func: NativeFn::NoArgs(ba_reduce),
        doc: "",
    },
];

pub fn install(vm: &mut Vm) {
    let b = vm.types.bytes.clone();
    let ba = vm.types.bytearray.clone();
    for t in [&b, &ba] {
        let s = &tdata(t).slots;
        s.richcompare.set(Some(bytes_richcompare));
        s.len.set(Some(bytes_len));
        s.contains.set(Some(bytes_contains));
        s.iter.set(Some(bytes_iter));
        s.binary[BinOp::Add as usize].set(Some(bytes_add));
        s.binary[BinOp::Mul as usize].set(Some(bytes_mul));
        s.binary[BinOp::Mod as usize].set(Some(bytes_mod));
        add_methods(vm, t, &methods::METHODS);
        add_class_methods(vm, t, &methods::CLASS_METHODS);
        taipan_object::class::set_type_attr(vm, t, "maketrans", methods::maketrans_static(vm));
    }
    let s = &tdata(&b).slots;
    s.new.set(Some(bytes_new));
    s.repr.set(Some(bytes_repr));
    s.hash.set(Some(bytes_hash));
    s.getitem.set(Some(bytes_subscript));
    add_methods(vm, &b, &BYTES_ONLY);

    let s = &tdata(&ba).slots;
    s.new.set(Some(bytearray_new));
    s.init.set(Some(bytearray_init));
    s.repr.set(Some(bytearray_repr));
    s.getitem.set(Some(bytearray_subscript));
    s.setitem.set(Some(bytearray_ass_subscript));
    s.inplace[BinOp::Add as usize].set(Some(bytearray_iadd));
    s.inplace[BinOp::Mul as usize].set(Some(bytearray_imul));
    s.hash_none.set(true);
    set_type_attr(vm, &ba, "__hash__", Value::None);
    add_methods(vm, &ba, &BYTEARRAY_ONLY);
}

#[cfg(test)]
mod tests {
    use super::methods::hex_string;
    use super::repr_bytes;

    #[test]
    fn reprs_match_cpython() {
        assert_eq!(repr_bytes(b"it's", false), "b\"it's\"");
        assert_eq!(repr_bytes(b"it's", true), "b\"it\\'s\"");
        assert_eq!(repr_bytes(b"a\"b'", false), "b'a\"b\\''");
        assert_eq!(repr_bytes(b"a\"b'", true), "b'a\"b\\''");
        assert_eq!(
            repr_bytes(b"\x00\t\n\r\\\x7f\x80", false),
            "b'\\x00\\t\\n\\r\\\\\\x7f\\x80'"
        );
    }

    #[test]
    fn hex_groups_match_cpython() {
        assert_eq!(hex_string(b"abcdef", Some(b':'), 2), "6162:6364:6566");
        assert_eq!(hex_string(b"abc", Some(b':'), 2), "61:6263");
        assert_eq!(hex_string(b"abc", Some(b':'), -2), "6162:63");
        assert_eq!(hex_string(b"\x01\xab", Some(b':'), 1), "01:ab");
        assert_eq!(hex_string(b"", Some(b':'), 1), "");
    }
}
