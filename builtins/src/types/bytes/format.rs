//! `bytes % args` (CPython's `_PyBytes_FormatEx`).

use super::bytes_like;
use crate::format::{float_to_bigint, printf_float, printf_int, PrintfFlags};
use crate::util::format_error;
use num_bigint::BigInt;
use taipan_object::object::Payload;
use taipan_object::typeobj::UnaryOp;
use taipan_object::{PyResult, Value, Vm};

/// The arguments of a format operation: a tuple's items, or one object.
struct FmtArgs<'a> {
    items: &'a [Value],
    single: Option<&'a Value>,
    /// Like CPython's `argidx`/`arglen`: a single argument starts at -2.
    idx: i64,
    len: i64,
}

impl FmtArgs<'_> {
    fn next(&mut self, vm: &Vm) -> PyResult<Value> {
        if self.idx < self.len {
            self.idx += 1;
            if self.len < 0 {
                return Ok(self.single.cloned().unwrap_or(Value::None));
            }
            return Ok(self.items[(self.idx - 1) as usize].clone());
        }
        Err(vm.type_error("not enough arguments for format string"))
    }
}

/// `%d`-style integer conversion (`formatlong`'s argument handling).
fn int_arg(vm: &mut Vm, v: &Value, conv: char) -> PyResult<BigInt> {
    if let Some(b) = taipan_object::number::to_bigint(v) {
        return Ok(b);
    }
    let integer_only = matches!(conv, 'o' | 'x' | 'X');
    let td = vm.type_data(v);
    let is_number = matches!(v, Value::Float(_))
        || td.slots.index.get().is_some()
        || td.slots.int.get().is_some()
        || td.slots.float.get().is_some();
    if is_number {
        let r = if integer_only {
            vm.index(v)
        } else if let Value::Float(f) = v {
            float_to_bigint(**f)
                .map(|b| vm.new_int(b))
                .map_err(|e| format_error(vm, e))
        } else if let Some(Payload::Float(f)) = v.as_obj().map(|o| &o.payload) {
            float_to_bigint(*f)
                .map(|b| vm.new_int(b))
                .map_err(|e| format_error(vm, e))
        } else {
            vm.unary_op(v, UnaryOp::Int)
        };
        match r {
            Ok(x) => {
                if let Some(b) = taipan_object::number::to_bigint(&x) {
                    return Ok(b);
                }
            }
            Err(e) => {
                if !vm.is_instance_of(&e.value(), &vm.exc.type_error.clone()) {
                    return Err(e);
                }
            }
        }
    }
    Err(vm.type_error(format!(
        "%{conv} format: {} is required, not {}",
        if integer_only {
            "an integer"
        } else {
            "a real number"
        },
        vm.type_name(v)
    )))
}

fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(Ok(f)) = taipan_object::number::as_f64(v) {
        return Ok(f);
    }
    if vm.type_data(v).slots.float.get().is_some() || vm.type_data(v).slots.index.get().is_some() {
        let r = if vm.type_data(v).slots.float.get().is_some() {
            vm.unary_op(v, UnaryOp::Float)?
        } else {
            vm.index(v)?
        };
        match taipan_object::number::as_f64(&r) {
            Some(Ok(f)) => return Ok(f),
            Some(Err(())) => return Err(vm.overflow_error("int too large to convert to float")),
            None => {}
        }
    }
    if let Some(Err(())) = taipan_object::number::as_f64(v) {
        return Err(vm.overflow_error("int too large to convert to float"));
    }
    Err(vm.type_error(format!("float argument required, not {}", vm.type_name(v))))
}

/// Pad `data` to `width` with spaces (on the right when left-adjusted).
fn pad_into(out: &mut Vec<u8>, data: &[u8], width: usize, left: bool) {
    let fill = width.saturating_sub(data.len());
    if !left {
        out.extend(std::iter::repeat_n(b' ', fill));
    }
    out.extend_from_slice(data);
    if left {
        out.extend(std::iter::repeat_n(b' ', fill));
    }
}

/// A `*` width or precision from the arguments.
fn star_arg(vm: &mut Vm, args: &mut FmtArgs) -> PyResult<i64> {
    let v = args.next(vm)?;
    if !taipan_object::number::is_int_like(&v) {
        return Err(vm.type_error("* wants int"));
    }
    taipan_object::number::as_i64(&v)
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// Pad the text of a `%s`/`%c`-style conversion, refusing absurd widths.
fn pad_checked(vm: &Vm, out: &mut Vec<u8>, data: &[u8], width: usize, left: bool) -> PyResult<()> {
    if width > crate::format::MAX_OUTPUT_CHARS {
        return Err(vm.memory_error());
    }
    pad_into(out, data, width, left);
    Ok(())
}

/// Format `fmt` with `args` like `bytes.__mod__`.
pub fn bytes_format(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let tuple = args
        .as_obj()
        .and_then(|o| o.as_tuple())
        .filter(|_| vm.is_instance_of(args, &vm.types.tuple));
    let mut fa = match tuple {
        Some(t) => FmtArgs {
            items: t,
            single: None,
            idx: 0,
            len: t.len() as i64,
        },
        None => FmtArgs {
            items: &[],
            single: Some(args),
            idx: -2,
            len: -1,
        },
    };
    let is_mapping = tuple.is_none()
        && bytes_like(args).is_none()
        && vm.type_data(args).slots.getitem.get().is_some();
    let dict = if is_mapping { Some(args.clone()) } else { None };
    let mut out: Vec<u8> = Vec::with_capacity(fmt.len() + 16);
    let mut i = 0;
    let n = fmt.len();
    while i < n {
        let c = fmt[i];
        if c != b'%' {
            let j = fmt[i..]
                .iter()
                .position(|&b| b == b'%')
                .map_or(n, |p| i + p);
            out.extend_from_slice(&fmt[i..j]);
            i = j;
            continue;
        }
        i += 1;
        if i < n && fmt[i] == b'%' {
            out.push(b'%');
            i += 1;
            continue;
        }
        let mut from_dict: Option<Value> = None;
        if i < n && fmt[i] == b'(' {
            let Some(d) = &dict else {
                return Err(vm.type_error("format requires a mapping"));
            };
            i += 1;
            let start = i;
            let mut depth = 1;
            while i < n && depth > 0 {
                match fmt[i] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key = vm.new_bytes(fmt[start..i - 1].to_vec());
            from_dict = Some(vm.getitem(d, &key)?);
            fa.len = -1;
            fa.idx = -2;
        }
        let mut flags = PrintfFlags::default();
        while i < n {
            match fmt[i] {
                b'-' => flags.left_adjust = true,
                b'+' => flags.sign_plus = true,
                b' ' => flags.sign_space = true,
                b'#' => flags.alternate = true,
                b'0' => flags.zero_pad = true,
                _ => break,
            }
            i += 1;
        }
        let mut width: Option<usize> = None;
        if i < n && fmt[i] == b'*' {
            let w = star_arg(vm, &mut fa)?;
            if w < 0 {
                flags.left_adjust = true;
            }
            // CPython negates in C: i64::MIN stays negative and means no width.
            width = w.checked_abs().map(|w| w as usize);
            i += 1;
        } else {
            let mut w: usize = 0;
            let mut any = false;
            while i < n && fmt[i].is_ascii_digit() {
                w = w
                    .checked_mul(10)
                    .and_then(|x| x.checked_add((fmt[i] - b'0') as usize))
                    .filter(|x| *x <= i64::MAX as usize)
                    .ok_or_else(|| vm.value_error("width too big"))?;
                any = true;
                i += 1;
            }
            if any {
                width = Some(w);
            }
        }
        let mut prec: Option<usize> = None;
        if i < n && fmt[i] == b'.' {
            i += 1;
            if i < n && fmt[i] == b'*' {
                let p = star_arg(vm, &mut fa)?;
                if i32::try_from(p).is_err() {
                    return Err(vm.overflow_error("Python int too large to convert to C int"));
                }
                prec = Some(p.max(0) as usize);
                i += 1;
            } else {
                let mut p: usize = 0;
                while i < n && fmt[i].is_ascii_digit() {
                    p = p
                        .checked_mul(10)
                        .and_then(|x| x.checked_add((fmt[i] - b'0') as usize))
                        .filter(|x| *x <= i32::MAX as usize)
                        .ok_or_else(|| vm.value_error("precision too big"))?;
                    i += 1;
                }
                prec = Some(p);
            }
        }
        while i < n && matches!(fmt[i], b'h' | b'l' | b'L') {
            i += 1;
        }
        if i >= n {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = fmt[i] as char;
        let conv_at = i;
        i += 1;
        if !matches!(
            conv,
            'r' | 'a'
                | 's'
                | 'b'
                | 'c'
                | 'd'
                | 'i'
                | 'u'
                | 'o'
                | 'x'
                | 'X'
                | 'e'
                | 'E'
                | 'f'
                | 'F'
                | 'g'
                | 'G'
        ) {
            return Err(vm.value_error(format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                if conv.is_ascii() && !conv.is_ascii_control() {
                    conv
                } else {
                    '?'
                },
                fmt[conv_at],
                conv_at
            )));
        }
        let v = match from_dict.take() {
            Some(v) => v,
            None => fa.next(vm)?,
        };
        let w = width.unwrap_or(0);
        match conv {
            'r' | 'a' => {
                let r = vm.repr_string(&v)?;
                let s = taipan_object::pystr::ascii_escape(&r);
                let b = s.as_bytes();
                let b = &b[..prec.map_or(b.len(), |p| p.min(b.len()))];
                pad_checked(vm, &mut out, b, w, flags.left_adjust)?;
            }
            's' | 'b' => {
                let data: Vec<u8> = match bytes_like(&v) {
                    Some(b) => b.into_owned(),
                    None => match taipan_object::slotdefs::call_dunder(vm, &v, "__bytes__", &[])? {
                        Some(r) => match bytes_like(&r) {
                            Some(b) => b.into_owned(),
                            None => {
                                return Err(vm.type_error(format!(
                                    "__bytes__ returned non-bytes (type {})",
                                    vm.type_name(&r)
                                )))
                            }
                        },
                        None => {
                            return Err(vm.type_error(format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                vm.type_name(&v)
                            )))
                        }
                    },
                };
                let b = &data[..prec.map_or(data.len(), |p| p.min(data.len()))];
                pad_checked(vm, &mut out, b, w, flags.left_adjust)?;
            }
            'c' => {
                let byte = if let Some(b) = bytes_like(&v).filter(|b| b.len() == 1) {
                    b[0]
                } else if taipan_object::number::is_int_like(&v)
                    || vm.type_data(&v).slots.index.get().is_some()
                {
                    let x = vm.index(&v)?;
                    match taipan_object::number::as_i64(&x).and_then(|i| u8::try_from(i).ok()) {
                        Some(b) => b,
                        None => return Err(vm.overflow_error("%c arg not in range(256)")),
                    }
                } else {
                    return Err(
                        vm.type_error("%c requires an integer in range(256) or a single byte")
                    );
                };
                pad_checked(vm, &mut out, &[byte], w, flags.left_adjust)?;
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let x = int_arg(vm, &v, conv)?;
                let conv = if matches!(conv, 'i' | 'u') { 'd' } else { conv };
                let s =
                    printf_int(&x, conv, prec, flags, width).map_err(|e| format_error(vm, e))?;
                out.extend_from_slice(s.as_bytes());
            }
            _ => {
                let f = float_arg(vm, &v)?;
                let s =
                    printf_float(f, conv, prec, flags, width).map_err(|e| format_error(vm, e))?;
                out.extend_from_slice(s.as_bytes());
            }
        }
    }
    if fa.idx < fa.len && dict.is_none() {
        return Err(vm.type_error("not all arguments converted during bytes formatting"));
    }
    Ok(out)
}
