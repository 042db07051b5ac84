//! The methods of `str` (CPython's `unicode_methods` table).

use super::str::{
    adjust_indices, bind_kw, byte_at, check_nargs, check_nargs_old, cint_arg, encode, is_exact_str,
    new_str_checked, pystr, self_str, slice_index_arg, ssize_arg, substr, unchanged, MAX_STR_BYTES,
};
use super::str_format::{str_format, str_format_map, FormatKwargs};
use super::str_unicode as uni;
use crate::format::is_unicode_space;
use crate::util::format_error;
use num_traits::ToPrimitive;
use taipan_object::function::{MethodDef, NativeFn};
use taipan_object::pystr::PyStr;
use taipan_object::{ObjRef, Payload, PyResult, Value, Vm};

macro_rules! m {
    ($name:literal, $kind:ident, $f:ident) => {
        MethodDef {
            name: $name,
            func: NativeFn::$kind($f),
            doc: "",
        }
    };
}

pub static METHODS: [MethodDef; 49] = [
    m!("encode", FastCallKw, str_encode),
    m!("replace", FastCall, str_replace),
    m!("split", FastCallKw, str_split),
    m!("rsplit", FastCallKw, str_rsplit),
    m!("join", O, str_join),
    m!("capitalize", NoArgs, str_capitalize),
    m!("casefold", NoArgs, str_casefold),
    m!("title", NoArgs, str_title),
    m!("center", FastCall, str_center),
    m!("count", FastCall, str_count),
    m!("expandtabs", FastCallKw, str_expandtabs),
    m!("find", FastCall, str_find),
    m!("partition", O, str_partition),
    m!("index", FastCall, str_index),
    m!("ljust", FastCall, str_ljust),
    m!("lower", NoArgs, str_lower),
    m!("lstrip", FastCall, str_lstrip),
    m!("rfind", FastCall, str_rfind),
    m!("rindex", FastCall, str_rindex),
    m!("rjust", FastCall, str_rjust),
    m!("rstrip", FastCall, str_rstrip),
    m!("rpartition", O, str_rpartition),
    m!("splitlines", FastCallKw, str_splitlines),
    m!("strip", FastCall, str_strip),
    m!("swapcase", NoArgs, str_swapcase),
    m!("translate", O, str_translate),
    m!("upper", NoArgs, str_upper),
    m!("startswith", FastCall, str_startswith),
    m!("endswith", FastCall, str_endswith),
    m!("removeprefix", O, str_removeprefix),
    m!("removesuffix", O, str_removesuffix),
    m!("isascii", NoArgs, str_isascii),
    m!("islower", NoArgs, str_islower),
    m!("isupper", NoArgs, str_isupper),
    m!("istitle", NoArgs, str_istitle),
    m!("isspace", NoArgs, str_isspace),
    m!("isdecimal", NoArgs, str_isdecimal),
    m!("isdigit", NoArgs, str_isdigit),
    m!("isnumeric", NoArgs, str_isnumeric),
    m!("isalpha", NoArgs, str_isalpha),
    m!("isalnum", NoArgs, str_isalnum),
    m!("isidentifier", NoArgs, str_isidentifier),
    m!("isprintable", NoArgs, str_isprintable),
    m!("zfill", O, str_zfill),
    m!("format", FastCallKw, str_format_method),
    m!("format_map", O, str_format_map_method),
    m!("__format__", O, str_dunder_format),
    m!("__getnewargs__", NoArgs, str_getnewargs),
    m!("__sizeof__", NoArgs, str_sizeof),
];

/// `str.maketrans`, installed as a staticmethod.
pub static MAKETRANS: MethodDef = m!("maketrans", FastCall, str_maketrans);

// ----- helpers -----

fn new_list_of_strs(vm: &Vm, parts: Vec<&str>) -> Value {
    let items: Vec<Value> = parts.into_iter().map(|p| substr(vm, p)).collect();
    vm.new_list(items)
}

/// A str argument with the bare "must be str, not int" of `PyUnicode_Check` failures.
fn str_arg_bare<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a PyStr> {
    pystr(v).ok_or_else(|| vm.type_error(format!("must be str, not {}", vm.type_name(v))))
}

/// `parse_args_finds_unicode`: (sub, start, end) with start/end as char indices
/// after `ADJUST_INDICES`.
fn find_args<'a>(
    vm: &mut Vm,
    name: &str,
    s: &PyStr,
    args: &'a [Value],
) -> PyResult<(&'a Value, usize, usize)> {
    check_nargs_old(vm, name, args.len(), 1, 3)?;
    let start = slice_index_arg(vm, args.get(1), 0)?;
    let end = slice_index_arg(vm, args.get(2), i64::MAX)?;
    let (a, b) = adjust_indices(start, end, s.char_len());
    Ok((&args[0], a, b))
}

/// Char-indexed search of `sub` in `s[start:end]`.
fn find_in(s: &PyStr, sub: &str, start: usize, end: usize, reverse: bool) -> Option<usize> {
    if start > end {
        return None;
    }
    if sub.is_empty() {
        return Some(if reverse { end } else { start });
    }
    let (a, b) = (byte_at(s, start), byte_at(s, end));
    let hay = s.as_str().get(a..b)?;
    let off = if reverse {
        hay.rfind(sub)?
    } else {
        hay.find(sub)?
    };
    Some(if s.is_ascii() {
        start + off
    } else {
        start + hay.get(..off).map_or(0, |p| p.chars().count())
    })
}

fn find_common(
    vm: &mut Vm,
    name: &str,
    v: &Value,
    args: &[Value],
    reverse: bool,
) -> PyResult<Option<usize>> {
    let s = self_str(v);
    let (sub, start, end) = find_args(vm, name, s, args)?;
    let sub = str_arg_bare(vm, sub)?;
    Ok(find_in(s, sub.as_str(), start, end, reverse))
}

fn str_find(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    Ok(Value::Int(
        find_common(vm, "find", v, args, false)?.map_or(-1, |i| i as i64),
    ))
}

fn str_rfind(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    Ok(Value::Int(
        find_common(vm, "rfind", v, args, true)?.map_or(-1, |i| i as i64),
    ))
}

fn str_index(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    match find_common(vm, "index", v, args, false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn str_rindex(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    match find_common(vm, "rindex", v, args, true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn str_count(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    let s = self_str(v);
    let (sub, start, end) = find_args(vm, "count", s, args)?;
    let sub = str_arg_bare(vm, sub)?.as_str();
    if start > end {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int(
            (end.min(s.char_len()) - start.min(s.char_len())) as i64 + 1,
        ));
    }
    let (a, b) = (byte_at(s, start), byte_at(s, end));
    let hay = s.as_str().get(a..b).unwrap_or("");
    Ok(Value::Int(hay.matches(sub).count() as i64))
}

/// `tailmatch`: does `s[start:end]` start (or end) with `sub`?
fn tailmatch(s: &PyStr, sub: &PyStr, start: usize, end: usize, at_end: bool) -> bool {
    if end < start || end - start < sub.char_len() {
        return false;
    }
    if sub.char_len() == 0 {
        return true;
    }
    let (a, b) = (byte_at(s, start), byte_at(s, end));
    let hay = s.as_str().get(a..b).unwrap_or("");
    if at_end {
        hay.ends_with(sub.as_str())
    } else {
        hay.starts_with(sub.as_str())
    }
}

fn starts_ends(vm: &mut Vm, name: &str, v: &Value, args: &[Value], at_end: bool) -> PyResult {
    let s = self_str(v);
    let (prefix, start, end) = find_args(vm, name, s, args)?;
    if let Some(p) = pystr(prefix) {
        return Ok(Value::bool(tailmatch(s, p, start, end, at_end)));
    }
    let Some(items) = prefix.as_obj().and_then(|o| o.as_tuple()) else {
        return Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            vm.type_name(prefix)
        )));
    };
    for item in items {
        let Some(p) = pystr(item) else {
            return Err(vm.type_error(format!(
                "tuple for {name} must only contain str, not {}",
                vm.type_name(item)
            )));
        };
        if tailmatch(s, p, start, end, at_end) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn str_startswith(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    starts_ends(vm, "startswith", v, args, false)
}

fn str_endswith(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    starts_ends(vm, "endswith", v, args, true)
}

// ----- split / join -----

/// The maxsplit argument: negative means no limit.
fn maxsplit_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<usize> {
    match v {
        None => Ok(usize::MAX),
        Some(v) => {
            let n = ssize_arg(vm, v)?;
            Ok(if n < 0 { usize::MAX } else { n as usize })
        }
    }
}

fn sep_arg<'a>(vm: &Vm, v: &'a Option<Value>) -> PyResult<Option<&'a str>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(s) => match pystr(s) {
            Some(p) if p.as_str().is_empty() => Err(vm.value_error("empty separator")),
            Some(p) => Ok(Some(p.as_str())),
            None => Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(s)))),
        },
    }
}

/// Byte length of the whitespace char at byte `i` of `s`, or 0 when it is
/// not whitespace (`Py_UNICODE_ISSPACE`, ASCII answered from the byte).
#[inline(always)]
fn space_len(s: &str, i: usize) -> usize {
    match s.as_bytes().get(i) {
        Some(&x) if x < 0x80 => is_ascii_space(x) as usize,
        Some(_) => non_ascii_space_len(s, i),
        None => 0,
    }
}

#[inline(always)]
fn is_ascii_space(x: u8) -> bool {
    matches!(x, b'\t'..=b'\r' | 0x1c..=b' ')
}

#[cold]
fn non_ascii_space_len(s: &str, i: usize) -> usize {
    match s.get(i..).and_then(|t| t.chars().next()) {
        Some(c) if is_unicode_space(c) => c.len_utf8(),
        _ => 0,
    }
}

/// Byte length of the UTF-8 sequence starting with lead byte `x`.
#[inline]
fn utf8_len(x: u8) -> usize {
    match x {
        0..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

/// Start of the char that ends at byte `i` (exclusive).
#[inline]
fn prev_start(b: &[u8], mut i: usize) -> usize {
    i -= 1;
    while i > 0 && (b[i] & 0xc0) == 0x80 {
        i -= 1;
    }
    i
}

/// `split_whitespace`: runs of Unicode whitespace separate, leading and
/// trailing whitespace is dropped (the remainder after `maxsplit` keeps its
/// trailing whitespace).
fn split_whitespace(s: &str, maxsplit: usize) -> Vec<&str> {
    let b = s.as_bytes();
    let n = b.len();
    let mut out = Vec::new();
    let mut i = 0;
    let mut splits = 0usize;
    loop {
        while i < n {
            let l = space_len(s, i);
            if l == 0 {
                break;
            }
            i += l;
        }
        if i >= n {
            break;
        }
        if splits == maxsplit {
            out.push(&s[i..]);
            break;
        }
        let start = i;
        while i < n && space_len(s, i) == 0 {
            i += utf8_len(b[i]);
        }
        out.push(&s[start..i.min(n)]);
        splits += 1;
    }
    out
}

/// `rsplit_whitespace`.
fn rsplit_whitespace(s: &str, maxsplit: usize) -> Vec<&str> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = b.len();
    let mut splits = 0usize;
    loop {
        while i > 0 {
            let p = prev_start(b, i);
            if space_len(s, p) == 0 {
                break;
            }
            i = p;
        }
        if i == 0 {
            break;
        }
        if splits == maxsplit {
            out.push(&s[..i]);
            break;
        }
        let end = i;
        while i > 0 {
            let p = prev_start(b, i);
            if space_len(s, p) != 0 {
                break;
            }
            i = p;
        }
        out.push(&s[i..end]);
        splits += 1;
    }
    out.reverse();
    out
}

fn split_impl(
    vm: &mut Vm,
    v: &Value,
    args: &[Value],
    kwnames: Option<&ObjRef>,
    reverse: bool,
) -> PyResult {
    let name = if reverse { "rsplit" } else { "split" };
    let a = bind_kw(vm, name, args, kwnames, &["sep", "maxsplit"])?;
    let maxsplit = maxsplit_arg(vm, a[1].as_ref())?;
    let sep = sep_arg(vm, &a[0])?;
    let s = self_str(v).as_str();
    let parts: Vec<&str> = match (sep, reverse) {
        (None, false) => split_whitespace(s, maxsplit),
        (None, true) => rsplit_whitespace(s, maxsplit),
        // A one-character separator (`","`, the common case) is searched
        // as a char: no substring searcher to set up per call.
        (Some(sep), false) => match one_char(sep) {
            Some(c) => s.splitn(maxsplit.saturating_add(1), c).collect(),
            None => s.splitn(maxsplit.saturating_add(1), sep).collect(),
        },
        (Some(sep), true) => {
            let n = maxsplit.saturating_add(1);
            let mut p: Vec<&str> = match one_char(sep) {
                Some(c) => s.rsplitn(n, c).collect(),
                None => s.rsplitn(n, sep).collect(),
            };
            p.reverse();
            p
        }
    };
    if parts.len() == 1 && parts[0].len() == s.len() && is_exact_str(vm, v) {
        return Ok(vm.new_list(vec![v.clone()]));
    }
    Ok(new_list_of_strs(vm, parts))
}

/// The char of a one-character string.
fn one_char(s: &str) -> Option<char> {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

fn str_split(vm: &mut Vm, v: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    split_impl(vm, v, args, kwnames, false)
}

fn str_rsplit(vm: &mut Vm, v: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    split_impl(vm, v, args, kwnames, true)
}

/// `str.splitlines(keepends=False)`: every `Py_UNICODE_ISLINEBREAK` ends a
/// line, "\r\n" counting as one break.
fn str_splitlines(vm: &mut Vm, v: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = bind_kw(vm, "splitlines", args, kwnames, &["keepends"])?;
    let keepends = match &a[0] {
        None => false,
        Some(k) => cint_arg(vm, k)? != 0,
    };
    let s = self_str(v).as_str();
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !uni::is_linebreak(c) {
            continue;
        }
        let mut eol = i + c.len_utf8();
        if c == '\r' && bytes.get(eol) == Some(&b'\n') {
            it.next();
            eol += 1;
        }
        out.push(&s[start..if keepends { eol } else { i }]);
        start = eol;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    Ok(new_list_of_strs(vm, out))
}

/// Like `PyUnicode_Join`.
fn str_join(vm: &mut Vm, v: &Value, iterable: &Value) -> PyResult {
    match iterable.as_obj().map(|o| &o.payload) {
        // Joining runs no Python code, so the list can stay borrowed.
        Some(Payload::List(l)) => join_items(vm, v, &l.borrow()),
        Some(Payload::Tuple(t)) => join_items(vm, v, t),
        _ => {
            let td = vm.type_data(iterable);
            if td.slots.iter.get().is_none() && td.slots.getitem.get().is_none() {
                return Err(vm.type_error("can only join an iterable"));
            }
            let items = vm.collect(iterable)?;
            join_items(vm, v, &items)
        }
    }
}

fn join_items(vm: &Vm, v: &Value, items: &[Value]) -> PyResult {
    let sep = self_str(v).as_str();
    if items.len() == 1 && is_exact_str(vm, &items[0]) {
        return Ok(items[0].clone());
    }
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, item) in items.iter().enumerate() {
        match pystr(item) {
            Some(p) => total = total.saturating_add(p.as_str().len()),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(item)
                )))
            }
        }
    }
    if total > MAX_STR_BYTES {
        return Err(vm.memory_error());
    }
    let mut out = String::with_capacity(total);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(self_str(item).as_str());
    }
    Ok(vm.new_str(out))
}

/// Like `PyUnicode_Partition` / `PyUnicode_RPartition`.
fn partition_impl(vm: &mut Vm, v: &Value, sep: &Value, reverse: bool) -> PyResult {
    let sep_s = str_arg_bare(vm, sep)?.as_str();
    if sep_s.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let s = self_str(v).as_str();
    let found = if reverse {
        s.rfind(sep_s)
    } else {
        s.find(sep_s)
    };
    let empty = Value::Obj(vm.empty_str.clone());
    let items = match found {
        Some(i) => {
            // The separator itself is returned, as an exact str.
            let sep_v = if is_exact_str(vm, sep) {
                sep.clone()
            } else {
                vm.new_str(sep_s)
            };
            vec![
                substr(vm, &s[..i]),
                sep_v,
                substr(vm, &s[i + sep_s.len()..]),
            ]
        }
        None if reverse => vec![empty.clone(), empty, unchanged(vm, v)],
        None => vec![unchanged(vm, v), empty.clone(), empty],
    };
    Ok(vm.new_tuple(items))
}

fn str_partition(vm: &mut Vm, v: &Value, sep: &Value) -> PyResult {
    partition_impl(vm, v, sep, false)
}

fn str_rpartition(vm: &mut Vm, v: &Value, sep: &Value) -> PyResult {
    partition_impl(vm, v, sep, true)
}

// ----- strip / replace -----

#[derive(Clone, Copy)]
enum Side {
    Left,
    Right,
    Both,
}

/// Like `do_argstrip`.
fn strip_impl(vm: &mut Vm, name: &str, v: &Value, args: &[Value], side: Side) -> PyResult {
    check_nargs(vm, name, args.len(), 0, 1)?;
    let s = self_str(v).as_str();
    let out = match args.first() {
        None | Some(Value::None) => match side {
            Side::Left => s.trim_start_matches(is_unicode_space),
            Side::Right => s.trim_end_matches(is_unicode_space),
            Side::Both => s.trim_matches(is_unicode_space),
        },
        Some(chars) => {
            let Some(set) = pystr(chars) else {
                return Err(vm.type_error(format!("{name} arg must be None or str")));
            };
            let set = set.as_str();
            let pred = |c: char| set.contains(c);
            match side {
                Side::Left => s.trim_start_matches(pred),
                Side::Right => s.trim_end_matches(pred),
                Side::Both => s.trim_matches(pred),
            }
        }
    };
    if out.len() == s.len() {
        return Ok(unchanged(vm, v));
    }
    Ok(vm.new_str(out))
}

fn str_strip(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    strip_impl(vm, "strip", v, args, Side::Both)
}

fn str_lstrip(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    strip_impl(vm, "lstrip", v, args, Side::Left)
}

fn str_rstrip(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    strip_impl(vm, "rstrip", v, args, Side::Right)
}

/// Like `replace` in unicodeobject.c.
fn str_replace(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    check_nargs(vm, "replace", args.len(), 2, 3)?;
    let old = pystr(&args[0]).ok_or_else(|| {
        vm.type_error(format!(
            "replace() argument 1 must be str, not {}",
            vm.type_name(&args[0])
        ))
    })?;
    let new = pystr(&args[1]).ok_or_else(|| {
        vm.type_error(format!(
            "replace() argument 2 must be str, not {}",
            vm.type_name(&args[1])
        ))
    })?;
    let count = match args.get(2) {
        Some(c) => ssize_arg(vm, c)?,
        None => -1,
    };
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let s = self_str(v);
    let (old, new) = (old.as_str(), new.as_str());
    if limit == 0 || (old.is_empty() && new.is_empty()) {
        return Ok(unchanged(vm, v));
    }
    let text = s.as_str();
    let n = if old.is_empty() {
        (s.char_len() + 1).min(limit)
    } else {
        text.matches(old).take(limit).count()
    };
    if n == 0 {
        return Ok(unchanged(vm, v));
    }
    let new_len = text.len() as u128 + n as u128 * new.len() as u128;
    if new_len.saturating_sub(n as u128 * old.len() as u128) > MAX_STR_BYTES as u128 {
        return Err(vm.memory_error());
    }
    let out = if limit == usize::MAX {
        text.replace(old, new)
    } else {
        text.replacen(old, new, limit)
    };
    Ok(vm.new_str(out))
}

fn str_removeprefix(vm: &mut Vm, v: &Value, prefix: &Value) -> PyResult {
    let p = pystr(prefix).ok_or_else(|| {
        vm.type_error(format!(
            "removeprefix() argument must be str, not {}",
            vm.type_name(prefix)
        ))
    })?;
    match self_str(v).as_str().strip_prefix(p.as_str()) {
        Some(rest) if !p.as_str().is_empty() => Ok(vm.new_str(rest)),
        _ => Ok(unchanged(vm, v)),
    }
}

fn str_removesuffix(vm: &mut Vm, v: &Value, suffix: &Value) -> PyResult {
    let p = pystr(suffix).ok_or_else(|| {
        vm.type_error(format!(
            "removesuffix() argument must be str, not {}",
            vm.type_name(suffix)
        ))
    })?;
    match self_str(v).as_str().strip_suffix(p.as_str()) {
        Some(rest) if !p.as_str().is_empty() => Ok(vm.new_str(rest)),
        _ => Ok(unchanged(vm, v)),
    }
}

// ----- padding -----

/// The fill character argument of center/ljust/rjust.
fn fill_arg(vm: &Vm, v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    let Some(p) = pystr(v) else {
        return Err(vm.type_error(format!(
            "The fill character must be a unicode character, not {}",
            vm.type_name(v)
        )));
    };
    let mut chars = p.as_str().chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(vm.type_error("The fill character must be exactly one character long")),
    }
}

/// Like `pad`: `left` and `right` copies of `fill` around `s`.
fn pad(vm: &Vm, v: &Value, left: usize, right: usize, fill: char) -> PyResult {
    if left == 0 && right == 0 {
        return Ok(unchanged(vm, v));
    }
    let s = self_str(v).as_str();
    let total = (left as u128 + right as u128) * fill.len_utf8() as u128 + s.len() as u128;
    if total > MAX_STR_BYTES as u128 {
        return Err(vm.memory_error());
    }
    let mut out = String::with_capacity(total as usize);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(vm.new_str(out))
}

#[derive(Clone, Copy)]
enum Just {
    Left,
    Right,
    Center,
}

fn justify(vm: &mut Vm, name: &str, v: &Value, args: &[Value], how: Just) -> PyResult {
    check_nargs(vm, name, args.len(), 1, 2)?;
    let width = ssize_arg(vm, &args[0])?;
    let fill = fill_arg(vm, args.get(1))?;
    let len = self_str(v).char_len() as i64;
    if width <= len {
        return Ok(unchanged(vm, v));
    }
    let marg = (width - len) as usize;
    let (left, right) = match how {
        Just::Left => (0, marg),
        Just::Right => (marg, 0),
        Just::Center => {
            let left = marg / 2 + (marg & width as usize & 1);
            (left, marg - left)
        }
    };
    pad(vm, v, left, right, fill)
}

fn str_center(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    justify(vm, "center", v, args, Just::Center)
}

fn str_ljust(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    justify(vm, "ljust", v, args, Just::Left)
}

fn str_rjust(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult {
    justify(vm, "rjust", v, args, Just::Right)
}

/// Like `unicode_zfill_impl`: zeros after a leading sign.
fn str_zfill(vm: &mut Vm, v: &Value, width: &Value) -> PyResult {
    let width = ssize_arg(vm, width)?;
    let s = self_str(v).as_str();
    let len = self_str(v).char_len() as i64;
    if width <= len {
        return Ok(unchanged(vm, v));
    }
    let fill = (width - len) as usize;
    if fill as u128 + s.len() as u128 > MAX_STR_BYTES as u128 {
        return Err(vm.memory_error());
    }
    let mut out = String::with_capacity(fill + s.len());
    let rest = match s.as_bytes().first() {
        Some(&b) if b == b'+' || b == b'-' => {
            out.push(b as char);
            &s[1..]
        }
        _ => s,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(vm.new_str(out))
}

/// Like `unicode_expandtabs_impl`: columns restart after "\n" and "\r".
fn str_expandtabs(vm: &mut Vm, v: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = bind_kw(vm, "expandtabs", args, kwnames, &["tabsize"])?;
    let tabsize = match &a[0] {
        Some(t) => cint_arg(vm, t)? as i64,
        None => 8,
    };
    let s = self_str(v).as_str();
    if !s.contains('\t') {
        return Ok(unchanged(vm, v));
    }
    // First pass: the output length, so absurd results fail before allocating.
    let (mut col, mut total) = (0u64, 0u64);
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize as u64 - col % tabsize as u64;
                col += incr;
                total += incr;
            }
        } else {
            col += 1;
            total += c.len_utf8() as u64;
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    if total > MAX_STR_BYTES as u64 {
        return Err(vm.memory_error());
    }
    let mut out = String::with_capacity(total as usize);
    col = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize as u64 - col % tabsize as u64;
                col += incr;
                out.extend(std::iter::repeat_n(' ', incr as usize));
            }
        } else {
            col += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(vm.new_str(out))
}

// ----- case mapping -----

macro_rules! case_method {
    ($name:ident, $f:path) => {
        fn $name(vm: &mut Vm, v: &Value) -> PyResult {
            let out = $f(self_str(v).as_str());
            new_str_checked(vm, out)
        }
    };
}

case_method!(str_upper, uni::upper);
case_method!(str_lower, uni::lower);
case_method!(str_casefold, uni::casefold);
case_method!(str_swapcase, uni::swapcase);
case_method!(str_capitalize, uni::capitalize);
case_method!(str_title, uni::title);

// ----- predicates -----

/// A predicate true when the string is non-empty and every char satisfies
/// `ascii` (ASCII text) or `full` (any text).
macro_rules! all_chars_method {
    ($name:ident, |$b:ident| $ascii:expr, |$c:ident| $full:expr) => {
        fn $name(_vm: &mut Vm, v: &Value) -> PyResult {
            let s = self_str(v);
            let t = s.as_str();
            if t.is_empty() {
                return Ok(Value::FALSE);
            }
            let r = if s.is_ascii() {
                t.bytes().all(|$b: u8| $ascii)
            } else {
                t.chars().all(|$c: char| $full)
            };
            Ok(Value::bool(r))
        }
    };
}

all_chars_method!(
    str_isspace,
    |b| matches!(b, b'\t'..=b'\r' | 0x1c..=0x20),
    |c| is_unicode_space(c)
);
all_chars_method!(str_isdecimal, |b| b.is_ascii_digit(), |c| uni::has(
    c,
    uni::DECIMAL
));
all_chars_method!(str_isdigit, |b| b.is_ascii_digit(), |c| uni::has(
    c,
    uni::DIGIT
));
all_chars_method!(str_isnumeric, |b| b.is_ascii_digit(), |c| uni::has(
    c,
    uni::NUMERIC
));
all_chars_method!(str_isalpha, |b| b.is_ascii_alphabetic(), |c| uni::has(
    c,
    uni::ALPHA
));
all_chars_method!(str_isalnum, |b| b.is_ascii_alphanumeric(), |c| {
    uni::is_alnum(c)
});

fn str_isascii(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bool(self_str(v).is_ascii()))
}

fn str_isprintable(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bool(
        self_str(v).as_str().chars().all(uni::is_printable),
    ))
}

fn str_isidentifier(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bool(uni::is_identifier(self_str(v).as_str())))
}

/// Like `unicode_islower_impl`.
fn str_islower(_vm: &mut Vm, v: &Value) -> PyResult {
    let mut cased = false;
    for c in self_str(v).as_str().chars() {
        if uni::is_upper(c) || uni::is_title(c) {
            return Ok(Value::FALSE);
        }
        if !cased && uni::is_lower(c) {
            cased = true;
        }
    }
    Ok(Value::bool(cased))
}

/// Like `unicode_isupper_impl`.
fn str_isupper(_vm: &mut Vm, v: &Value) -> PyResult {
    let mut cased = false;
    for c in self_str(v).as_str().chars() {
        if uni::is_lower(c) || uni::is_title(c) {
            return Ok(Value::FALSE);
        }
        if !cased && uni::is_upper(c) {
            cased = true;
        }
    }
    Ok(Value::bool(cased))
}

/// Like `unicode_istitle_impl`.
fn str_istitle(_vm: &mut Vm, v: &Value) -> PyResult {
    let (mut cased, mut prev_cased) = (false, false);
    for c in self_str(v).as_str().chars() {
        if uni::is_upper(c) || uni::is_title(c) {
            if prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else if uni::is_lower(c) {
            if !prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(cased))
}

// ----- translate / maketrans -----

/// Like `unicode_maketrans_impl`.
fn str_maketrans(vm: &mut Vm, _module: &Value, args: &[Value]) -> PyResult {
    check_nargs(vm, "maketrans", args.len(), 1, 3)?;
    let d = vm.new_dict();
    if args.len() == 1 {
        let x = &args[0];
        let Some(src) = x.as_obj().and_then(|o| o.as_dict()) else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        let items = src.borrow().items();
        for (k, val) in items {
            let key = if let Some(p) = pystr(&k) {
                let mut cs = p.as_str().chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => Value::Int(c as i64),
                    _ => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                }
            } else if taipan_object::number::is_int_like(&k) {
                k.clone()
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            vm.dict_set(&d, key, val)?;
        }
        return Ok(Value::Obj(d));
    }
    let arg_str = |vm: &Vm, i: usize| -> PyResult<&str> {
        pystr(&args[i]).map(|p| p.as_str()).ok_or_else(|| {
            vm.type_error(format!(
                "maketrans() argument {} must be str, not {}",
                i + 1,
                vm.type_name(&args[i])
            ))
        })
    };
    let x = arg_str(vm, 0)?;
    let y = arg_str(vm, 1)?;
    let z = if args.len() == 3 {
        Some(arg_str(vm, 2)?)
    } else {
        None
    };
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        vm.dict_set(&d, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(z) = z {
        for c in z.chars() {
            vm.dict_set(&d, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Obj(d))
}

/// What a translate table says about one character.
#[derive(Clone)]
enum Mapped {
    Keep,
    Delete,
    Char(char),
    Str(String),
}

/// Like `charmaptranslate_lookup`: a missing key (LookupError) keeps the char.
fn translate_lookup(vm: &mut Vm, table: &Value, c: char) -> PyResult<Mapped> {
    let key = Value::Int(c as i64);
    let plain = table.as_obj().filter(|_| is_plain_dict(vm, table)).cloned();
    let r = match plain {
        Some(d) => match vm.dict_get(&d, &key)? {
            Some(r) => r,
            None => return Ok(Mapped::Keep),
        },
        None => match vm.getitem(table, &key) {
            Ok(r) => r,
            Err(e) => {
                let lookup = vm.exc.lookup_error.clone();
                if vm.is_instance_of(&e.value(), &lookup) {
                    return Ok(Mapped::Keep);
                }
                return Err(e);
            }
        },
    };
    if r.is_none() {
        return Ok(Mapped::Delete);
    }
    if let Some(i) = int_value(&r) {
        return match u32::try_from(i).ok().filter(|&i| i < 0x110000) {
            Some(i) => Ok(Mapped::Char(char::from_u32(i).unwrap_or('\u{FFFD}'))),
            None => Err(vm.value_error("character mapping must be in range(0x110000)")),
        };
    }
    if let Some(p) = pystr(&r) {
        return Ok(Mapped::Str(p.as_str().to_string()));
    }
    Err(vm.type_error("character mapping must return integer, None or str"))
}

/// The value of an int-like translate result, big ints saturated (they are out
/// of range either way).
fn int_value(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(**b as i64),
        Value::Obj(o) => o.as_bigint().map(|b| b.to_i64().unwrap_or(i64::MAX)),
        _ => None,
    }
}

fn is_plain_dict(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.ty.as_ref().is_some_and(|t| std::rc::Rc::ptr_eq(t, &vm.types.dict)))
}

/// Like `_PyUnicode_TranslateCharmap`; results are cached per character when
/// the table is a plain dict (its lookups run no Python code).
fn str_translate(vm: &mut Vm, v: &Value, table: &Value) -> PyResult {
    let s = self_str(v).as_str();
    let cacheable = is_plain_dict(vm, table);
    let mut ascii_cache: [Option<Mapped>; 128] = std::array::from_fn(|_| None);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let m = if cacheable && c.is_ascii() {
            match &ascii_cache[c as usize] {
                Some(m) => m.clone(),
                None => {
                    let m = translate_lookup(vm, table, c)?;
                    ascii_cache[c as usize] = Some(m.clone());
                    m
                }
            }
        } else {
            translate_lookup(vm, table, c)?
        };
        match m {
            Mapped::Keep => out.push(c),
            Mapped::Delete => {}
            Mapped::Char(d) => out.push(d),
            Mapped::Str(t) => out.push_str(&t),
        }
        if out.len() > MAX_STR_BYTES {
            return Err(vm.memory_error());
        }
    }
    Ok(vm.new_str(out))
}

// ----- encode / format / misc -----

fn str_encode(vm: &mut Vm, v: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = bind_kw(vm, "encode", args, kwnames, &["encoding", "errors"])?;
    let get = |vm: &Vm, i: usize, what: &str, default: &'static str| -> PyResult<String> {
        match &a[i] {
            None => Ok(default.to_string()),
            Some(x) => pystr(x).map(|p| p.as_str().to_string()).ok_or_else(|| {
                vm.type_error(format!(
                    "encode() argument '{what}' must be str, not {}",
                    vm.type_name(x)
                ))
            }),
        }
    };
    let encoding = get(vm, 0, "encoding", "utf-8")?;
    let errors = get(vm, 1, "errors", "strict")?;
    let bytes = encode(vm, v, &encoding, &errors)?;
    Ok(vm.new_bytes(bytes))
}

fn str_format_method(vm: &mut Vm, v: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let kn: &[Value] = kwnames.and_then(|k| k.as_tuple()).unwrap_or(&[]);
    let npos = args.len().saturating_sub(kn.len());
    let (pos, kwv) = args.split_at(npos);
    let fmt: std::rc::Rc<str> = self_str(v).as_str().into();
    let kw = if kn.is_empty() {
        FormatKwargs::None
    } else {
        FormatKwargs::Names(kn, kwv)
    };
    let out = str_format(vm, &fmt, pos, kw)?;
    new_str_checked(vm, out)
}

fn str_format_map_method(vm: &mut Vm, v: &Value, mapping: &Value) -> PyResult {
    let fmt: std::rc::Rc<str> = self_str(v).as_str().into();
    let out = str_format_map(vm, &fmt, mapping)?;
    new_str_checked(vm, out)
}

/// Like `unicode___format___impl`.
fn str_dunder_format(vm: &mut Vm, v: &Value, spec: &Value) -> PyResult {
    let Some(spec) = pystr(spec) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(spec)
        )));
    };
    if spec.as_str().is_empty() {
        return if is_exact_str(vm, v) {
            Ok(v.clone())
        } else {
            Ok(Value::Obj(vm.str(v)?))
        };
    }
    let out = crate::format::format_str_spec(self_str(v).as_str(), spec.as_str())
        .map_err(|e| format_error(vm, e))?;
    Ok(vm.new_str(out))
}

fn str_getnewargs(vm: &mut Vm, v: &Value) -> PyResult {
    let copy = vm.new_str(self_str(v).as_str());
    Ok(vm.new_tuple(vec![copy]))
}

/// Like `unicode___sizeof___impl` for compact strings (ASCII: 48-byte header;
/// otherwise 72 bytes plus 1, 2 or 4 bytes per code point).
fn str_sizeof(_vm: &mut Vm, v: &Value) -> PyResult {
    let s = self_str(v);
    let n = s.char_len() as i64;
    if s.is_ascii() {
        return Ok(Value::Int(48 + n + 1));
    }
    let max = s.as_str().chars().map(|c| c as u32).max().unwrap_or(0);
    let kind = if max < 0x100 {
        1
    } else if max < 0x10000 {
        2
    } else {
        4
    };
    Ok(Value::Int(72 + (n + 1) * kind))
}
