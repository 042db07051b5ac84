//! The `str` type's slots (construction, repr, operators, indexing, iteration) and its codecs.

use super::str_format::printf_format;
use super::str_methods;
use super::str_unicode;
use std::cell::Cell;
use std::rc::Rc;
use taipan_object::function::{MethodDef, NativeFn};
use taipan_object::iter::IterData;
use taipan_object::number::{as_i64, is_int_like};
use taipan_object::pystr::PyStr;
use taipan_object::typeobj::tdata;
use taipan_object::{BinOp, CompareOp, Obj, ObjRef, Payload, PyErr, PyResult, Value, Vm};

/// Strings longer than this many bytes are refused with MemoryError instead of
/// being allocated (CPython would try, and on most machines fail).
pub const MAX_STR_BYTES: usize = 1 << 30;

// ----- access helpers shared by the str files -----

/// The `PyStr` of a str or str-subclass value.
#[inline]
pub fn pystr(v: &Value) -> Option<&PyStr> {
    match v {
        Value::Obj(o) => o.as_str(),
        _ => None,
    }
}

/// The text of `self` in a str method (the descriptor guarantees a str).
#[inline]
pub fn self_str(v: &Value) -> &PyStr {
    match pystr(v) {
        Some(s) => s,
        None => empty_pystr(),
    }
}

fn empty_pystr() -> &'static PyStr {
    thread_local! {
        static E: &'static PyStr = Box::leak(Box::new(PyStr::new("")));
    }
    E.with(|e| *e)
}

/// Is `v` exactly a `str` (not a subclass instance)?
#[inline]
pub fn is_exact_str(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            o.as_str().is_some() && o.ty.as_ref().is_some_and(|t| Rc::ptr_eq(t, &vm.types.str))
        }
        _ => false,
    }
}

/// `self` unchanged when it is an exact str, else an exact copy
/// (`unicode_result_unchanged`).
pub fn unchanged(vm: &Vm, v: &Value) -> Value {
    if is_exact_str(vm, v) {
        v.clone()
    } else {
        vm.new_str(self_str(v).as_str())
    }
}

/// A new str value, refusing absurd sizes.
pub fn new_str_checked(vm: &Vm, s: String) -> PyResult {
    if s.len() > MAX_STR_BYTES {
        return Err(vm.memory_error());
    }
    Ok(vm.new_str(s))
}

/// Char index -> byte offset, O(1) for ASCII (index is clamped to the length).
#[inline]
pub fn byte_at(s: &PyStr, index: usize) -> usize {
    if s.is_ascii() {
        index.min(s.as_str().len())
    } else if s.char_len() <= 256 {
        utf8_byte_offset(s.as_str().as_bytes(), index, s.char_len())
    } else {
        // Long non-ASCII text: PyStr's offset table keeps this O(1) amortised.
        s.byte_offset(index)
    }
}

/// Is `x` the first byte of a UTF-8 sequence (not a continuation byte)?
#[inline(always)]
fn is_char_start(x: u8) -> bool {
    (x as i8) >= -0x40
}

/// Byte offset of code point `index` in UTF-8 `b` holding `nchars` code
/// points: counts sequence starts 64 bytes at a time (vectorisable), from
/// whichever end is nearer.
fn utf8_byte_offset(b: &[u8], index: usize, nchars: usize) -> usize {
    if index >= nchars {
        return b.len();
    }
    let count = |chunk: &[u8]| chunk.iter().filter(|&&x| is_char_start(x)).count();
    if index <= nchars / 2 {
        let (mut i, mut seen) = (0, 0);
        while i + 64 <= b.len() {
            let n = count(&b[i..i + 64]);
            if seen + n > index {
                break;
            }
            seen += n;
            i += 64;
        }
        while i < b.len() {
            if is_char_start(b[i]) {
                if seen == index {
                    return i;
                }
                seen += 1;
            }
            i += 1;
        }
        b.len()
    } else {
        // Walk back over the `nchars - index` last code points.
        let want = nchars - index;
        let (mut j, mut seen) = (b.len(), 0);
        while j >= 64 {
            let n = count(&b[j - 64..j]);
            if seen + n >= want {
                break;
            }
            seen += n;
            j -= 64;
        }
        while j > 0 {
            j -= 1;
            if is_char_start(b[j]) {
                seen += 1;
                if seen == want {
                    return j;
                }
            }
        }
        0
    }
}

/// Byte offset -> char index.
#[inline]
pub fn char_index(s: &PyStr, byte: usize) -> usize {
    if s.is_ascii() {
        byte
    } else {
        let b = s.as_str().as_bytes();
        b[..byte.min(b.len())]
            .iter()
            .filter(|&&x| is_char_start(x))
            .count()
    }
}

/// The code point at char index `i` (< len).
#[inline]
pub fn char_at(s: &PyStr, i: usize) -> Option<char> {
    if s.is_ascii() {
        return s.as_str().as_bytes().get(i).map(|&b| b as char);
    }
    s.as_str().get(byte_at(s, i)..)?.chars().next()
}

// ----- argument helpers (Argument Clinic's conversions and errors) -----

/// Bind positional-or-keyword optional parameters the way Argument Clinic's
/// `_PyArg_UnpackKeywords` does, with its error messages.
pub fn bind_kw(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kwnames: Option<&ObjRef>,
    names: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let kn: &[Value] = kwnames.and_then(|k| k.as_tuple()).unwrap_or(&[]);
    let npos = args.len().saturating_sub(kn.len());
    let (pos, kwv) = args.split_at(npos);
    let total = pos.len() + kn.len();
    if total > names.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} {}argument{} ({total} given)",
            names.len(),
            if pos.is_empty() { "keyword " } else { "" },
            if names.len() == 1 { "" } else { "s" }
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in kn.iter().zip(kwv) {
        let kname = pystr(k).map(|s| s.as_str()).unwrap_or("");
        match names.iter().position(|n| *n == kname) {
            Some(i) if i < pos.len() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{kname}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{kname}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    Ok(out)
}

/// `_PyArg_CheckPositional`: "strip expected at most 1 argument, got 2".
pub fn check_nargs(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(vm.type_error(format!(
            "{name} expected {}{min} argument{}, got {n}",
            if min == max { "" } else { "at least " },
            plural(min)
        )));
    }
    if n > max {
        return Err(vm.type_error(format!(
            "{name} expected {}{max} argument{}, got {n}",
            if min == max { "" } else { "at most " },
            plural(max)
        )));
    }
    Ok(())
}

/// `PyArg_ParseTuple`'s count errors: "find() takes at least 1 argument (0 given)".
pub fn check_nargs_old(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(vm.type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok(())
}

/// The `Py_ssize_t` converter: `__index__`, OverflowError beyond 64 bits.
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Int(i) = v {
        return Ok(*i);
    }
    let r = vm.index(v)?;
    as_i64(&r).ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// The C `int` converter (`_PyLong_AsInt`).
pub fn cint_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let r = vm.index(v)?;
    as_i64(&r)
        .and_then(|i| i32::try_from(i).ok())
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))
}

/// `_PyEval_SliceIndex`: None keeps the default, big ints clamp.
pub fn slice_index_arg(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    let Some(v) = v else { return Ok(default) };
    match v {
        Value::None => Ok(default),
        Value::Int(i) => Ok(*i),
        _ => {
            if !has_index(vm, v) {
                return Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ));
            }
            let r = vm.index(v)?;
            Ok(clamp_index(&r))
        }
    }
}

/// An int value clamped to i64 (like `PyNumber_AsSsize_t(v, NULL)`).
fn clamp_index(r: &Value) -> i64 {
    match as_i64(r) {
        Some(i) => i,
        None => match r.as_obj().and_then(|o| o.as_bigint()) {
            Some(b) if b.sign() == num_bigint::Sign::Minus => i64::MIN,
            _ => i64::MAX,
        },
    }
}

/// `PyIndex_Check`.
pub fn has_index(vm: &Vm, v: &Value) -> bool {
    is_int_like(v) || vm.type_data(v).slots.index.get().is_some()
}

/// `ADJUST_INDICES`: clamp a `[start:end]` pair of char indices to `0..=len`.
pub fn adjust_indices(start: i64, end: i64, len: usize) -> (usize, usize) {
    let len = len as i64;
    let end = if end > len {
        len
    } else if end < 0 {
        (end + len).max(0)
    } else {
        end
    };
    let start = if start < 0 {
        (start + len).max(0)
    } else {
        start
    };
    (start as usize, end as usize)
}

// ----- slots -----

/// Like `unicode_new_impl`: `str()`, `str(object)`, `str(bytes, encoding, errors)`.
fn str_new(vm: &mut Vm, cls: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = bind_kw(vm, "str", args, kwnames, &["object", "encoding", "errors"])?;
    let result: Value = if a[1].is_none() && a[2].is_none() {
        match &a[0] {
            None => Value::Obj(vm.empty_str.clone()),
            Some(o) => Value::Obj(vm.str(o)?),
        }
    } else {
        let encoding = match &a[1] {
            Some(e) => Some(pystr(e).map(|s| s.as_str().to_string()).ok_or_else(|| {
                vm.type_error(format!(
                    "str() argument 'encoding' must be str, not {}",
                    vm.type_name(e)
                ))
            })?),
            None => None,
        };
        let errors = match &a[2] {
            Some(e) => Some(pystr(e).map(|s| s.as_str().to_string()).ok_or_else(|| {
                vm.type_error(format!(
                    "str() argument 'errors' must be str, not {}",
                    vm.type_name(e)
                ))
            })?),
            None => None,
        };
        let obj = a[0].clone().unwrap_or_else(|| vm.new_bytes(Vec::new()));
        let data: Vec<u8> = match &obj {
            Value::Obj(o) => match &o.payload {
                Payload::Bytes(b) => b.to_vec(),
                Payload::ByteArray(b) => b.borrow().clone(),
                Payload::Str(_) => return Err(vm.type_error("decoding str is not supported")),
                _ => {
                    return Err(vm.type_error(format!(
                        "decoding to str: need a bytes-like object, {} found",
                        vm.type_name(&obj)
                    )))
                }
            },
            _ => {
                return Err(vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    vm.type_name(&obj)
                )))
            }
        };
        let s = decode(
            vm,
            &data,
            encoding.as_deref().unwrap_or("utf-8"),
            errors.as_deref().unwrap_or("strict"),
        )?;
        vm.new_str(s)
    };
    if Rc::ptr_eq(cls, &vm.types.str) {
        return Ok(result);
    }
    let text = self_str(&result).as_str();
    Ok(Value::Obj(Obj::new(cls, Payload::Str(PyStr::new(text)))))
}

/// Like `unicode_repr`.
pub fn repr_string(s: &str) -> String {
    let (has_single, has_double) = (s.contains('\''), s.contains('"'));
    let quote = if has_single && !has_double { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (' '..'\x7f').contains(&c) => out.push(c),
            c if c.is_ascii() => push_hex_escape(&mut out, c),
            c if str_unicode::is_printable(c) => out.push(c),
            c => push_hex_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

fn push_hex_escape(out: &mut String, c: char) {
    use std::fmt::Write;
    let n = c as u32;
    let _ = if n < 0x100 {
        write!(out, "\\x{n:02x}")
    } else if n < 0x10000 {
        write!(out, "\\u{n:04x}")
    } else {
        write!(out, "\\U{n:08x}")
    };
}

fn str_repr(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(vm.new_str(repr_string(self_str(v).as_str())))
}

/// Like `unicode_str`: a subclass instance becomes an exact str.
fn str_str(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(unchanged(vm, v))
}

fn str_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(self_str(v).hash())
}

/// Like `PyUnicode_RichCompare`: code point order (UTF-8 byte order is the same).
fn str_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (pystr(a), pystr(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    let (x, y) = (x.as_str(), y.as_str());
    Ok(Value::bool(match op {
        CompareOp::Eq => x == y,
        CompareOp::Ne => x != y,
        CompareOp::Lt => x < y,
        CompareOp::Le => x <= y,
        CompareOp::Gt => x > y,
        CompareOp::Ge => x >= y,
    }))
}

/// Like `PyUnicode_Concat`; a non-str right operand is left to the generic
/// "can only concatenate str" error.
fn str_add(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (Some(x), Some(y)) = (pystr(a), pystr(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    if y.as_str().is_empty() && is_exact_str(vm, a) {
        return Ok(a.clone());
    }
    if x.as_str().is_empty() && is_exact_str(vm, b) {
        return Ok(b.clone());
    }
    let total = x.as_str().len() + y.as_str().len();
    if total > MAX_STR_BYTES {
        return Err(vm.memory_error());
    }
    let mut s = String::with_capacity(total);
    s.push_str(x.as_str());
    s.push_str(y.as_str());
    Ok(vm.new_str(s))
}

/// Like `unicode_repeat` (the sequence repeat slot, either operand order).
fn str_mul(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (s, n) = match (pystr(a), pystr(b)) {
        (Some(_), _) if has_index(vm, b) => (a, b),
        (_, Some(_)) if has_index(vm, a) => (b, a),
        _ => return Ok(vm.not_implemented.clone()),
    };
    let count = match n {
        Value::Int(i) => *i,
        _ => {
            let r = vm.index(n)?;
            as_i64(&r).ok_or_else(|| {
                vm.overflow_error(format!(
                    "cannot fit '{}' into an index-sized integer",
                    vm.type_name(n)
                ))
            })?
        }
    };
    repeat(vm, s, count)
}

pub fn repeat(vm: &Vm, s: &Value, count: i64) -> PyResult {
    let text = self_str(s).as_str();
    if count <= 0 || text.is_empty() {
        return Ok(Value::Obj(vm.empty_str.clone()));
    }
    if count == 1 {
        return Ok(unchanged(vm, s));
    }
    let chars = self_str(s).char_len() as i128;
    if chars * count as i128 > isize::MAX as i128 {
        return Err(vm.overflow_error("repeated string is too long"));
    }
    let total = text.len() as u128 * count as u128;
    if total > MAX_STR_BYTES as u128 {
        return Err(vm.memory_error());
    }
    Ok(vm.new_str(text.repeat(count as usize)))
}

/// `str % args`.
fn str_mod(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let Some(fmt) = pystr(a) else {
        return Ok(vm.not_implemented.clone());
    };
    let fmt: Rc<str> = fmt.as_str().into();
    let s = printf_format(vm, &fmt, b)?;
    new_str_checked(vm, s)
}

fn str_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(self_str(v).char_len())
}

/// A str of `text`, shared when it is a single ASCII character.
#[inline]
pub fn substr(vm: &Vm, text: &str) -> Value {
    match text.as_bytes() {
        [b] if b.is_ascii() => char_str(vm, *b as char),
        _ => vm.new_str(text),
    }
}

/// A one-character str. ASCII ones are the interned singletons (like
/// CPython's cached Latin-1 characters), so indexing and iterating ASCII text
/// allocates nothing and `'abc'[0] is 'a'` holds.
pub fn char_str(vm: &Vm, c: char) -> Value {
    vm.char_value(c)
}

/// Like `unicode_subscript`.
fn str_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult {
    let s = self_str(v);
    let len = s.char_len();
    let index = match key {
        Value::Int(i) => Some(*i),
        Value::Obj(o) if matches!(o.payload, Payload::Slice(_)) => None,
        _ if has_index(vm, key) => {
            let i = vm.index_i64(key)?;
            Some(i)
        }
        _ => {
            return Err(vm.type_error(format!(
                "string indices must be integers, not '{}'",
                vm.type_name(key)
            )));
        }
    };
    if let Some(i) = index {
        let i = if i < 0 { i + len as i64 } else { i };
        if i < 0 || i >= len as i64 {
            return Err(vm.index_error("string index out of range"));
        }
        return match char_at(s, i as usize) {
            Some(c) => Ok(char_str(vm, c)),
            None => Err(vm.index_error("string index out of range")),
        };
    }
    let Some(Payload::Slice(parts)) = key.as_obj().map(|o| &o.payload) else {
        return Ok(vm.none.clone());
    };
    let parts = (**parts).clone();
    let (start, stop, step, n) = slice_indices(vm, &parts, len)?;
    if n == 0 {
        return Ok(Value::Obj(vm.empty_str.clone()));
    }
    if step == 1 {
        if n == len && is_exact_str(vm, v) {
            return Ok(v.clone());
        }
        let (a, b) = (byte_at(s, start as usize), byte_at(s, stop as usize));
        return Ok(substr(vm, s.as_str().get(a..b).unwrap_or("")));
    }
    let mut out = String::with_capacity(n);
    if s.is_ascii() {
        let bytes = s.as_str().as_bytes();
        let mut i = start;
        for _ in 0..n {
            if let Some(&b) = bytes.get(i as usize) {
                out.push(b as char);
            }
            i = i.wrapping_add(step);
        }
    } else {
        let chars: Vec<char> = s.as_str().chars().collect();
        let mut i = start;
        for _ in 0..n {
            if let Some(&c) = chars.get(i as usize) {
                out.push(c);
            }
            i = i.wrapping_add(step);
        }
    }
    Ok(vm.new_str(out))
}

/// `PySlice_Unpack` + `PySlice_AdjustIndices`: (start, stop, step, length).
pub fn slice_indices(
    vm: &mut Vm,
    parts: &[Value; 3],
    len: usize,
) -> PyResult<(i64, i64, i64, usize)> {
    let step = match &parts[2] {
        Value::None => 1,
        v => {
            let s = slice_index_arg(vm, Some(v), 1)?;
            if s == 0 {
                return Err(vm.value_error("slice step cannot be zero"));
            }
            s.max(-i64::MAX)
        }
    };
    let (dstart, dstop) = if step < 0 {
        (i64::MAX, i64::MIN)
    } else {
        (0, i64::MAX)
    };
    let start = slice_index_arg(vm, Some(&parts[0]), dstart)?;
    let stop = slice_index_arg(vm, Some(&parts[1]), dstop)?;
    let len = len as i64;
    let adjust = |x: i64| -> i64 {
        if x < 0 {
            let y = x.saturating_add(len);
            if y < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                y
            }
        } else if x >= len {
            if step < 0 {
                len - 1
            } else {
                len
            }
        } else {
            x
        }
    };
    let (start, stop) = (adjust(start), adjust(stop));
    let n = if step < 0 {
        if stop < start {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, n))
}

/// Like `PyUnicode_Contains`.
fn str_contains(vm: &mut Vm, v: &Value, item: &Value) -> PyResult<bool> {
    let Some(sub) = pystr(item) else {
        return Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(item)
        )));
    };
    Ok(self_str(v).as_str().contains(sub.as_str()))
}

fn str_iter(vm: &mut Vm, v: &Value) -> PyResult {
    let Some(o) = v.as_obj() else {
        return Err(vm.type_error("str iterator over a non-str"));
    };
    Ok(Value::Obj(Obj::new(
        &vm.types.str_iterator,
        Payload::Iter(IterData::Str {
            s: o.clone(),
            byte_pos: Cell::new(0),
        }),
    )))
}

/// `unicodeiter_next`.
fn str_iter_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    Ok(match it.as_obj().map(|o| &o.payload) {
        Some(Payload::Iter(data)) => data.str_step(vm).flatten(),
        _ => None,
    })
}

fn str_iter_self(_vm: &mut Vm, it: &Value) -> PyResult {
    Ok(it.clone())
}

/// `unicodeiter_len`.
fn str_iter_length_hint(_vm: &mut Vm, it: &Value) -> PyResult {
    let Some(Payload::Iter(IterData::Str { s, byte_pos })) = it.as_obj().map(|o| &o.payload) else {
        return Ok(Value::Int(0));
    };
    let text = s.as_str().map_or("", |p| p.as_str());
    let rest = text.get(byte_pos.get()..).unwrap_or("");
    let n = if rest.is_ascii() {
        rest.len()
    } else {
        rest.chars().count()
    };
    Ok(Value::Int(n as i64))
}

static STR_ITER_METHODS: [MethodDef; 1] = [MethodDef {
    name: "__length_hint__",
    func: NativeFn::NoArgs(str_iter_length_hint),
    doc: "Private method returning an estimate of len(list(it)).",
}];

pub fn install(vm: &mut Vm) {
    let t = vm.types.str.clone();
    let s = &tdata(&t).slots;
    s.new.set(Some(str_new));
    s.repr.set(Some(str_repr));
    s.str.set(Some(str_str));
    s.hash.set(Some(str_hash));
    s.richcompare.set(Some(str_richcompare));
    s.binary[BinOp::Add as usize].set(Some(str_add));
    s.binary[BinOp::Mul as usize].set(Some(str_mul));
    s.binary[BinOp::Mod as usize].set(Some(str_mod));
    s.len.set(Some(str_len));
    s.getitem.set(Some(str_getitem));
    s.contains.set(Some(str_contains));
    s.iter.set(Some(str_iter));
    taipan_object::class::add_methods(vm, &t, &str_methods::METHODS);
    let maketrans = vm.new_builtin_function(&str_methods::MAKETRANS, None);
    let sm = Obj::new(&vm.types.staticmethod, Payload::StaticMethod(maketrans));
    taipan_object::class::set_type_attr(vm, &t, "maketrans", Value::Obj(sm));

    vm.ascii_chars = (0u8..128)
        .map(|b| Value::Obj(vm.intern(&(b as char).to_string())))
        .collect();

    let it = vm.types.str_iterator.clone();
    let is = &tdata(&it).slots;
    is.next.set(Some(str_iter_next));
    is.iter.set(Some(str_iter_self));
    taipan_object::class::add_methods(vm, &it, &STR_ITER_METHODS);
}

// ----- codecs -----

/// Byte order of the UTF-16/UTF-32 codecs; `Bom` writes a BOM and reads one
/// when present (little-endian otherwise, like CPython on this platform).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Order {
    Bom,
    Le,
    Be,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Cp1252,
    Utf16(Order),
    Utf32(Order),
}

/// Windows-1252's 0x80..0x9F (0 = undefined); every other byte is Latin-1.
const CP1252_HIGH: [u16; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
];

impl Codec {
    /// The name CPython's error messages use.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            // Charmap codecs report under the generic name.
            Codec::Cp1252 => "charmap",
            Codec::Utf16(Order::Bom) => "utf-16",
            Codec::Utf16(Order::Le) => "utf-16-le",
            Codec::Utf16(Order::Be) => "utf-16-be",
            Codec::Utf32(Order::Bom) => "utf-32",
            Codec::Utf32(Order::Le) => "utf-32-le",
            Codec::Utf32(Order::Be) => "utf-32-be",
        }
    }
}

/// Like `codecs.lookup` for the codecs Taipan ships (names normalised as
/// `encodings.normalize_encoding` + the alias table do).
pub fn lookup_codec(vm: &Vm, encoding: &str) -> PyResult<Codec> {
    let norm: String = encoding
        .trim()
        .chars()
        .map(|c| {
            if c == '-' || c == ' ' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "utf_8_sig" | "utf8_sig" => Codec::Utf8Sig,
        "ascii" | "us_ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986"
        | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" => {
            Codec::Ascii
        }
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "ibm819" | "iso_ir_100" | "iso_8859_1_1987" | "csisolatin1" => Codec::Latin1,
        "cp1252" | "windows_1252" | "1252" => Codec::Cp1252,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(Order::Bom),
        "utf_16_le" | "utf_16le" => Codec::Utf16(Order::Le),
        "utf_16_be" | "utf_16be" => Codec::Utf16(Order::Be),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(Order::Bom),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Order::Le),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Order::Be),
        _ => {
            return Err(vm.new_error(
                &vm.exc.lookup_error.clone(),
                format!("unknown encoding: {encoding}"),
            ));
        }
    })
}

fn unknown_handler(vm: &Vm, errors: &str) -> PyErr {
    vm.new_error(
        &vm.exc.lookup_error.clone(),
        format!("unknown error handler name '{errors}'"),
    )
}

/// A `UnicodeEncodeError`/`UnicodeDecodeError` with CPython's args and attributes.
fn unicode_error(
    vm: &mut Vm,
    ty: &ObjRef,
    codec: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let enc = vm.new_str(codec);
    let why = vm.new_str(reason);
    let args = vec![
        enc.clone(),
        object.clone(),
        Value::Int(start as i64),
        Value::Int(end as i64),
        why.clone(),
    ];
    let e = vm.new_exception(ty, args);
    vm.set_attr_raw(&e, "encoding", enc);
    vm.set_attr_raw(&e, "object", object);
    vm.set_attr_raw(&e, "start", Value::Int(start as i64));
    vm.set_attr_raw(&e, "end", Value::Int(end as i64));
    vm.set_attr_raw(&e, "reason", why);
    PyErr(e)
}

/// The state of one decoding: input, output and error handler.
struct Decoder<'a> {
    codec: &'static str,
    data: &'a [u8],
    errors: &'a str,
    out: String,
}

impl Decoder<'_> {
    /// Apply the error handler to the undecodable `data[start..end]`.
    fn error(&mut self, vm: &mut Vm, start: usize, end: usize, reason: &str) -> PyResult<()> {
        match self.errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let obj = vm.new_bytes(self.data.to_vec());
                let ty = vm.exc.unicode_decode_error.clone();
                Err(unicode_error(vm, &ty, self.codec, obj, start, end, reason))
            }
            "ignore" => Ok(()),
            "replace" => {
                self.out.push('\u{FFFD}');
                Ok(())
            }
            "backslashreplace" => {
                for b in self.data.get(start..end).unwrap_or(&[]) {
                    self.out.push_str(&format!("\\x{b:02x}"));
                }
                Ok(())
            }
            _ => Err(unknown_handler(vm, self.errors)),
        }
    }

    fn utf8(&mut self, vm: &mut Vm, from: usize) -> PyResult<()> {
        let mut base = from;
        loop {
            let rest = self.data.get(base..).unwrap_or(&[]);
            match std::str::from_utf8(rest) {
                Ok(s) => {
                    self.out.push_str(s);
                    return Ok(());
                }
                Err(e) => {
                    let good = e.valid_up_to();
                    self.out
                        .push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                    let (bad, reason) = match e.error_len() {
                        None => (rest.len() - good, "unexpected end of data"),
                        Some(n) => {
                            let lead = rest[good];
                            if n == 1 && !(0xC2..=0xF4).contains(&lead) {
                                (1, "invalid start byte")
                            } else {
                                (n, "invalid continuation byte")
                            }
                        }
                    };
                    let (s, t) = (base + good, base + good + bad);
                    self.error(vm, s, t, reason)?;
                    base = t;
                }
            }
        }
    }

    /// Like `PyUnicode_DecodeUTF16Stateful`.
    fn utf16(&mut self, vm: &mut Vm, mut pos: usize, be: bool) -> PyResult<()> {
        let d = self.data;
        let unit = |i: usize| -> Option<u32> {
            let (a, b) = (*d.get(i)? as u32, *d.get(i + 1)? as u32);
            Some(if be { a << 8 | b } else { b << 8 | a })
        };
        while pos < d.len() {
            let Some(u) = unit(pos) else {
                self.error(vm, pos, d.len(), "truncated data")?;
                break;
            };
            if !(0xD800..0xE000).contains(&u) {
                self.out.push(char::from_u32(u).unwrap_or('\u{FFFD}'));
                pos += 2;
            } else if u >= 0xDC00 {
                self.error(vm, pos, pos + 2, "illegal encoding")?;
                pos += 2;
            } else {
                match unit(pos + 2) {
                    None => {
                        self.error(vm, pos, d.len(), "unexpected end of data")?;
                        break;
                    }
                    Some(l) if (0xDC00..0xE000).contains(&l) => {
                        let c = 0x10000 + ((u - 0xD800) << 10) + (l - 0xDC00);
                        self.out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                        pos += 4;
                    }
                    Some(_) => {
                        self.error(vm, pos, pos + 2, "illegal UTF-16 surrogate")?;
                        pos += 2;
                    }
                }
            }
        }
        Ok(())
    }

    /// Like `PyUnicode_DecodeUTF32Stateful`.
    fn utf32(&mut self, vm: &mut Vm, mut pos: usize, be: bool) -> PyResult<()> {
        let d = self.data;
        while pos < d.len() {
            let Some(b) = d.get(pos..pos + 4) else {
                self.error(vm, pos, d.len(), "truncated data")?;
                break;
            };
            let bytes = [b[0], b[1], b[2], b[3]];
            let u = if be {
                u32::from_be_bytes(bytes)
            } else {
                u32::from_le_bytes(bytes)
            };
            match char::from_u32(u) {
                Some(c) => self.out.push(c),
                None if (0xD800..0xE000).contains(&u) => self.error(
                    vm,
                    pos,
                    pos + 4,
                    "code point in surrogate code point range(0xd800, 0xe000)",
                )?,
                None => self.error(vm, pos, pos + 4, "code point not in range(0x110000)")?,
            }
            pos += 4;
        }
        Ok(())
    }
}

/// `bytes.decode(encoding, errors)` for the built-in codecs. Handlers: strict,
/// ignore, replace, backslashreplace (surrogateescape/surrogatepass raise like
/// strict: lone surrogates cannot be represented).
pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup_codec(vm, encoding)?;
    let mut dec = Decoder {
        codec: codec.name(),
        data,
        errors,
        out: String::with_capacity(data.len()),
    };
    match codec {
        Codec::Latin1 => dec.out.extend(data.iter().map(|&b| b as char)),
        Codec::Ascii => {
            if let (true, Ok(s)) = (data.is_ascii(), std::str::from_utf8(data)) {
                return Ok(s.to_string());
            }
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    dec.out.push(b as char);
                } else {
                    dec.error(vm, i, i + 1, "ordinal not in range(128)")?;
                }
            }
        }
        Codec::Cp1252 => {
            for (i, &b) in data.iter().enumerate() {
                let u = match b {
                    0x80..=0x9f => CP1252_HIGH[(b - 0x80) as usize] as u32,
                    _ => b as u32,
                };
                match char::from_u32(u).filter(|_| u != 0 || b == 0) {
                    Some(c) => dec.out.push(c),
                    None => dec.error(vm, i, i + 1, "character maps to <undefined>")?,
                }
            }
        }
        Codec::Utf8 => dec.utf8(vm, 0)?,
        Codec::Utf8Sig => {
            let skip = if data.starts_with(b"\xef\xbb\xbf") {
                3
            } else {
                0
            };
            dec.codec = "utf-8";
            dec.utf8(vm, skip)?;
        }
        Codec::Utf16(order) => {
            let (be, skip) = match order {
                Order::Bom if data.starts_with(b"\xfe\xff") => (true, 2),
                Order::Bom if data.starts_with(b"\xff\xfe") => (false, 2),
                o => (o == Order::Be, 0),
            };
            dec.codec = if be { "utf-16-be" } else { "utf-16-le" };
            dec.utf16(vm, skip, be)?;
        }
        Codec::Utf32(order) => {
            let (be, skip) = match order {
                Order::Bom if data.starts_with(b"\x00\x00\xfe\xff") => (true, 4),
                Order::Bom if data.starts_with(b"\xff\xfe\x00\x00") => (false, 4),
                o => (o == Order::Be, 0),
            };
            dec.codec = if be { "utf-32-be" } else { "utf-32-le" };
            dec.utf32(vm, skip, be)?;
        }
    }
    Ok(dec.out)
}

/// `str.encode(encoding, errors)` for the built-in codecs. Handlers: strict,
/// ignore, replace, backslashreplace, xmlcharrefreplace (namereplace falls
/// back to backslashreplace: Taipan has no Unicode name table).
pub fn encode(vm: &mut Vm, sv: &Value, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup_codec(vm, encoding)?;
    let s = self_str(sv).as_str();
    let limit = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf8Sig => return Ok([b"\xef\xbb\xbf", s.as_bytes()].concat()),
        Codec::Utf16(order) => {
            let mut out = Vec::with_capacity(2 * s.len() + 2);
            if order == Order::Bom {
                out.extend_from_slice(b"\xff\xfe");
            }
            for u in s.encode_utf16() {
                out.extend_from_slice(&if order == Order::Be {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            return Ok(out);
        }
        Codec::Utf32(order) => {
            let mut out = Vec::with_capacity(4 * s.len() + 4);
            if order == Order::Bom {
                out.extend_from_slice(b"\xff\xfe\x00\x00");
            }
            for c in s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if order == Order::Be {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            return Ok(out);
        }
        _ if s.is_ascii() => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 | Codec::Cp1252 => 0x100,
    };
    let to_byte = |c: char| -> Option<u8> {
        let u = c as u32;
        match codec {
            Codec::Cp1252 if (0x80..0xa0).contains(&u) => None,
            Codec::Cp1252 if u >= 0x100 => CP1252_HIGH
                .iter()
                .position(|&h| h as u32 == u)
                .map(|i| 0x80 + i as u8),
            _ => (u < limit).then_some(u as u8),
        }
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = to_byte(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && to_byte(chars[j]).is_none() {
            j += 1;
        }
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let reason = match codec {
                    Codec::Cp1252 => "character maps to <undefined>",
                    Codec::Ascii => "ordinal not in range(128)",
                    _ => "ordinal not in range(256)",
                };
                let ty = vm.exc.unicode_encode_error.clone();
                return Err(unicode_error(
                    vm,
                    &ty,
                    codec.name(),
                    sv.clone(),
                    i,
                    j,
                    reason,
                ));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "backslashreplace" | "namereplace" => {
                for &c in &chars[i..j] {
                    let mut e = String::new();
                    push_hex_escape(&mut e, c);
                    out.extend_from_slice(e.as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            _ => return Err(unknown_handler(vm, errors)),
        }
        i = j;
    }
    Ok(out)
}

/// The message of a `UnicodeEncodeError`/`UnicodeDecodeError` built from its
/// `encoding`, `object`, `start`, `end` and `reason` attributes (like
/// `UnicodeEncodeError_str` / `UnicodeDecodeError_str`); None when the
/// attributes are missing (CPython then shows the plain args).
pub fn unicode_error_message(vm: &Vm, exc: &ObjRef) -> Option<String> {
    let get = |name: &str| vm.get_attr_raw(exc, name);
    let encoding = get("encoding")?;
    let object = get("object")?;
    let reason = get("reason")?;
    let (enc, why) = (pystr(&encoding)?.as_str(), pystr(&reason)?.as_str());
    let start = as_i64(&get("start")?)?;
    let end = as_i64(&get("end")?)?;
    let exc_value = Value::Obj(exc.clone());
    if vm.is_instance_of(&exc_value, &vm.exc.unicode_decode_error) {
        let bytes: Vec<u8> = match object.as_obj().map(|o| &o.payload) {
            Some(Payload::Bytes(b)) => b.to_vec(),
            Some(Payload::ByteArray(b)) => b.borrow().clone(),
            _ => return None,
        };
        let byte = usize::try_from(start)
            .ok()
            .and_then(|i| bytes.get(i).copied());
        return Some(match byte {
            Some(b) if end == start + 1 => {
                format!("'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {why}")
            }
            _ => format!(
                "'{enc}' codec can't decode bytes in position {start}-{}: {why}",
                end - 1
            ),
        });
    }
    let text = pystr(&object)?;
    let ch = usize::try_from(start).ok().and_then(|i| char_at(text, i));
    Some(match ch {
        Some(c) if end == start + 1 => {
            let mut esc = String::new();
            push_hex_escape(&mut esc, c);
            format!("'{enc}' codec can't encode character '{esc}' in position {start}: {why}")
        }
        _ => format!(
            "'{enc}' codec can't encode characters in position {start}-{}: {why}",
            end - 1
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::{decode, encode, unicode_error_message, utf8_byte_offset};
    use taipan_object::Vm;

    /// The messages `UnicodeError.__str__` shows, from the raised attributes.
    #[test]
    fn unicode_error_messages() {
        let mut vm = Vm::new();
        let msg = |vm: &mut Vm, r: Result<(), taipan_object::PyErr>| {
            let e = r.expect_err("an error");
            unicode_error_message(vm, &e.0).unwrap_or_default()
        };
        let s = vm.new_str("a\u{fc}\u{20ac}x");
        let r = encode(&mut vm, &s, "ascii", "strict").map(|_| ());
        assert_eq!(
            msg(&mut vm, r),
            "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"
        );
        let s = vm.new_str("ab\u{20ac}");
        let r = encode(&mut vm, &s, "latin-1", "strict").map(|_| ());
        assert_eq!(
            msg(&mut vm, r),
            "'latin-1' codec can't encode character '\\u20ac' in position 2: ordinal not in range(256)"
        );
        let r = decode(&mut vm, b"ab\xff", "utf-8", "strict").map(|_| ());
        assert_eq!(
            msg(&mut vm, r),
            "'utf-8' codec can't decode byte 0xff in position 2: invalid start byte"
        );
        let r = decode(&mut vm, b"\xe2\x82", "utf-8", "strict").map(|_| ());
        assert_eq!(
            msg(&mut vm, r),
            "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"
        );
    }

    /// The chunked scan must agree with a plain walk at every index, across
    /// 64-byte chunk boundaries and from both ends.
    #[test]
    fn byte_offsets_match_char_indices() {
        let unit = "aé€😀b";
        for reps in [1usize, 7, 13, 40] {
            let s = unit.repeat(reps);
            let n = s.chars().count();
            let mut expected: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
            expected.push(s.len());
            for (index, &want) in expected.iter().enumerate() {
                assert_eq!(
                    utf8_byte_offset(s.as_bytes(), index, n),
                    want,
                    "index {index} of {reps}"
                );
            }
            assert_eq!(utf8_byte_offset(s.as_bytes(), n + 5, n), s.len());
        }
    }
}
