//! The `_json` module: the native scanner and encoder behind `json` (CPython's `_json` accelerator).
//!
//! `scan` and `decode` parse a document the way `json.decoder`'s scanner
//! does (same error messages and character positions, raised as the
//! `JSONDecodeError` class the caller passes in); `encode` serializes a
//! value the way `json.encoder`'s `_make_iterencode` does, calling back
//! into Python only for `default`, hooks and number parsers.

use num_bigint::BigInt;
use std::collections::HashSet;
use taipan_object::function::{MethodDef, NativeFn};
use taipan_object::typeobj::tdata;
use taipan_object::{ObjRef, Payload, PyErr, PyResult, Value, Vm};

// ----- decoding -----

/// The Python callables a decoding run uses (None: the built-in behaviour).
struct Hooks {
    errcls: Value,
    doc: Value,
    strict: bool,
    object_hook: Option<Value>,
    object_pairs_hook: Option<Value>,
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Option<Value>,
}

/// A decoding failure before it becomes a JSONDecodeError: (message, byte position).
enum Fail {
    At(&'static str, usize),
    Py(PyErr),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Py(e)
    }
}

type DResult<T> = Result<T, Fail>;

struct Scanner<'a> {
    b: &'a [u8],
    s: &'a str,
    h: Hooks,
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

impl Scanner<'_> {
    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.b.len() && is_ws(self.b[i]) {
            i += 1
        }
        i
    }

    /// After an item of an object or array (whitespace skipped): `close`
    /// ends the container (`Ok(None)`), a comma continues it (`Ok(Some(i))`
    /// with `i` past the comma and the whitespace after it).
    fn after_item(&self, end: usize, close: u8) -> Result<Option<usize>, Fail> {
        match self.at(end) {
            Some(c) if c == close => Ok(None),
            Some(b',') => Ok(Some(self.skip_ws(end + 1))),
            _ => Err(Fail::At("Expecting ',' delimiter", end)),
        }
    }

    fn at(&self, i: usize) -> Option<u8> {
        self.b.get(i).copied()
    }

    fn hex4(&self, pos: usize) -> DResult<u32> {
        // pos is the 'u'.
        let digits = self.b.get(pos + 1..pos + 5);
        if let Some(d) = digits {
            if d[1] != b'x' && d[1] != b'X' {
                if let Ok(t) = std::str::from_utf8(d) {
                    if let Ok(v) = u32::from_str_radix(t, 16) {
                        if t.bytes().all(|c| c.is_ascii_hexdigit()) {
                            return Ok(v);
                        }
                    }
                }
            }
        }
        Err(Fail::At("Invalid \\uXXXX escape", pos))
    }

    /// The string literal whose opening quote is at end-1: (text, index after the closing quote).
    fn string(&self, vm: &mut Vm, mut end: usize) -> DResult<(String, usize)> {
        let begin = end - 1;
        let mut out = String::new();
        loop {
            let start = end;
            while end < self.b.len() {
                let c = self.b[end];
                if c == b'"' || c == b'\\' {
                    break;
                }
                if c < 0x20 && self.h.strict {
                    return Err(Fail::At("Invalid control character at", end));
                }
                end += 1;
            }
            if end >= self.b.len() {
                return Err(Fail::At("Unterminated string starting at", begin));
            }
            out.push_str(&self.s[start..end]);
            if self.b[end] == b'"' {
                return Ok((out, end + 1));
            }
            end += 1;
            let Some(esc) = self.at(end) else {
                return Err(Fail::At("Unterminated string starting at", begin));
            };
            let ch = match esc {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => {
                    let mut uni = self.hex4(end)?;
                    end += 4;
                    if (0xd800..=0xdbff).contains(&uni)
                        && self.b.get(end + 1..end + 3) == Some(b"\\u")
                    {
                        let uni2 = self.hex4(end + 2)?;
                        if (0xdc00..=0xdfff).contains(&uni2) {
                            uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00));
                            end += 6;
                        }
                    }
                    match char::from_u32(uni) {
                        Some(c) => c,
                        None => {
                            return Err(Fail::Py(
                                vm.value_error("surrogate code points are not supported"),
                            ))
                        }
                    }
                }
                _ => return Err(Fail::At("Invalid \\escape", end - 1)),
            };
            out.push(ch);
            end += 1;
        }
    }

    fn number(&self, vm: &mut Vm, i: usize) -> DResult<Option<(Value, usize)>> {
        let b = self.b;
        let start = i;
        let mut i = i;
        if b[i] == b'-' {
            i += 1;
        }
        match self.at(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => {
                while self.at(i).is_some_and(|c| c.is_ascii_digit()) {
                    i += 1;
                }
            }
            _ => return Ok(None),
        }
        let mut is_float = false;
        if self.at(i) == Some(b'.') && self.at(i + 1).is_some_and(|c| c.is_ascii_digit()) {
            i += 2;
            while self.at(i).is_some_and(|c| c.is_ascii_digit()) {
                i += 1;
            }
            is_float = true;
        }
        if matches!(self.at(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(self.at(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if self.at(j).is_some_and(|c| c.is_ascii_digit()) {
                while self.at(j).is_some_and(|c| c.is_ascii_digit()) {
                    j += 1;
                }
                i = j;
                is_float = true;
            }
        }
        let text = &self.s[start..i];
        let v = if is_float {
            match &self.h.parse_float {
                Some(f) => {
                    let t = vm.new_str(text);
                    vm.call(f, &[t], None)?
                }
                None => Value::float(text.parse::<f64>().unwrap_or(f64::NAN)),
            }
        } else {
            match &self.h.parse_int {
                Some(f) => {
                    let t = vm.new_str(text);
                    vm.call(f, &[t], None)?
                }
                None => match text.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) if text.len() <= 4000 => match text.parse::<BigInt>() {
                        Ok(n) => vm.new_int(n),
                        Err(_) => return Ok(None),
                    },
                    // Very long literals go through int() for its digit limit.
                    Err(_) => {
                        let t = vm.new_str(text);
                        let int_t = Value::Obj(vm.types.int.clone());
                        vm.call(&int_t, &[t], None)?
                    }
                },
            }
        };
        Ok(Some((v, i)))
    }

    fn constant(&self, vm: &mut Vm, name: &str) -> PyResult {
        match &self.h.parse_constant {
            Some(f) => {
                let t = vm.new_str(name);
                vm.call(f, &[t], None)
            }
            None => Ok(Value::float(match name {
                "NaN" => f64::NAN,
                "Infinity" => f64::INFINITY,
                _ => f64::NEG_INFINITY,
            })),
        }
    }

    /// The value at byte i: (value, end).
    fn value(&self, vm: &mut Vm, i: usize) -> DResult<(Value, usize)> {
        let Some(c) = self.at(i) else {
            return Err(Fail::At("Expecting value", i));
        };
        let rest = &self.b[i..];
        match c {
            b'"' => {
                let (s, end) = self.string(vm, i + 1)?;
                return Ok((vm.new_str(s), end));
            }
            b'{' => return self.object(vm, i + 1),
            b'[' => return self.array(vm, i + 1),
            b'n' if rest.starts_with(b"null") => return Ok((Value::None, i + 4)),
            b't' if rest.starts_with(b"true") => return Ok((Value::TRUE, i + 4)),
            b'f' if rest.starts_with(b"false") => return Ok((Value::FALSE, i + 5)),
            _ => {}
        }
        if c.is_ascii_digit() || c == b'-' {
            if let Some(r) = self.number(vm, i)? {
                return Ok(r);
            }
        }
        if rest.starts_with(b"NaN") {
            return Ok((self.constant(vm, "NaN")?, i + 3));
        }
        if rest.starts_with(b"Infinity") {
            return Ok((self.constant(vm, "Infinity")?, i + 8));
        }
        if rest.starts_with(b"-Infinity") {
            return Ok((self.constant(vm, "-Infinity")?, i + 9));
        }
        Err(Fail::At("Expecting value", i))
    }

    fn object(&self, vm: &mut Vm, mut end: usize) -> DResult<(Value, usize)> {
        vm.check_native_stack()?;
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        if self.at(end) != Some(b'"') {
            end = self.skip_ws(end);
            match self.at(end) {
                Some(b'}') => return Ok((self.finish_object(vm, pairs)?, end + 1)),
                Some(b'"') => {}
                _ => {
                    return Err(Fail::At(
                        "Expecting property name enclosed in double quotes",
                        end,
                    ))
                }
            }
        }
        end += 1;
        loop {
            let (key, e) = self.string(vm, end)?;
            end = e;
            if self.at(end) != Some(b':') {
                end = self.skip_ws(end);
                if self.at(end) != Some(b':') {
                    return Err(Fail::At("Expecting ':' delimiter", end));
                }
            }
            end = self.skip_ws(end + 1);
            let (v, e) = self.value(vm, end)?;
            end = e;
            pairs.push((vm.new_str(key), v));
            end = self.skip_ws(end);
            match self.after_item(end, b'}')? {
                None => {
                    end += 1;
                    break;
                }
                Some(e) => end = e,
            }
            let next = self.at(end);
            end += 1;
            if next != Some(b'"') {
                return Err(Fail::At(
                    "Expecting property name enclosed in double quotes",
                    end - 1,
                ));
            }
        }
        Ok((self.finish_object(vm, pairs)?, end))
    }

    fn finish_object(&self, vm: &mut Vm, pairs: Vec<(Value, Value)>) -> PyResult {
        if let Some(h) = &self.h.object_pairs_hook {
            let items: Vec<Value> = pairs
                .into_iter()
                .map(|(k, v)| vm.new_tuple(vec![k, v]))
                .collect();
            let l = vm.new_list(items);
            return vm.call(h, &[l], None);
        }
        let d = vm.new_dict();
        for (k, v) in pairs {
            vm.dict_set(&d, k, v)?;
        }
        let d = Value::Obj(d);
        match &self.h.object_hook {
            Some(h) => vm.call(h, &[d], None),
            None => Ok(d),
        }
    }

    fn array(&self, vm: &mut Vm, mut end: usize) -> DResult<(Value, usize)> {
        vm.check_native_stack()?;
        let mut values = Vec::new();
        end = self.skip_ws(end);
        if self.at(end) == Some(b']') {
            return Ok((vm.new_list(values), end + 1));
        }
        loop {
            let (v, e) = self.value(vm, end)?;
            values.push(v);
            end = self.skip_ws(e);
            match self.after_item(end, b']')? {
                None => {
                    end += 1;
                    break;
                }
                Some(e) => end = e,
            }
        }
        Ok((vm.new_list(values), end))
    }

    /// Character index of byte position pos.
    fn char_pos(&self, pos: usize) -> usize {
        let pos = pos.min(self.s.len());
        if self.s.is_ascii() {
            return pos;
        }
        let mut p = pos;
        while p > 0 && !self.s.is_char_boundary(p) {
            p -= 1;
        }
        self.s[..p].chars().count()
    }

    fn raise(&self, vm: &mut Vm, f: Fail) -> PyErr {
        match f {
            Fail::Py(e) => e,
            Fail::At(msg, pos) => {
                let m = vm.new_str(msg);
                let p = Value::Int(self.char_pos(pos) as i64);
                match vm.call(&self.h.errcls, &[m, self.h.doc.clone(), p], None) {
                    Ok(Value::Obj(e)) => PyErr(e),
                    Ok(_) => vm.value_error(msg),
                    Err(e) => e,
                }
            }
        }
    }
}

fn opt(v: &Value) -> Option<Value> {
    if v.is_none() {
        None
    } else {
        Some(v.clone())
    }
}

/// Parse the common arguments: (errcls, s, idx, strict, object_hook,
/// object_pairs_hook, parse_float, parse_int, parse_constant).
fn hooks_from(vm: &mut Vm, args: &[Value], fname: &str) -> PyResult<(Hooks, i64)> {
    if args.len() != 9 {
        return Err(vm.type_error(format!("{fname} expected 9 arguments, got {}", args.len())));
    }
    if crate::util::as_str(&args[1]).is_none() {
        return Err(vm.type_error(format!(
            "first argument must be a string, not {}",
            vm.type_name(&args[1])
        )));
    }
    let idx = vm.index_i64(&args[2])?;
    let strict = vm.truthy(&args[3])?;
    Ok((
        Hooks {
            errcls: args[0].clone(),
            doc: args[1].clone(),
            strict,
            object_hook: opt(&args[4]),
            object_pairs_hook: opt(&args[5]),
            parse_float: opt(&args[6]),
            parse_int: opt(&args[7]),
            parse_constant: opt(&args[8]),
        },
        idx,
    ))
}

/// `_json.scan(errcls, s, idx, strict, hooks...)`: the value at character
/// idx of s and the character index after it (`raw_decode`).
fn json_scan(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    let (h, idx) = hooks_from(vm, args, "scan")?;
    let doc = h.doc.clone();
    let Some(ps) = doc.as_obj().and_then(|o| o.as_str()) else {
        return Err(vm.type_error("first argument must be a string"));
    };
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    let start = ps.byte_offset(idx as usize);
    let sc = Scanner {
        b: ps.as_str().as_bytes(),
        s: ps.as_str(),
        h,
    };
    match sc.value(vm, start) {
        Ok((v, end)) => {
            let e = Value::Int(sc.char_pos(end) as i64);
            Ok(vm.new_tuple(vec![v, e]))
        }
        Err(f) => Err(sc.raise(vm, f)),
    }
}

/// `_json.decode(errcls, s, 0, strict, hooks...)`: the whole document
/// (leading/trailing whitespace allowed, "Extra data" otherwise).
fn json_decode(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    let (h, _) = hooks_from(vm, args, "decode")?;
    let doc = h.doc.clone();
    let Some(ps) = doc.as_obj().and_then(|o| o.as_str()) else {
        return Err(vm.type_error("first argument must be a string"));
    };
    let sc = Scanner {
        b: ps.as_str().as_bytes(),
        s: ps.as_str(),
        h,
    };
    let start = sc.skip_ws(0);
    let r = sc.value(vm, start).and_then(|(v, end)| {
        let end = sc.skip_ws(end);
        if end != sc.b.len() {
            Err(Fail::At("Extra data", end))
        } else {
            Ok(v)
        }
    });
    r.map_err(|f| sc.raise(vm, f))
}

// ----- encoding -----

/// JSON text of a string: only '"', '\\' and control characters escaped,
/// or (ascii) everything outside ' '..'~' as \uXXXX.
fn escape_into(out: &mut String, s: &str, ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if ascii && (c as u32) > 0x7e => {
                let n = c as u32;
                if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    let m = n - 0x10000;
                    out.push_str(&format!(
                        "\\u{:04x}\\u{:04x}",
                        0xd800 | ((m >> 10) & 0x3ff),
                        0xdc00 | (m & 0x3ff)
                    ));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Encoder {
    default: Value,
    ascii: bool,
    indent: Option<String>,
    key_sep: String,
    item_sep: String,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    markers: Option<HashSet<u64>>,
}

impl Encoder {
    fn float_text(&self, vm: &Vm, f: f64) -> PyResult<String> {
        let t = if f.is_nan() {
            "NaN"
        } else if f == f64::INFINITY {
            "Infinity"
        } else if f == f64::NEG_INFINITY {
            "-Infinity"
        } else {
            return Ok(crate::format::float_repr(f));
        };
        if !self.allow_nan {
            return Err(vm.value_error("Out of range float values are not JSON compliant"));
        }
        Ok(t.to_string())
    }

    /// `int.__repr__(o)`, also for int subclasses with their own repr.
    fn int_text(&self, vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
        match v {
            Value::Int(i) => Ok(Some(i.to_string())),
            Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
                let int_repr = tdata(&vm.types.int).slots.repr.get();
                match int_repr {
                    Some(f) => {
                        let r = f(vm, v)?;
                        Ok(crate::util::as_str(&r).map(|s| s.to_string()))
                    }
                    None => Ok(None),
                }
            }
            _ => Ok(None),
        }
    }

    fn enter(&mut self, vm: &Vm, v: &Value) -> PyResult<()> {
        if let Some(m) = &mut self.markers {
            if !m.insert(v.id()) {
                return Err(vm.value_error("Circular reference detected"));
            }
        }
        Ok(())
    }

    fn leave(&mut self, v: &Value) {
        if let Some(m) = &mut self.markers {
            m.remove(&v.id());
        }
    }

    fn newline(&self, out: &mut String, level: usize) {
        if let Some(ind) = &self.indent {
            out.push('\n');
            for _ in 0..level {
                out.push_str(ind);
            }
        }
    }

    fn encode(&mut self, vm: &mut Vm, v: &Value, out: &mut String, level: usize) -> PyResult<()> {
        match v {
            Value::None => out.push_str("null"),
            Value::Bool(b) => out.push_str(if **b { "true" } else { "false" }),
            Value::Int(i) => out.push_str(&i.to_string()),
            Value::Float(f) => {
                let t = self.float_text(vm, **f)?;
                out.push_str(&t);
            }
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => escape_into(out, s.as_str(), self.ascii),
                Payload::Int(_) => {
                    if let Some(t) = self.int_text(vm, v)? {
                        out.push_str(&t);
                    }
                }
                Payload::Float(f) => {
                    let t = self.float_text(vm, *f)?;
                    out.push_str(&t);
                }
                Payload::List(_) | Payload::Tuple(_) => {
                    let items: Vec<Value> = match &o.payload {
                        Payload::List(l) => l.borrow().clone(),
                        Payload::Tuple(t) => t.to_vec(),
                        _ => Vec::new(),
                    };
                    self.encode_list(vm, v, &items, out, level)?;
                }
                Payload::Dict(_) => self.encode_dict(vm, v, out, level)?,
                _ => self.encode_other(vm, v, out, level)?,
            },
            Value::Null => {}
        }
        Ok(())
    }

    fn encode_other(
        &mut self,
        vm: &mut Vm,
        v: &Value,
        out: &mut String,
        level: usize,
    ) -> PyResult<()> {
        vm.check_native_stack()?;
        self.enter(vm, v)?;
        let d = self.default.clone();
        let r = vm.call(&d, std::slice::from_ref(v), None)?;
        self.encode(vm, &r, out, level)?;
        self.leave(v);
        Ok(())
    }

    fn encode_list(
        &mut self,
        vm: &mut Vm,
        v: &Value,
        items: &[Value],
        out: &mut String,
        level: usize,
    ) -> PyResult<()> {
        if items.is_empty() {
            out.push_str("[]");
            return Ok(());
        }
        vm.check_native_stack()?;
        self.enter(vm, v)?;
        out.push('[');
        let level = level + 1;
        self.newline(out, level);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(&self.item_sep);
                self.newline(out, level);
            }
            self.encode(vm, item, out, level)?;
        }
        self.newline(out, level - 1);
        out.push(']');
        self.leave(v);
        Ok(())
    }

    fn key_text(&self, vm: &mut Vm, k: &Value) -> PyResult<Option<String>> {
        Ok(Some(match k {
            Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => {
                crate::util::as_str(k).unwrap_or("").to_string()
            }
            Value::Float(f) => self.float_text(vm, **f)?,
            Value::Obj(o) if matches!(o.payload, Payload::Float(_)) => match o.payload {
                Payload::Float(f) => self.float_text(vm, f)?,
                _ => String::new(),
            },
            Value::Bool(b) => if **b { "true" } else { "false" }.into(),
            Value::None => "null".into(),
            Value::Int(i) => i.to_string(),
            Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
                self.int_text(vm, k)?.unwrap_or_default()
            }
            _ if self.skipkeys => return Ok(None),
            _ => {
                return Err(vm.type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    vm.type_name(k)
                )))
            }
        }))
    }

    fn encode_dict(
        &mut self,
        vm: &mut Vm,
        v: &Value,
        out: &mut String,
        level: usize,
    ) -> PyResult<()> {
        let Some(d) = v.as_obj().and_then(|o| o.as_dict()) else {
            return Ok(());
        };
        let mut items = d.borrow().items();
        if items.is_empty() {
            out.push_str("{}");
            return Ok(());
        }
        vm.check_native_stack()?;
        self.enter(vm, v)?;
        if self.sort_keys {
            let tuples: Vec<Value> = items
                .into_iter()
                .map(|(k, x)| vm.new_tuple(vec![k, x]))
                .collect();
            let l = vm.new_list(tuples);
            let sorted = vm
                .dict_get_str(&vm.builtins.clone(), "sorted")
                .ok_or_else(|| vm.runtime_error("sorted is missing"))?;
            let r = vm.call(&sorted, &[l], None)?;
            items = vm
                .collect(&r)?
                .into_iter()
                .filter_map(|t| {
                    t.as_obj()
                        .and_then(|o| o.as_tuple())
                        .filter(|t| t.len() == 2)
                        .map(|t| (t[0].clone(), t[1].clone()))
                })
                .collect();
        }
        out.push('{');
        let level = level + 1;
        self.newline(out, level);
        let mut first = true;
        for (k, x) in items {
            let Some(key) = self.key_text(vm, &k)? else {
                continue;
            };
            if !first {
                out.push_str(&self.item_sep);
                self.newline(out, level);
            }
            first = false;
            escape_into(out, &key, self.ascii);
            out.push_str(&self.key_sep);
            self.encode(vm, &x, out, level)?;
        }
        self.newline(out, level - 1);
        out.push('}');
        self.leave(v);
        Ok(())
    }
}

fn str_of(vm: &Vm, v: &Value, what: &str) -> PyResult<String> {
    crate::util::as_str(v)
        .map(|s| s.to_string())
        .ok_or_else(|| vm.type_error(format!("{what} must be a string")))
}

/// `_json.encode(obj, default, ensure_ascii, indent, key_separator,
/// item_separator, sort_keys, skipkeys, allow_nan, check_circular)`.
fn json_encode(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    if args.len() != 10 {
        return Err(vm.type_error(format!("encode expected 10 arguments, got {}", args.len())));
    }
    let indent = match &args[3] {
        Value::None => None,
        v => Some(str_of(vm, v, "indent")?),
    };
    let mut enc = Encoder {
        default: args[1].clone(),
        ascii: vm.truthy(&args[2])?,
        indent,
        key_sep: str_of(vm, &args[4], "key_separator")?,
        item_sep: str_of(vm, &args[5], "item_separator")?,
        sort_keys: vm.truthy(&args[6])?,
        skipkeys: vm.truthy(&args[7])?,
        allow_nan: vm.truthy(&args[8])?,
        markers: if vm.truthy(&args[9])? {
            Some(HashSet::new())
        } else {
            None
        },
    };
    let mut out = String::new();
    enc.encode(vm, &args[0], &mut out, 0)?;
    Ok(vm.new_str(out))
}

/// `_json.encode_basestring_ascii(s)`.
fn json_encode_ascii(vm: &mut Vm, _m: &Value, s: &Value) -> PyResult {
    let t = str_of(vm, s, "first argument")?;
    let mut out = String::with_capacity(t.len() + 2);
    escape_into(&mut out, &t, true);
    Ok(vm.new_str(out))
}

/// `_json.encode_basestring(s)`.
fn json_encode_plain(vm: &mut Vm, _m: &Value, s: &Value) -> PyResult {
    let t = str_of(vm, s, "first argument")?;
    let mut out = String::with_capacity(t.len() + 2);
    escape_into(&mut out, &t, false);
    Ok(vm.new_str(out))
}

static FUNCTIONS: [MethodDef; 5] = [
    MethodDef {
        name: "scan",
        func: NativeFn::FastCall(json_scan),
        doc: "",
    },
    MethodDef {
        name: "decode",
        func: NativeFn::FastCall(json_decode),
        doc: "",
    },
    MethodDef {
        name: "encode",
        func: NativeFn::FastCall(json_encode),
        doc: "",
    },
    MethodDef {
        name: "encode_basestring_ascii",
        func: NativeFn::O(json_encode_ascii),
        doc: "",
    },
    MethodDef {
        name: "encode_basestring",
        func: NativeFn::O(json_encode_plain),
        doc: "",
    },
];

/// Fill the module namespace `d`.
pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    for def in FUNCTIONS.iter() {
        let f = vm.new_builtin_function(def, Some("_json"));
        vm.dict_set_str(d, def.name, f);
    }
    Ok(())
}
