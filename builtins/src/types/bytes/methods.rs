//! The str-like methods shared by `bytes` and `bytearray` (CPython's
//! `bytes_methods.c` and `stringlib`): searching, splitting, case changes, padding, hex.

use super::{
    buffer_arg, bytes_like, decode_bytes, is_bytearray, needle, new_like, parse_args, self_data,
};
use crate::types::slice::slice_index;
use taipan_object::function::{MethodDef, NativeFn};
use taipan_object::object::{Obj, ObjRef, Payload};
use taipan_object::{PyResult, Value, Vm};

/// `Py_ISSPACE` for bytes.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// A C `int` argument (argument clinic's `int` converter).
fn c_int_arg(vm: &mut Vm, x: &Value) -> PyResult<i64> {
    let r = vm.index(x)?;
    match taipan_object::number::as_i64(&r) {
        Some(n) if i32::try_from(n).is_ok() => Ok(n),
        _ => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

/// First occurrence of `n` in `h[start..end]` (positions into `h`).
pub fn find_sub(h: &[u8], n: &[u8], start: usize, end: usize) -> Option<usize> {
    let end = end.min(h.len());
    if start > end || end - start < n.len() {
        return None;
    }
    if n.is_empty() {
        return Some(start);
    }
    if n.len() == 1 {
        return h[start..end]
            .iter()
            .position(|&c| c == n[0])
            .map(|i| i + start);
    }
    h[start..end]
        .windows(n.len())
        .position(|w| w == n)
        .map(|i| i + start)
}

/// Last occurrence of `n` in `h[start..end]`.
fn rfind_sub(h: &[u8], n: &[u8], start: usize, end: usize) -> Option<usize> {
    let end = end.min(h.len());
    if start > end || end - start < n.len() {
        return None;
    }
    if n.is_empty() {
        return Some(end);
    }
    h[start..end]
        .windows(n.len())
        .rposition(|w| w == n)
        .map(|i| i + start)
}

/// Non-overlapping occurrences of `n` in `h[start..end]`.
fn count_sub(h: &[u8], n: &[u8], start: usize, end: usize, max: usize) -> usize {
    let end = end.min(h.len());
    if start > end || end - start < n.len() {
        return 0;
    }
    if n.is_empty() {
        return (end - start + 1).min(max);
    }
    let mut count = 0;
    let mut i = start;
    while count < max {
        match find_sub(h, n, i, end) {
            Some(j) => {
                count += 1;
                i = j + n.len();
            }
            None => break,
        }
    }
    count
}

/// `ADJUST_INDICES`: clip `end` to the length and make negative indices relative.
fn adjust(start: i64, end: i64, len: usize) -> (usize, usize) {
    let n = len as i64;
    let end = if end > n {
        n
    } else if end < 0 {
        (end + n).max(0)
    } else {
        end
    };
    let start = if start < 0 { (start + n).max(0) } else { start };
    (start.max(0) as usize, end.max(0) as usize)
}

/// Optional `start`/`end` arguments (None allowed).
fn opt_index(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(x) => slice_index(vm, x),
    }
}

/// `(sub[, start[, end]])` of the search methods.
fn search_args(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    len: usize,
) -> PyResult<(Vec<u8>, usize, usize)> {
    if args.is_empty() {
        return Err(vm.type_error(format!("{name}() takes at least 1 argument (0 given)")));
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let sub = needle(vm, &args[0])?;
    let start = opt_index(vm, args.get(1), 0)?;
    let end = opt_index(vm, args.get(2), i64::MAX)?;
    let (s, e) = adjust(start, end, len);
    Ok((sub, s, e))
}

fn find(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    let d = self_data(vm, v)?;
    let (sub, s, e) = search_args(vm, "find", args, d.len())?;
    Ok(Value::Int(
        find_sub(&d, &sub, s, e).map_or(-1, |i| i as i64),
    ))
}

fn rfind(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    let d = self_data(vm, v)?;
    let (sub, s, e) = search_args(vm, "rfind", args, d.len())?;
    Ok(Value::Int(
        rfind_sub(&d, &sub, s, e).map_or(-1, |i| i as i64),
    ))
}

fn index(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    let d = self_data(vm, v)?;
    let (sub, s, e) = search_args(vm, "index", args, d.len())?;
    match find_sub(&d, &sub, s, e) {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn rindex(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    let d = self_data(vm, v)?;
    let (sub, s, e) = search_args(vm, "rindex", args, d.len())?;
    match rfind_sub(&d, &sub, s, e) {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn count(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    let d = self_data(vm, v)?;
    let (sub, s, e) = search_args(vm, "count", args, d.len())?;
    Ok(Value::Int(count_sub(&d, &sub, s, e, usize::MAX) as i64))
}

/// Like `_Py_bytes_tailmatch` over a bytes or a tuple of bytes.
fn tailmatch(vm: &mut Vm, v: &Value, args: &[Value], name: &str, at_end: bool) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error(format!("{name}() takes at least 1 argument (0 given)")));
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let d = self_data(vm, v)?;
    let start = opt_index(vm, args.get(1), 0)?;
    let end = opt_index(vm, args.get(2), i64::MAX)?;
    let (s, e) = adjust(start, end, d.len());
    let matches = |sub: &[u8]| -> bool {
        let (len, slen) = (d.len(), sub.len());
        let (mut s, e) = (s, e.min(len));
        if !at_end {
            if s + slen > len {
                return false;
            }
        } else {
            if e < s || e - s < slen || s > len {
                return false;
            }
            if e - slen > s {
                s = e - slen;
            }
        }
        if e < s || e - s < slen {
            return false;
        }
        &d[s..s + slen] == sub
    };
    if let Some(t) = args[0].as_obj().and_then(|o| o.as_tuple()) {
        for item in t {
            let sub = buffer_arg(vm, item)?;
            if matches(&sub) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    match bytes_like(&args[0]) {
        Some(sub) => Ok(Value::bool(matches(&sub))),
        None => Err(vm.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            vm.type_name(&args[0])
        ))),
    }
}

fn startswith(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    tailmatch(vm, v, args, "startswith", false)
}

fn endswith(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    tailmatch(vm, v, args, "endswith", true)
}

fn decode(vm: &mut Vm, v: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = parse_args(vm, "decode", args, kwnames, &["encoding", "errors"], 0)?;
    let text = |vm: &Vm, x: &Option<Value>, n: usize, dflt: &str| -> PyResult<String> {
        match x {
            None => Ok(dflt.to_string()),
            Some(s) => crate::util::as_str(s)
                .map(|s| s.to_string())
                .ok_or_else(|| {
                    vm.type_error(format!(
                        "decode() argument {n} must be str, not {}",
                        vm.type_name(s)
                    ))
                }),
        }
    };
    let enc = text(vm, &a[0], 1, "utf-8")?;
    let errors = text(vm, &a[1], 2, "strict")?;
    let d = self_data(vm, v)?.into_owned();
    let s = decode_bytes(vm, &d, &enc, &errors)?;
    Ok(vm.new_str(s))
}

/// Like `_Py_strhex_impl`: `sep` every `bytes_per_sep` bytes, counted from
/// the right (positive) or the left (negative).
fn hex(vm: &mut Vm, v: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = parse_args(vm, "hex", args, kwnames, &["sep", "bytes_per_sep"], 0)?;
    let d = self_data(vm, v)?;
    let sep: Option<u8> = match &a[0] {
        None => None,
        Some(s) => {
            let bytes: Vec<u8> = if let Some(t) = crate::util::as_str(s) {
                if !t.is_ascii() {
                    return Err(vm.value_error("sep must be ASCII."));
                }
                t.as_bytes().to_vec()
            } else if let Some(b) = bytes_like(s) {
                b.into_owned()
            } else {
                return Err(vm.type_error("sep must be str or bytes."));
            };
            if bytes.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            Some(bytes[0])
        }
    };
    let per = match &a[1] {
        None => 1,
        Some(x) => c_int_arg(vm, x)?,
    };
    Ok(vm.new_str(hex_string(&d, sep, per)))
}

pub fn hex_string(d: &[u8], sep: Option<u8>, per: i64) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(d.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, &b) in d.iter().enumerate() {
        if let (Some(s), true) = (sep, group > 0 && i > 0) {
            let boundary = if per > 0 {
                (d.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(s as char);
            }
        }
        out.push(HEX[(b >> 4) as usize] as char);
        out.push(HEX[(b & 15) as usize] as char);
    }
    out
}

/// `bytes.fromhex(string)` (a class method).
fn fromhex(vm: &mut Vm, cls: &Value, s: &Value) -> PyResult {
    let Some(text) = crate::util::as_str(s) else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(s)
        )));
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let digit = |c: Option<&char>| {
        c.and_then(|c| c.to_digit(16))
            .filter(|_| c.is_some_and(|c| c.is_ascii()))
    };
    while i < chars.len() {
        if chars[i].is_ascii() && is_space(chars[i] as u8) {
            i += 1;
            continue;
        }
        let Some(top) = digit(chars.get(i)) else {
            return Err(vm.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {i}"
            )));
        };
        let Some(bot) = digit(chars.get(i + 1)) else {
            return Err(vm.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {}",
                i + 1
            )));
        };
        out.push((top * 16 + bot) as u8);
        i += 2;
    }
    let is_bytes =
        crate::util::as_type(cls).is_some_and(|t| std::rc::Rc::ptr_eq(t, &vm.types.bytes));
    let is_ba =
        crate::util::as_type(cls).is_some_and(|t| std::rc::Rc::ptr_eq(t, &vm.types.bytearray));
    if is_bytes {
        return Ok(vm.new_bytes(out));
    }
    if is_ba {
        return Ok(super::new_bytearray(vm, out));
    }
    let b = vm.new_bytes(out);
    vm.call(cls, &[b], None)
}

fn join(vm: &mut Vm, v: &Value, iterable: &Value) -> PyResult {
    let sep = self_data(vm, v)?.into_owned();
    let items = crate::types::list::seq_fast(vm, iterable, "can only join an iterable")?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(b) = bytes_like(item) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(item)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(new_like(vm, v, out))
}

fn make_list(vm: &Vm, like: &Value, parts: Vec<Vec<u8>>) -> Value {
    let items = parts.into_iter().map(|p| new_like(vm, like, p)).collect();
    vm.new_list(items)
}

/// `(sep=None, maxsplit=-1)` of split/rsplit.
fn split_args(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwnames: Option<&ObjRef>,
) -> PyResult<(Option<Vec<u8>>, usize)> {
    let a = parse_args(vm, name, args, kwnames, &["sep", "maxsplit"], 0)?;
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(s) => {
            let b = buffer_arg(vm, s)?.into_owned();
            if b.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(b)
        }
    };
    let max = match &a[1] {
        None => -1,
        Some(x) => crate::types::list::ssize_arg(vm, x)?,
    };
    Ok((sep, if max < 0 { usize::MAX } else { max as usize }))
}

fn split(vm: &mut Vm, v: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let (sep, max) = split_args(vm, "split", args, kwnames)?;
    let d = self_data(vm, v)?;
    let mut parts = Vec::new();
    match sep {
        None => {
            let mut i = 0;
            let n = d.len();
            while i < n {
                while i < n && is_space(d[i]) {
                    i += 1;
                }
                if i >= n {
                    break;
                }
                if parts.len() == max {
                    parts.push(d[i..].to_vec());
                    break;
                }
                let s = i;
                while i < n && !is_space(d[i]) {
                    i += 1;
                }
                parts.push(d[s..i].to_vec());
            }
        }
        Some(sep) => {
            let mut i = 0;
            while parts.len() < max {
                match find_sub(&d, &sep, i, d.len()) {
                    Some(j) => {
                        parts.push(d[i..j].to_vec());
                        i = j + sep.len();
                    }
                    None => break,
                }
            }
            parts.push(d[i..].to_vec());
        }
    }
    Ok(make_list(vm, v, parts))
}

fn rsplit(vm: &mut Vm, v: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let (sep, max) = split_args(vm, "rsplit", args, kwnames)?;
    let d = self_data(vm, v)?;
    let mut parts = Vec::new();
    match sep {
        None => {
            let mut i = d.len();
            while i > 0 {
                while i > 0 && is_space(d[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if parts.len() == max {
                    parts.push(d[..i].to_vec());
                    break;
                }
                let e = i;
                while i > 0 && !is_space(d[i - 1]) {
                    i -= 1;
                }
                parts.push(d[i..e].to_vec());
            }
        }
        Some(sep) => {
            let mut end = d.len();
            while parts.len() < max {
                match rfind_sub(&d, &sep, 0, end) {
                    Some(j) => {
                        parts.push(d[j + sep.len()..end].to_vec());
                        end = j;
                    }
                    None => break,
                }
            }
            parts.push(d[..end].to_vec());
        }
    }
    parts.reverse();
    Ok(make_list(vm, v, parts))
}

fn strip_impl(
    vm: &mut Vm,
    v: &Value,
    args: &[Value],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult {
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "{name} expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let chars: Option<Vec<u8>> = match args.first() {
        None | Some(Value::None) => None,
        Some(x) => Some(buffer_arg(vm, x)?.into_owned()),
    };
    let d = self_data(vm, v)?;
    let strip = |c: u8| match &chars {
        None => is_space(c),
        Some(set) => set.contains(&c),
    };
    let mut s = 0;
    let mut e = d.len();
    if left {
        while s < e && strip(d[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(d[e - 1]) {
            e -= 1;
        }
    }
    Ok(new_like(vm, v, d[s..e].to_vec()))
}

fn strip(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    strip_impl(vm, v, args, "strip", true, true)
}
fn lstrip(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    strip_impl(vm, v, args, "lstrip", true, false)
}
fn rstrip(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    strip_impl(vm, v, args, "rstrip", false, true)
}

/// Like `stringlib_replace`, including an empty `old`.
fn replace(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    if args.len() < 2 {
        return Err(vm.type_error(format!(
            "replace expected at least 2 arguments, got {}",
            args.len()
        )));
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "replace expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    let old = buffer_arg(vm, &args[0])?.into_owned();
    let new = buffer_arg(vm, &args[1])?.into_owned();
    let max = match args.get(2) {
        None => -1,
        Some(x) => crate::types::list::ssize_arg(vm, x)?,
    };
    let max = if max < 0 { usize::MAX } else { max as usize };
    let d = self_data(vm, v)?;
    let mut out = Vec::with_capacity(d.len());
    if old.is_empty() {
        let mut n = 0;
        for (i, &c) in d.iter().enumerate() {
            if n < max {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(c);
            if i + 1 == d.len() && n < max {
                out.extend_from_slice(&new);
                n += 1;
            }
        }
        if d.is_empty() && max > 0 {
            out.extend_from_slice(&new);
        }
        return Ok(new_like(vm, v, out));
    }
    let mut i = 0;
    let mut n = 0;
    while n < max {
        match find_sub(&d, &old, i, d.len()) {
            Some(j) => {
                out.extend_from_slice(&d[i..j]);
                out.extend_from_slice(&new);
                i = j + old.len();
                n += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&d[i..]);
    Ok(new_like(vm, v, out))
}

fn map_bytes(vm: &mut Vm, v: &Value, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult {
    let d = self_data(vm, v)?;
    let out = f(&d);
    Ok(new_like(vm, v, out))
}

fn upper(vm: &mut Vm, v: &Value) -> PyResult {
    map_bytes(vm, v, |d| d.to_ascii_uppercase())
}
fn lower(vm: &mut Vm, v: &Value) -> PyResult {
    map_bytes(vm, v, |d| d.to_ascii_lowercase())
}
fn swapcase(vm: &mut Vm, v: &Value) -> PyResult {
    map_bytes(vm, v, |d| {
        d.iter()
            .map(|&c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}
fn capitalize(vm: &mut Vm, v: &Value) -> PyResult {
    map_bytes(vm, v, |d| {
        d.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}
/// Like `_Py_bytes_title`: upper after an uncased byte, lower after a cased one.
fn title(vm: &mut Vm, v: &Value) -> PyResult {
    map_bytes(vm, v, |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&c| {
                let r = if c.is_ascii_alphabetic() {
                    if prev_cased {
                        c.to_ascii_lowercase()
                    } else {
                        c.to_ascii_uppercase()
                    }
                } else {
                    c
                };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn pred(vm: &mut Vm, v: &Value, f: impl Fn(&[u8]) -> bool) -> PyResult {
    let d = self_data(vm, v)?;
    Ok(Value::bool(f(&d)))
}

fn isalnum(vm: &mut Vm, v: &Value) -> PyResult {
    pred(vm, v, |d| {
        !d.is_empty() && d.iter().all(|c| c.is_ascii_alphanumeric())
    })
}
fn isalpha(vm: &mut Vm, v: &Value) -> PyResult {
    pred(vm, v, |d| {
        !d.is_empty() && d.iter().all(|c| c.is_ascii_alphabetic())
    })
}
fn isdigit(vm: &mut Vm, v: &Value) -> PyResult {
    pred(vm, v, |d| {
        !d.is_empty() && d.iter().all(|c| c.is_ascii_digit())
    })
}
fn isspace(vm: &mut Vm, v: &Value) -> PyResult {
    pred(vm, v, |d| !d.is_empty() && d.iter().all(|&c| is_space(c)))
}
fn isascii(vm: &mut Vm, v: &Value) -> PyResult {
    pred(vm, v, |d| d.is_ascii())
}
fn isupper(vm: &mut Vm, v: &Value) -> PyResult {
    pred(vm, v, |d| {
        d.iter().any(|c| c.is_ascii_uppercase()) && !d.iter().any(|c| c.is_ascii_lowercase())
    })
}
fn islower(vm: &mut Vm, v: &Value) -> PyResult {
    pred(vm, v, |d| {
        d.iter().any(|c| c.is_ascii_lowercase()) && !d.iter().any(|c| c.is_ascii_uppercase())
    })
}
/// Like `_Py_bytes_istitle`.
fn istitle(vm: &mut Vm, v: &Value) -> PyResult {
    pred(vm, v, |d| {
        let (mut cased, mut prev_cased) = (false, false);
        for &c in d {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

/// Lines split at `\n`, `\r` and `\r\n`.
fn splitlines(vm: &mut Vm, v: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = parse_args(vm, "splitlines", args, kwnames, &["keepends"], 0)?;
    let keep = match &a[0] {
        None => false,
        Some(x) => vm.truthy(x)?,
    };
    let d = self_data(vm, v)?;
    let mut parts = Vec::new();
    let mut i = 0;
    let n = d.len();
    while i < n {
        let s = i;
        while i < n && d[i] != b'\n' && d[i] != b'\r' {
            i += 1;
        }
        let mut e = i;
        if i < n {
            if d[i] == b'\r' && i + 1 < n && d[i + 1] == b'\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keep {
                e = i;
            }
        }
        parts.push(d[s..e].to_vec());
    }
    Ok(make_list(vm, v, parts))
}

fn partition_impl(vm: &mut Vm, v: &Value, sep: &Value, from_right: bool) -> PyResult {
    let sep_b = buffer_arg(vm, sep)?.into_owned();
    if sep_b.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let d = self_data(vm, v)?;
    let pos = if from_right {
        rfind_sub(&d, &sep_b, 0, d.len())
    } else {
        find_sub(&d, &sep_b, 0, d.len())
    };
    let parts = match pos {
        Some(i) => [
            d[..i].to_vec(),
            sep_b.clone(),
            d[i + sep_b.len()..].to_vec(),
        ],
        None if from_right => [Vec::new(), Vec::new(), d.to_vec()],
        None => [d.to_vec(), Vec::new(), Vec::new()],
    };
    let items = parts.into_iter().map(|p| new_like(vm, v, p)).collect();
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, v: &Value, sep: &Value) -> PyResult {
    partition_impl(vm, v, sep, false)
}
fn rpartition(vm: &mut Vm, v: &Value, sep: &Value) -> PyResult {
    partition_impl(vm, v, sep, true)
}

/// `(width[, fillchar])` of center/ljust/rjust.
fn pad_args(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<(i64, u8)> {
    if args.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "{name} expected at most 2 arguments, got {}",
            args.len()
        )));
    }
    let width = crate::types::list::ssize_arg(vm, &args[0])?;
    let fill = match args.get(1) {
        None => b' ',
        Some(f) => match bytes_like(f) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(f)
                )))
            }
        },
    };
    Ok((width, fill))
}

fn pad(vm: &mut Vm, v: &Value, left: usize, right: usize, fill: u8) -> PyResult {
    let d = self_data(vm, v)?;
    let total = d.len().saturating_add(left).saturating_add(right);
    if total > isize::MAX as usize - 64 {
        return Err(vm.overflow_error("byte string is too large"));
    }
    let mut out = Vec::new();
    out.try_reserve_exact(d.len() + left + right)
        .map_err(|_| vm.memory_error())?;
    out.resize(left, fill);
    out.extend_from_slice(&d);
    out.resize(out.len() + right, fill);
    Ok(new_like(vm, v, out))
}

fn margin(vm: &Vm, v: &Value, width: i64) -> PyResult<usize> {
    let len = self_data(vm, v)?.len() as i64;
    Ok((width - len).max(0) as usize)
}

fn center(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    let (width, fill) = pad_args(vm, "center", args)?;
    let marg = margin(vm, v, width)?;
    let left = marg / 2 + (marg & (width as usize) & 1);
    pad(vm, v, left, marg - left, fill)
}
fn ljust(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    let (width, fill) = pad_args(vm, "ljust", args)?;
    let marg = margin(vm, v, width)?;
    pad(vm, v, 0, marg, fill)
}
fn rjust(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    let (width, fill) = pad_args(vm, "rjust", args)?;
    let marg = margin(vm, v, width)?;
    pad(vm, v, marg, 0, fill)
}

fn zfill(vm: &mut Vm, v: &Value, w: &Value) -> PyResult {
    let width = crate::types::list::ssize_arg(vm, w)?;
    let marg = margin(vm, v, width)?;
    let d = self_data(vm, v)?;
    if marg > isize::MAX as usize - 64 - d.len() {
        return Err(vm.overflow_error("byte string is too large"));
    }
    let mut out = Vec::new();
    out.try_reserve_exact(marg + d.len())
        .map_err(|_| vm.memory_error())?;
    out.resize(marg, b'0');
    out.extend_from_slice(&d);
    if marg > 0 && matches!(out.get(marg), Some(b'+' | b'-')) {
        out[0] = out[marg];
        out[marg] = b'0';
    }
    Ok(new_like(vm, v, out))
}

fn translate(vm: &mut Vm, v: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let nkw = taipan_object::call::kw_count(kwnames);
    if args.len() - nkw == 0 {
        return Err(vm.type_error("translate() takes at least 1 positional argument (0 given)"));
    }
    let a = parse_args(vm, "translate", args, kwnames, &["table", "delete"], 1)?;
    let table: Option<Vec<u8>> = match &a[0] {
        None | Some(Value::None) => None,
        Some(t) => {
            let b = buffer_arg(vm, t)?.into_owned();
            if b.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(b)
        }
    };
    let delete: Vec<u8> = match &a[1] {
        None => Vec::new(),
        Some(x) => buffer_arg(vm, x)?.into_owned(),
    };
    let d = self_data(vm, v)?;
    let out = d
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(new_like(vm, v, out))
}

fn maketrans(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "maketrans expected 2 arguments, got {}",
            args.len()
        )));
    }
    let from = buffer_arg(vm, &args[0])?.into_owned();
    let to = buffer_arg(vm, &args[1])?.into_owned();
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(vm.new_bytes(table))
}

static MAKETRANS: MethodDef = MethodDef {
    name: "maketrans",
    func: NativeFn::FastCall(maketrans),
    doc: "",
};

/// `bytes.maketrans` as a static method.
pub fn maketrans_static(vm: &Vm) -> Value {
    let f = vm.new_builtin_function(&MAKETRANS, None);
    Value::Obj(Obj::new(&vm.types.staticmethod, Payload::StaticMethod(f)))
}

fn expandtabs(vm: &mut Vm, v: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = parse_args(vm, "expandtabs", args, kwnames, &["tabsize"], 0)?;
    let tab = match &a[0] {
        None => 8,
        Some(x) => c_int_arg(vm, x)?,
    };
    let d = self_data(vm, v)?;
    let mut out = Vec::with_capacity(d.len());
    let mut col: i64 = 0;
    for &c in d.iter() {
        match c {
            b'\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    if out.len() as i64 + n > crate::format::MAX_OUTPUT_CHARS as i64 {
                        return Err(vm.overflow_error("result too long"));
                    }
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_like(vm, v, out))
}

fn removeprefix(vm: &mut Vm, v: &Value, p: &Value) -> PyResult {
    let p = buffer_arg(vm, p)?.into_owned();
    let d = self_data(vm, v)?;
    let out = d.strip_prefix(p.as_slice()).unwrap_or(&d).to_vec();
    Ok(new_like(vm, v, out))
}

fn removesuffix(vm: &mut Vm, v: &Value, p: &Value) -> PyResult {
    let p = buffer_arg(vm, p)?.into_owned();
    let d = self_data(vm, v)?;
    let out = d.strip_suffix(p.as_slice()).unwrap_or(&d).to_vec();
    Ok(new_like(vm, v, out))
}

fn sizeof(vm: &mut Vm, v: &Value) -> PyResult {
    let d = self_data(vm, v)?;
    let base = if is_bytearray(v) { 56 } else { 33 };
    Ok(Value::Int(base + d.len() as i64))
}

pub static METHODS: [MethodDef; 41] = [
    MethodDef {
        name: "decode",
        func: NativeFn::FastCallKw(decode),
        doc: "",
    },
    MethodDef {
        name: "hex",
        func: NativeFn::FastCallKw(hex),
        doc: "",
    },
    MethodDef {
        name: "join",
        func: NativeFn::O(join),
        doc: "",
    },
    MethodDef {
        name: "split",
        func: NativeFn::FastCallKw(split),
        doc: "",
    },
    MethodDef {
        name: "rsplit",
        func: NativeFn::FastCallKw(rsplit),
        doc: "",
    },
    MethodDef {
        name: "strip",
        func: NativeFn::FastCall(strip),
        doc: "",
    },
    MethodDef {
        name: "lstrip",
        func: NativeFn::FastCall(lstrip),
        doc: "",
    },
    MethodDef {
        name: "rstrip",
        func: NativeFn::FastCall(rstrip),
        doc: "",
    },
    MethodDef {
        name: "startswith",
        func: NativeFn::FastCall(startswith),
        doc: "",
    },
    MethodDef {
        name: "endswith",
        func: NativeFn::FastCall(endswith),
        doc: "",
    },
    MethodDef {
        name: "find",
        func: NativeFn::FastCall(find),
        doc: "",
    },
    MethodDef {
        name: "rfind",
        func: NativeFn::FastCall(rfind),
        doc: "",
    },
    MethodDef {
        name: "index",
        func: NativeFn::FastCall(index),
        doc: "",
    },
    MethodDef {
        name: "rindex",
        func: NativeFn::FastCall(rindex),
        doc: "",
    },
    MethodDef {
        name: "count",
        func: NativeFn::FastCall(count),
        doc: "",
    },
    MethodDef {
        name: "replace",
        func: NativeFn::FastCall(replace),
        doc: "",
    },
    MethodDef {
        name: "upper",
        func: NativeFn::NoArgs(upper),
        doc: "",
    },
    MethodDef {
        name: "lower",
        func: NativeFn::NoArgs(lower),
        doc: "",
    },
    MethodDef {
        name: "swapcase",
        func: NativeFn::NoArgs(swapcase),
        doc: "",
    },
    MethodDef {
        name: "capitalize",
        func: NativeFn::NoArgs(capitalize),
        doc: "",
    },
    MethodDef {
        name: "title",
        func: NativeFn::NoArgs(title),
        doc: "",
    },
    MethodDef {
        name: "isalnum",
        func: NativeFn::NoArgs(isalnum),
        doc: "",
    },
    MethodDef {
        name: "isalpha",
        func: NativeFn::NoArgs(isalpha),
        doc: "",
    },
    MethodDef {
        name: "isdigit",
        func: NativeFn::NoArgs(isdigit),
        doc: "",
    },
    MethodDef {
        name: "isspace",
        func: NativeFn::NoArgs(isspace),
        doc: "",
    },
    MethodDef {
        name: "isascii",
        func: NativeFn::NoArgs(isascii),
        doc: "",
    },
    MethodDef {
        name: "isupper",
        func: NativeFn::NoArgs(isupper),
        doc: "",
    },
    MethodDef {
        name: "islower",
        func: NativeFn::NoArgs(islower),
        doc: "",
    },
    MethodDef {
        name: "istitle",
        func: NativeFn::NoArgs(istitle),
        doc: "",
    },
    MethodDef {
        name: "splitlines",
        func: NativeFn::FastCallKw(splitlines),
        doc: "",
    },
    MethodDef {
        name: "partition",
        func: NativeFn::O(partition),
        doc: "",
    },
    MethodDef {
        name: "rpartition",
        func: NativeFn::O(rpartition),
        doc: "",
    },
    MethodDef {
        name: "center",
        func: NativeFn::FastCall(center),
        doc: "",
    },
    MethodDef {
        name: "ljust",
        func: NativeFn::FastCall(ljust),
        doc: "",
    },
    MethodDef {
        name: "rjust",
        func: NativeFn::FastCall(rjust),
        doc: "",
    },
    MethodDef {
        name: "zfill",
        func: NativeFn::O(zfill),
        doc: "",
    },
    MethodDef {
        name: "translate",
        func: NativeFn::FastCallKw(translate),
        doc: "",
    },
    MethodDef {
        name: "expandtabs",
        func: NativeFn::FastCallKw(expandtabs),
        doc: "",
    },
    MethodDef {
        name: "removeprefix",
        func: NativeFn::O(removeprefix),
        doc: "",
    },
    MethodDef {
        name: "removesuffix",
        func: NativeFn::O(removesuffix),
        doc: "",
    },
    MethodDef {
        name: "__sizeof__",
        func: NativeFn::NoArgs(sizeof),
        doc: "",
    },
];

pub static CLASS_METHODS: [MethodDef; 1] = [MethodDef {
    name: "fromhex",
    func: NativeFn::O(fromhex),
    doc: "",
}];
