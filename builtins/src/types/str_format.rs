//! `str.format` and `str % args` (printf-style) formatting.

use super::str::{is_exact_str, pystr, MAX_STR_BYTES};
use crate::format::{decimal_value, pad_printf, printf_float, printf_int, PrintfFlags};
use crate::util::format_error;
use num_bigint::BigInt;
use taipan_object::number::{as_f64, to_bigint};
use taipan_object::pystr::ascii_escape;
use taipan_object::{Payload, PyErr, PyResult, UnaryOp, Value, Vm};

// ----- str % args -----

/// Where `%` directives take their values from (`unicode_formatter_t`'s
/// `args`/`arglen`/`argidx`): the items of a tuple, or one value.
struct PrintfArgs {
    items: Vec<Value>,
    /// The single non-tuple argument (or the value of a `%(key)` lookup).
    single: Value,
    arglen: i64,
    argidx: i64,
}

impl PrintfArgs {
    /// Like `unicode_format_getnextarg`.
    fn next(&mut self, vm: &Vm) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.single.clone());
            }
            return Ok(self.items.get(i as usize).cloned().unwrap_or(Value::None));
        }
        Err(vm.type_error("not enough arguments for format string"))
    }
}

/// A cursor over the format string (byte offsets; all syntax is ASCII).
struct Cursor<'a> {
    s: &'a str,
    pos: usize,
}

impl Cursor<'_> {
    fn next(&mut self) -> Option<char> {
        let c = self.s.get(self.pos..)?.chars().next()?;
        self.pos += c.len_utf8();
        Some(c)
    }
    fn peek(&self) -> Option<char> {
        self.s.get(self.pos..)?.chars().next()
    }
}

fn incomplete(vm: &Vm) -> PyErr {
    vm.value_error("incomplete format")
}

fn is_type_error(vm: &Vm, e: &PyErr) -> bool {
    vm.is_instance_of(&e.value(), &vm.exc.type_error)
}

/// `PyNumber_Check`.
fn is_number(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Obj(o)
            if matches!(
                o.payload,
                Payload::Int(_) | Payload::Float(_) | Payload::Complex(..)
            ) =>
        {
            true
        }
        _ => {
            let s = &vm.type_data(v).slots;
            s.index.get().is_some() || s.int.get().is_some() || s.float.get().is_some()
        }
    }
}

/// Like `mainformatlong`'s conversion: the int a `%d`/`%x` directive formats.
fn printf_int_value(vm: &mut Vm, v: &Value, conv: char) -> PyResult<BigInt> {
    let wrong = |vm: &Vm| {
        let what = if matches!(conv, 'o' | 'x' | 'X') {
            "an integer"
        } else {
            "a real number"
        };
        vm.type_error(format!(
            "%{conv} format: {what} is required, not {}",
            vm.type_name(v)
        ))
    };
    if let Some(b) = to_bigint(v) {
        return Ok(b);
    }
    if !is_number(vm, v) {
        return Err(wrong(vm));
    }
    let r = if matches!(conv, 'o' | 'x' | 'X') {
        vm.index(v)
    } else if let Some(Ok(f)) = as_f64(v) {
        return crate::format::float_to_bigint(f).map_err(|e| format_error(vm, e));
    } else if vm.type_data(v).slots.int.get().is_some() {
        vm.unary_op(v, UnaryOp::Int)
    } else {
        vm.index(v)
    };
    match r {
        Ok(i) => to_bigint(&i).ok_or_else(|| wrong(vm)),
        Err(e) if is_type_error(vm, &e) => Err(wrong(vm)),
        Err(e) => Err(e),
    }
}

/// `PyFloat_AsDouble` as `formatfloat` uses it.
fn printf_float_value(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match as_f64(v) {
        Some(Ok(f)) => return Ok(f),
        Some(Err(())) => return Err(vm.overflow_error("int too large to convert to float")),
        None => {}
    }
    let slots = &vm.type_data(v).slots;
    let r = if slots.float.get().is_some() {
        vm.unary_op(v, UnaryOp::Float)?
    } else if slots.index.get().is_some() {
        vm.index(v)?
    } else {
        return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))));
    };
    match as_f64(&r) {
        Some(Ok(f)) => Ok(f),
        Some(Err(())) => Err(vm.overflow_error("int too large to convert to float")),
        None => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
    }
}

/// Like `formatchar`.
fn printf_char(vm: &mut Vm, v: &Value) -> PyResult<char> {
    if let Some(s) = pystr(v) {
        let mut cs = s.as_str().chars();
        return match (cs.next(), cs.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(vm.type_error("%c requires int or char")),
        };
    }
    let i = match to_bigint(v) {
        Some(i) => i,
        None => {
            if vm.type_data(v).slots.index.get().is_none() {
                return Err(vm.type_error("%c requires int or char"));
            }
            let r = vm.index(v)?;
            to_bigint(&r).unwrap_or_default()
        }
    };
    let cp = u32::try_from(&i).ok().filter(|&c| c < 0x110000);
    match cp {
        // Lone surrogates cannot live in a Taipan str.
        Some(c) => Ok(char::from_u32(c).unwrap_or('\u{FFFD}')),
        None => Err(vm.overflow_error("%c arg not in range(0x110000)")),
    }
}

/// Like `PyUnicode_Format`: `fmt % args`.
pub fn printf_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let tuple = args.as_obj().and_then(|o| o.as_tuple()).map(|t| t.to_vec());
    let is_str = pystr(args).is_some();
    // `PyMapping_Check`: anything subscriptable that is not a tuple or str.
    let dict = if tuple.is_none() && !is_str && vm.type_data(args).slots.getitem.get().is_some() {
        Some(args.clone())
    } else {
        None
    };
    let mut a = match tuple {
        Some(items) => PrintfArgs {
            arglen: items.len() as i64,
            items,
            single: Value::None,
            argidx: 0,
        },
        None => PrintfArgs {
            items: Vec::new(),
            single: args.clone(),
            arglen: -1,
            argidx: -2,
        },
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut cur = Cursor { s: fmt, pos: 0 };
    while cur.pos < fmt.len() {
        let rest = &fmt[cur.pos..];
        let Some(p) = rest.find('%') else {
            out.push_str(rest);
            break;
        };
        out.push_str(&rest[..p]);
        cur.pos += p + 1;
        if cur.peek() == Some('%') {
            cur.pos += 1;
            out.push('%');
            continue;
        }
        format_directive(vm, &mut cur, &mut a, dict.as_ref(), &mut out)?;
        if dict.is_some() && a.argidx < a.arglen {
            return Err(vm.type_error("not all arguments converted during string formatting"));
        }
        if out.len() > MAX_STR_BYTES {
            return Err(vm.memory_error());
        }
    }
    if a.argidx < a.arglen && dict.is_none() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

/// One `%` directive (after the '%'): `unicode_format_arg_parse` +
/// `unicode_format_arg_format` + `unicode_format_arg_output`.
fn format_directive(
    vm: &mut Vm,
    cur: &mut Cursor,
    a: &mut PrintfArgs,
    dict: Option<&Value>,
    out: &mut String,
) -> PyResult<()> {
    if cur.peek() == Some('(') {
        let Some(d) = dict else {
            return Err(vm.type_error("format requires a mapping"));
        };
        cur.pos += 1;
        let key_start = cur.pos;
        let mut depth = 1;
        let key_end = loop {
            let at = cur.pos;
            match cur.next() {
                None => return Err(vm.value_error("incomplete format key")),
                Some(')') => {
                    depth -= 1;
                    if depth == 0 {
                        break at;
                    }
                }
                Some('(') => depth += 1,
                Some(_) => {}
            }
        };
        let key = vm.new_str(&cur.s[key_start..key_end]);
        a.single = vm.getitem(d, &key)?;
        a.arglen = -1;
        a.argidx = -2;
    }
    let mut flags = PrintfFlags::default();
    let mut c = cur.next().ok_or_else(|| incomplete(vm))?;
    loop {
        match c {
            '-' => flags.left_adjust = true,
            '+' => flags.sign_plus = true,
            ' ' => flags.sign_space = true,
            '#' => flags.alternate = true,
            '0' => flags.zero_pad = true,
            _ => break,
        }
        c = cur.next().ok_or_else(|| incomplete(vm))?;
    }
    let mut width: Option<usize> = None;
    if c == '*' {
        let v = a.next(vm)?;
        let Some(w) = to_bigint(&v) else {
            return Err(vm.type_error("* wants int"));
        };
        let w: i64 = i64::try_from(&w)
            .map_err(|_| vm.overflow_error("Python int too large to convert to C ssize_t"))?;
        if w < 0 {
            flags.left_adjust = true;
        }
        width = Some(w.unsigned_abs() as usize);
        c = cur.next().ok_or_else(|| incomplete(vm))?;
    } else if let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) {
        let mut w = d as u64;
        loop {
            c = cur.next().ok_or_else(|| incomplete(vm))?;
            let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) else {
                break;
            };
            if w > (i64::MAX as u64 - d as u64) / 10 {
                return Err(vm.value_error("width too big"));
            }
            w = w * 10 + d as u64;
        }
        width = Some(w as usize);
    }
    let mut prec: Option<usize> = None;
    if c == '.' {
        let mut p = 0u64;
        c = cur.next().ok_or_else(|| incomplete(vm))?;
        if c == '*' {
            let v = a.next(vm)?;
            let Some(pv) = to_bigint(&v) else {
                return Err(vm.type_error("* wants int"));
            };
            let pv: i32 = i32::try_from(&pv)
                .map_err(|_| vm.overflow_error("Python int too large to convert to C int"))?;
            p = pv.max(0) as u64;
            c = cur.next().ok_or_else(|| incomplete(vm))?;
        } else if let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) {
            p = d as u64;
            loop {
                c = cur.next().ok_or_else(|| incomplete(vm))?;
                let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) else {
                    break;
                };
                if p > (i32::MAX as u64 - d as u64) / 10 {
                    return Err(vm.value_error("precision too big"));
                }
                p = p * 10 + d as u64;
            }
        }
        prec = Some(p as usize);
    }
    if matches!(c, 'h' | 'l' | 'L') {
        c = cur.next().ok_or_else(|| incomplete(vm))?;
    }
    let conv_index = cur.s[..cur.pos].chars().count().saturating_sub(1);
    let v = a.next(vm)?;
    let ferr = |vm: &Vm, e| format_error(vm, e);
    match c {
        's' | 'r' | 'a' => {
            let text: String = if let (Value::Int(i), None, None) = (&v, width, prec) {
                i.to_string()
            } else if c == 's' {
                if is_exact_str(vm, &v) {
                    pystr(&v)
                        .map(|p| p.as_str().to_string())
                        .unwrap_or_default()
                } else {
                    vm.str_string(&v)?
                }
            } else if c == 'r' {
                vm.repr_string(&v)?
            } else {
                ascii_escape(&vm.repr_string(&v)?)
            };
            if width.is_none() && prec.is_none() {
                out.push_str(&text);
            } else {
                out.push_str(&pad_printf(&text, prec, flags, width).map_err(|e| ferr(vm, e))?);
            }
        }
        'd' | 'i' | 'u'
            if matches!(v, Value::Int(_))
                && width.is_none()
                && prec.is_none()
                && !flags.sign_plus
                && !flags.sign_space =>
        {
            if let Value::Int(i) = v {
                out.push_str(&i.to_string());
            }
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let n = printf_int_value(vm, &v, c)?;
            out.push_str(&printf_int(&n, c, prec, flags, width).map_err(|e| ferr(vm, e))?);
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = printf_float_value(vm, &v)?;
            out.push_str(&printf_float(x, c, prec, flags, width).map_err(|e| ferr(vm, e))?);
        }
        'c' => {
            let ch = printf_char(vm, &v)?;
            let mut buf = [0u8; 4];
            let s = ch.encode_utf8(&mut buf);
            if width.is_none() {
                out.push_str(s);
            } else {
                out.push_str(&pad_printf(s, None, flags, width).map_err(|e| ferr(vm, e))?);
            }
        }
        _ => {
            let n = c as u32;
            let shown = if (31..=126).contains(&n) { c } else { '?' };
            return Err(vm.value_error(format!(
                "unsupported format character '{shown}' (0x{n:x}) at index {conv_index}"
            )));
        }
    }
    Ok(())
}

// ----- str.format -----

/// The keyword arguments of `str.format` (names and values from a vectorcall)
/// or the mapping of `str.format_map`.
pub enum FormatKwargs<'a> {
    None,
    Names(&'a [Value], &'a [Value]),
    Mapping(&'a Value),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

struct FormatCtx<'a> {
    /// None for `format_map`, which has no positional arguments.
    args: Option<&'a [Value]>,
    kwargs: FormatKwargs<'a>,
    state: AutoState,
    next_auto: usize,
}

/// Like `do_string_format`: `fmt.format(*args, **kwargs)`.
pub fn str_format(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: FormatKwargs,
) -> PyResult<String> {
    let mut ctx = FormatCtx {
        args: Some(args),
        kwargs,
        state: AutoState::Init,
        next_auto: 0,
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    build_string(vm, &mut ctx, fmt, 2, &mut out)?;
    Ok(out)
}

/// Like `do_string_format_map`: `fmt.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, fmt: &str, mapping: &Value) -> PyResult<String> {
    let mut ctx = FormatCtx {
        args: None,
        kwargs: FormatKwargs::Mapping(mapping),
        state: AutoState::Init,
        next_auto: 0,
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    build_string(vm, &mut ctx, fmt, 2, &mut out)?;
    Ok(out)
}

/// A parsed replacement field (byte ranges into the format string).
struct Field<'a> {
    name: &'a str,
    conversion: Option<char>,
    spec: &'a str,
    spec_needs_expanding: bool,
}

/// Like `build_string` + `MarkupIterator_next`.
fn build_string(
    vm: &mut Vm,
    ctx: &mut FormatCtx,
    fmt: &str,
    depth: i32,
    out: &mut String,
) -> PyResult<()> {
    if depth <= 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let b = fmt.as_bytes();
    let end = b.len();
    let mut pos = 0;
    while pos < end {
        let start = pos;
        let mut c = 0u8;
        let mut markup = false;
        while pos < end {
            c = b[pos];
            pos += 1;
            if c == b'{' || c == b'}' {
                markup = true;
                break;
            }
        }
        let at_end = pos >= end;
        let mut len = pos - start;
        if markup && c == b'}' && (at_end || b[pos] != b'}') {
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if markup && at_end && c == b'{' {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        if !at_end {
            if b[pos] == c {
                pos += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        out.push_str(&fmt[start..start + len]);
        if !markup {
            continue;
        }
        let field = parse_field(vm, fmt, &mut pos)?;
        output_markup(vm, ctx, &field, depth, out)?;
        if out.len() > MAX_STR_BYTES {
            return Err(vm.memory_error());
        }
    }
    Ok(())
}

/// Like `parse_field`: the field name, conversion and spec after a '{'.
fn parse_field<'a>(vm: &Vm, fmt: &'a str, pos: &mut usize) -> PyResult<Field<'a>> {
    let b = fmt.as_bytes();
    let end = b.len();
    let name_start = *pos;
    let mut c = 0u8;
    while *pos < end {
        c = b[*pos];
        *pos += 1;
        match c {
            b'{' => return Err(vm.value_error("unexpected '{' in field name")),
            b'[' => {
                while *pos < end && b[*pos] != b']' {
                    *pos += 1;
                }
            }
            b'}' | b':' | b'!' => break,
            _ => {}
        }
    }
    if !matches!(c, b'}' | b':' | b'!') {
        return Err(vm.value_error("expected '}' before end of string"));
    }
    let name = &fmt[name_start..*pos - 1];
    let mut field = Field {
        name,
        conversion: None,
        spec: "",
        spec_needs_expanding: false,
    };
    if c == b'!' || c == b':' {
        if c == b'!' {
            let Some(conv) = fmt.get(*pos..).and_then(|r| r.chars().next()) else {
                return Err(vm.value_error("end of string while looking for conversion specifier"));
            };
            *pos += conv.len_utf8();
            field.conversion = Some(conv);
            if *pos < end {
                let c2 = b[*pos];
                *pos += 1;
                if c2 == b'}' {
                    return Ok(field);
                }
                if c2 != b':' {
                    return Err(vm.value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        while *pos < end {
            let c = b[*pos];
            *pos += 1;
            if c == b'{' {
                field.spec_needs_expanding = true;
                count += 1;
            } else if c == b'}' {
                count -= 1;
                if count == 0 {
                    field.spec = &fmt[spec_start..*pos - 1];
                    return Ok(field);
                }
            }
        }
        return Err(vm.value_error("unmatched '{' in format spec"));
    }
    Ok(field)
}

/// Like `get_integer`: a field name made only of (Unicode) decimal digits.
fn get_integer(vm: &Vm, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        if acc > (isize::MAX as usize - d as usize) / 10 {
            return Err(vm.value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d as usize;
    }
    Ok(Some(acc))
}

/// Like `get_field_object`: the argument a field name designates, with its
/// attribute and item accessors applied.
fn get_field_object(vm: &mut Vm, ctx: &mut FormatCtx, name: &str) -> PyResult<Value> {
    let split = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(split);
    let mut index = get_integer(vm, first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        if ctx.state == AutoState::Init {
            ctx.state = if empty {
                AutoState::Auto
            } else {
                AutoState::Manual
            };
        }
        if ctx.state == AutoState::Manual && empty {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if ctx.state == AutoState::Auto && !empty {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        if empty {
            index = Some(ctx.next_auto);
            ctx.next_auto += 1;
        }
    }
    let mut obj = match index {
        None => {
            let key = vm.new_str(first);
            match &ctx.kwargs {
                FormatKwargs::None => return Err(vm.key_error(key)),
                FormatKwargs::Names(names, values) => {
                    let found = names
                        .iter()
                        .position(|n| pystr(n).is_some_and(|p| p.as_str() == first));
                    match found.and_then(|i| values.get(i)) {
                        Some(v) => v.clone(),
                        None => return Err(vm.key_error(key)),
                    }
                }
                FormatKwargs::Mapping(m) => {
                    let m = (*m).clone();
                    vm.getitem(&m, &key)?
                }
            }
        }
        Some(i) => {
            let Some(args) = ctx.args else {
                return Err(vm.value_error("Format string contains positional fields"));
            };
            match args.get(i) {
                Some(v) => v.clone(),
                None => {
                    return Err(vm.index_error(format!(
                        "Replacement index {i} out of range for positional args tuple"
                    )))
                }
            }
        }
    };
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        match c {
            '.' => {
                let n = rest.find(['.', '[']).unwrap_or(rest.len());
                let attr = &rest[..n];
                rest = &rest[n..];
                if attr.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                obj = vm.getattr_str(&obj, attr)?;
            }
            '[' => {
                let Some(n) = rest.find(']') else {
                    return Err(vm.value_error("Missing ']' in format string"));
                };
                let key = &rest[..n];
                rest = &rest[n + 1..];
                let idx = get_integer(vm, key)?;
                if key.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let k = match idx {
                    Some(i) => Value::Int(i as i64),
                    None => vm.new_str(key),
                };
                obj = vm.getitem(&obj, &k)?;
            }
            _ => {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        }
    }
    Ok(obj)
}

/// Like `output_markup` + `render_field`.
fn output_markup(
    vm: &mut Vm,
    ctx: &mut FormatCtx,
    field: &Field,
    depth: i32,
    out: &mut String,
) -> PyResult<()> {
    let mut obj = get_field_object(vm, ctx, field.name)?;
    if let Some(conv) = field.conversion {
        let text = match conv {
            'r' => vm.repr_string(&obj)?,
            's' => vm.str_string(&obj)?,
            'a' => ascii_escape(&vm.repr_string(&obj)?),
            c => {
                let n = c as u32;
                return Err(vm.value_error(if n > 32 && n < 127 {
                    format!("Unknown conversion specifier {c}")
                } else {
                    format!("Unknown conversion specifier \\x{n:x}")
                }));
            }
        };
        obj = vm.new_str(text);
    }
    let expanded;
    let spec: &str = if field.spec_needs_expanding {
        let mut s = String::new();
        build_string(vm, ctx, field.spec, depth - 1, &mut s)?;
        expanded = s;
        &expanded
    } else {
        field.spec
    };
    if spec.is_empty() {
        if let Value::Int(i) = obj {
            out.push_str(&i.to_string());
            return Ok(());
        }
        if is_exact_str(vm, &obj) {
            out.push_str(pystr(&obj).map_or("", |p| p.as_str()));
            return Ok(());
        }
    }
    // `render_field`'s fast paths: the exact built-in types format here
    // without looking `__format__` up.
    let fast = match &obj {
        Value::Int(i) => Some(crate::format::format_int_spec(&BigInt::from(*i), spec)),
        Value::Float(f) => Some(crate::format::format_float_spec(**f, spec)),
        _ if is_exact_str(vm, &obj) => Some(crate::format::format_str_spec(
            pystr(&obj).map_or("", |p| p.as_str()),
            spec,
        )),
        _ => None,
    };
    if let Some(r) = fast {
        out.push_str(&r.map_err(|e| format_error(vm, e))?);
        return Ok(());
    }
    let spec_v = if spec.is_empty() {
        Value::Obj(vm.empty_str.clone())
    } else {
        vm.new_str(spec)
    };
    let r = vm.format(&obj, &spec_v)?;
    out.push_str(pystr(&r).map_or("", |p| p.as_str()));
    Ok(())
}
