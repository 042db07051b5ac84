//! The builtin functions (`print`, `len`, `isinstance`, ...), registered from a
//! plain table into the `builtins` module, plus `__build_class__`.

use crate::modules::sys::{sys_attr, write_to};
use crate::util::as_str;
use taipan_object::call::Args;
use taipan_object::function::{MethodDef, NativeFn};
use taipan_object::typeobj::{is_subtype, tdata, CompareOp, Dunder, UnaryOp};
use taipan_object::{ObjRef, Payload, PyResult, Value, Vm};

fn print(vm: &mut Vm, _m: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = Args::new(args, kwnames);
    a.only_kw_legacy(vm, "print", &["sep", "end", "file", "flush"])?;
    let sep = match a.kw("sep") {
        None | Some(Value::None) => " ".to_string(),
        Some(v) => match as_str(v) {
            Some(s) => s.to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "sep must be None or a string, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    let end = match a.kw("end") {
        None | Some(Value::None) => "\n".to_string(),
        Some(v) => match as_str(v) {
            Some(s) => s.to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "end must be None or a string, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    let file = match a.kw("file") {
        None | Some(Value::None) => sys_attr(vm, "stdout").unwrap_or(Value::None),
        Some(f) => f.clone(),
    };
    if file.is_none() {
        return Ok(Value::None);
    }
    let mut out = String::new();
    for (i, v) in a.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        let s = vm.str(v)?;
        out.push_str(s.as_str().map(|s| s.as_str()).unwrap_or(""));
    }
    out.push_str(&end);
    write_to(vm, &file, &out)?;
    if let Some(f) = a.kw("flush") {
        if vm.truthy(f)? {
            if let Ok(fl) = vm.getattr_str(&file, "flush") {
                vm.call(&fl, &[], None)?;
            }
        }
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, _m: &Value, v: &Value) -> PyResult {
    vm.len(v).map(|n| Value::Int(n as i64))
}
fn repr(vm: &mut Vm, _m: &Value, v: &Value) -> PyResult {
    vm.repr(v).map(Value::Obj)
}
fn ascii(vm: &mut Vm, _m: &Value, v: &Value) -> PyResult {
    let r = vm.repr_string(v)?;
    Ok(vm.new_str(taipan_object::pystr::ascii_escape(&r)))
}
fn abs(vm: &mut Vm, _m: &Value, v: &Value) -> PyResult {
    vm.unary_op(v, UnaryOp::Abs)
}
fn callable(vm: &mut Vm, _m: &Value, v: &Value) -> PyResult {
    Ok(Value::bool(vm.is_callable(v)))
}
fn id(_vm: &mut Vm, _m: &Value, v: &Value) -> PyResult {
    Ok(Value::Int((v.id() & (i64::MAX as u64)) as i64))
}
fn hash(vm: &mut Vm, _m: &Value, v: &Value) -> PyResult {
    vm.hash(v).map(Value::Int)
}

fn chr(vm: &mut Vm, _m: &Value, v: &Value) -> PyResult {
    let i = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => **b as i64,
        Value::Float(_) => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
        }
        _ => {
            let r = vm.index(v)?;
            match taipan_object::number::as_i64(&r) {
                Some(i) => i,
                None => return Err(vm.overflow_error("Python int too large to convert to C int")),
            }
        }
    };
    if !(0..=0x10ffff).contains(&i) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None => Err(vm.value_error("surrogate code points are not supported")),
    }
}
fn ord(vm: &mut Vm, _m: &Value, v: &Value) -> PyResult {
    if let Some(s) = v.as_obj().and_then(|o| o.as_str()) {
        if s.char_len() == 1 {
            return Ok(Value::Int(
                s.as_str().chars().next().map_or(0, |c| c as i64),
            ));
        }
        return Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.char_len()
        )));
    }
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Bytes(b)) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        Some(Payload::Bytes(b)) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        ))),
        Some(Payload::ByteArray(b)) if b.borrow().len() == 1 => {
            Ok(Value::Int(b.borrow()[0] as i64))
        }
        _ => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(v)
        ))),
    }
}

fn int_prefixed(vm: &mut Vm, v: &Value, radix: u32) -> PyResult {
    let i = vm.index(v)?;
    let b = taipan_object::number::to_bigint(&i).unwrap_or_default();
    Ok(vm.new_str(crate::format::int_to_prefixed(&b, radix)))
}
fn bin(vm: &mut Vm, _m: &Value, v: &Value) -> PyResult {
    int_prefixed(vm, v, 2)
}
fn oct(vm: &mut Vm, _m: &Value, v: &Value) -> PyResult {
    int_prefixed(vm, v, 8)
}
fn hex(vm: &mut Vm, _m: &Value, v: &Value) -> PyResult {
    int_prefixed(vm, v, 16)
}

fn format(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error(format!(
            "format expected at most 2 arguments, got {}",
            args.len()
        )));
    }
    let spec = match args.get(1) {
        Some(s) => {
            if as_str(s).is_none() {
                return Err(vm.type_error(format!(
                    "format() argument 2 must be str, not {}",
                    vm.type_name(s)
                )));
            }
            s.clone()
        }
        None => Value::Obj(vm.empty_str.clone()),
    };
    vm.format(&args[0], &spec)
}

fn arg_count_error(
    vm: &Vm,
    name: &str,
    min: usize,
    max: usize,
    got: usize,
) -> taipan_object::PyErr {
    if got < min {
        if min == max {
            return vm.type_error(format!(
                "{name} expected {min} argument{}, got {got}",
                if min == 1 { "" } else { "s" }
            ));
        }
        return vm.type_error(format!(
            "{name} expected at least {min} argument{}, got {got}",
            if min == 1 { "" } else { "s" }
        ));
    }
    vm.type_error(format!(
        "{name} expected at most {max} argument{}, got {got}",
        if max == 1 { "" } else { "s" }
    ))
}

fn getattr(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    if args.len() < 2 || args.len() > 3 {
        return Err(arg_count_error(vm, "getattr", 2, 3, args.len()));
    }
    let name = match as_str(&args[1]) {
        Some(s) => {
            let s = s.to_string();
            vm.intern(&s)
        }
        None => {
            return Err(vm.type_error(format!(
                "attribute name must be string, not '{}'",
                vm.type_name(&args[1])
            )))
        }
    };
    match vm.getattr(&args[0], &name) {
        Ok(v) => Ok(v),
        Err(e)
            if args.len() == 3
                && vm.is_instance_of(&e.value(), &vm.exc.attribute_error.clone()) =>
        {
            Ok(args[2].clone())
        }
        Err(e) => Err(e),
    }
}
fn setattr(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    if args.len() != 3 {
        return Err(arg_count_error(vm, "setattr", 3, 3, args.len()));
    }
    let name = match as_str(&args[1]) {
        Some(s) => {
            let s = s.to_string();
            vm.intern(&s)
        }
        None => {
            return Err(vm.type_error(format!(
                "attribute name must be string, not '{}'",
                vm.type_name(&args[1])
            )))
        }
    };
    vm.setattr(&args[0], &name, &args[2])?;
    Ok(Value::None)
}
fn delattr(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    if args.len() != 2 {
        return Err(arg_count_error(vm, "delattr", 2, 2, args.len()));
    }
    let name = match as_str(&args[1]) {
        Some(s) => {
            let s = s.to_string();
            vm.intern(&s)
        }
        None => {
            return Err(vm.type_error(format!(
                "attribute name must be string, not '{}'",
                vm.type_name(&args[1])
            )))
        }
    };
    vm.delattr(&args[0], &name)?;
    Ok(Value::None)
}
fn hasattr(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    if args.len() != 2 {
        return Err(arg_count_error(vm, "hasattr", 2, 2, args.len()));
    }
    let name = match as_str(&args[1]) {
        Some(s) => {
            let s = s.to_string();
            vm.intern(&s)
        }
        None => {
            return Err(vm.type_error(format!(
                "attribute name must be string, not '{}'",
                vm.type_name(&args[1])
            )))
        }
    };
    match vm.getattr(&args[0], &name) {
        Ok(_) => Ok(Value::TRUE),
        Err(e) if vm.is_instance_of(&e.value(), &vm.exc.attribute_error.clone()) => {
            Ok(Value::FALSE)
        }
        Err(e) => Err(e),
    }
}

/// `isinstance` with `__instancecheck__`, tuples and unions of classes
/// (`PyObject_IsInstance`: CPython's `object_recursive_isinstance`).
pub fn isinstance(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    if let Value::Obj(c) = cls {
        // An exact type match never consults `__instancecheck__`.
        if std::rc::Rc::ptr_eq(vm.type_of(obj), c) {
            return Ok(true);
        }
        if c.as_type().is_some() && std::rc::Rc::ptr_eq(vm.type_of(cls), &vm.types.type_) {
            return object_isinstance(vm, obj, c);
        }
        if let Some(items) = c.as_tuple() {
            for t in items.iter() {
                vm.check_native_stack()?;
                if isinstance(vm, obj, t)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
    }
    if let Some(classes) = crate::types::generic_alias::union_classes(cls) {
        for c in classes {
            if isinstance(vm, obj, &c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(r) = taipan_object::slotdefs::call_dunder_key(
        vm,
        cls,
        &INSTANCECHECK_DUNDER,
        std::slice::from_ref(obj),
    )? {
        return vm.truthy(&r);
    }
    match cls {
        Value::Obj(c) if c.as_type().is_some() => object_isinstance(vm, obj, c),
        _ => Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
    }
}

static INSTANCECHECK_DUNDER: Dunder = Dunder::new("__instancecheck__");
static CLASS_DUNDER: Dunder = Dunder::new("__class__");

/// `type.__instancecheck__` (CPython's `object_isinstance`): a subtype of
/// `cls`, or an object whose `__class__` (proxies) is one.
pub fn object_isinstance(vm: &mut Vm, obj: &Value, cls: &ObjRef) -> PyResult<bool> {
    if vm.is_instance_of(obj, cls) {
        return Ok(true);
    }
    if class_is_own_type(vm, obj) {
        return Ok(false);
    }
    Ok(match vm.lookup_attr_opt(obj, "__class__")? {
        Some(Value::Obj(icls))
            if icls.as_type().is_some() && !std::rc::Rc::ptr_eq(&icls, vm.type_of(obj)) =>
        {
            is_subtype(&icls, cls)
        }
        _ => false,
    })
}

/// Whether `obj.__class__` is certainly `type(obj)` without running any
/// code: its type's attribute access is the generic one and `__class__`
/// resolves to `object`'s own descriptor. Saves the string lookup that
/// every failed `isinstance` would otherwise do.
fn class_is_own_type(vm: &Vm, obj: &Value) -> bool {
    let t = vm.type_of(obj);
    let td = tdata(t);
    let version = td.version.get();
    if td.plain_class_at.get() == version {
        return true;
    }
    if !td
        .slots
        .getattro
        .get()
        .is_none_or(taipan_object::class::is_generic_getattro)
    {
        return false;
    }
    let plain = matches!(
        taipan_object::typeobj::type_lookup_dunder(t, &CLASS_DUNDER),
        Some(Value::Obj(d)) if matches!(&d.payload,
            Payload::GetSet(def, _) if std::ptr::eq(*def, &taipan_object::class::OBJECT_CLASS))
    );
    if plain {
        td.plain_class_at.set(version);
    }
    plain
}

fn isinstance_fn(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    if args.len() != 2 {
        return Err(arg_count_error(vm, "isinstance", 2, 2, args.len()));
    }
    isinstance(vm, &args[0], &args[1]).map(Value::bool)
}

pub fn issubclass(vm: &mut Vm, sub: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(classes) = crate::types::generic_alias::union_classes(cls) {
        for c in classes {
            if issubclass(vm, sub, &c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(items) = cls.as_obj().and_then(|o| o.as_tuple()).map(|t| t.to_vec()) {
        for t in items {
            vm.check_native_stack()?;
            if issubclass(vm, sub, &t)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let cls_is_type = cls.as_obj().is_some_and(|o| o.as_type().is_some());
    if cls_is_type {
        let meta = vm.type_of(cls).clone();
        if !std::rc::Rc::ptr_eq(&meta, &vm.types.type_) {
            if let Some(r) = taipan_object::slotdefs::call_dunder(
                vm,
                cls,
                "__subclasscheck__",
                std::slice::from_ref(sub),
            )? {
                return vm.truthy(&r);
            }
        }
    }
    let Some(s) = sub.as_obj().filter(|o| o.as_type().is_some()) else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    match cls.as_obj().filter(|o| o.as_type().is_some()) {
        Some(c) => Ok(is_subtype(s, c)),
        None => {
            Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        }
    }
}
fn issubclass_fn(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    if args.len() != 2 {
        return Err(arg_count_error(vm, "issubclass", 2, 2, args.len()));
    }
    issubclass(vm, &args[0], &args[1]).map(Value::bool)
}

fn iter(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    match args.len() {
        1 => vm.iter(&args[0]),
        2 => {
            if !vm.is_callable(&args[0]) {
                return Err(vm.type_error("iter(v, w): v must be callable"));
            }
            Ok(Value::Obj(taipan_object::Obj::new(
                &vm.types.callable_iterator,
                Payload::Iter(taipan_object::iter::IterData::Callable {
                    func: std::cell::RefCell::new(Some(args[0].clone())),
                    sentinel: args[1].clone(),
                }),
            )))
        }
        n => Err(arg_count_error(vm, "iter", 1, 2, n)),
    }
}
fn next(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    if args.is_empty() || args.len() > 2 {
        return Err(arg_count_error(vm, "next", 1, 2, args.len()));
    }
    let Some(slot) = vm.type_data(&args[0]).slots.next.get() else {
        return Err(vm.type_error(format!(
            "'{}' object is not an iterator",
            vm.type_name(&args[0])
        )));
    };
    // The slot directly: a StopIteration carrying a value must reach the caller.
    let r = match slot(vm, &args[0]) {
        Err(e)
            if args.len() == 2 && vm.is_instance_of(&e.value(), &vm.exc.stop_iteration.clone()) =>
        {
            Ok(None)
        }
        r => r,
    };
    match r? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(Value::None)),
        },
    }
}

fn min_max(
    vm: &mut Vm,
    args: &[Value],
    kwnames: Option<&ObjRef>,
    name: &str,
    op: CompareOp,
) -> PyResult {
    let a = Args::new(args, kwnames);
    a.only_kw_legacy(vm, name, &["key", "default"])?;
    let key = a.kw("key").filter(|k| !k.is_none()).cloned();
    let default = a.kw("default").cloned();
    let items: Vec<Value> = match a.pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect(&a.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            a.pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&it), None)?,
            None => it.clone(),
        };
        best = Some(match best {
            None => (k, it),
            Some((bk, bv)) => {
                let r = vm.rich_compare(&k, &bk, op)?;
                if vm.truthy(&r)? {
                    (k, it)
                } else {
                    (bk, bv)
                }
            }
        });
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}
fn min(vm: &mut Vm, _m: &Value, args: &[Value], kw: Option<&ObjRef>) -> PyResult {
    min_max(vm, args, kw, "min", CompareOp::Lt)
}
fn max(vm: &mut Vm, _m: &Value, args: &[Value], kw: Option<&ObjRef>) -> PyResult {
    min_max(vm, args, kw, "max", CompareOp::Gt)
}

fn sorted(vm: &mut Vm, _m: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = Args::new(args, kwnames);
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", a.pos.len())));
    }
    let items = vm.collect(&a.pos[0])?;
    let list = vm.new_list(items);
    let sort = vm.getattr_str(&list, "sort")?;
    let kwvals: Vec<Value> = a.kwvalues.to_vec();
    let names = kwnames.cloned();
    vm.call(&sort, &kwvals, names.as_ref())?;
    Ok(list)
}

fn sum(vm: &mut Vm, _m: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = Args::new(args, kwnames);
    let bound = a.bind(vm, "sum", &["iterable", "start"], 1, 1)?;
    let mut acc = bound[1].clone().unwrap_or(Value::Int(0));
    if let Some(s) = acc.as_obj().and_then(|o| o.as_str()) {
        let _ = s;
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    match acc.as_obj().map(|o| &o.payload) {
        Some(Payload::Bytes(_)) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Some(Payload::ByteArray(_)) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = vm.iter(bound[0].as_ref().expect("bound"))?;
    while let Some(x) = vm.next(&it)? {
        // CPython's `builtin_sum_impl` keeps a C long / double accumulator
        // while the items are ints or floats; the general `+` gives the same
        // value, so this only skips the dispatch.
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                Some(r) => Value::Int(r),
                None => vm.binary_op(&acc, &x, taipan_object::BinOp::Add)?,
            },
            (Value::Float(a), Value::Float(b)) => Value::float(**a + **b),
            _ => vm.binary_op(&acc, &x, taipan_object::BinOp::Add)?,
        };
    }
    Ok(acc)
}

fn all(vm: &mut Vm, _m: &Value, v: &Value) -> PyResult {
    let it = vm.iter(v)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}
fn any(vm: &mut Vm, _m: &Value, v: &Value) -> PyResult {
    let it = vm.iter(v)?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn divmod(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    if args.len() != 2 {
        return Err(arg_count_error(vm, "divmod", 2, 2, args.len()));
    }
    let (a, b) = (&args[0], &args[1]);
    if let Some(r) =
        taipan_object::slotdefs::call_dunder(vm, a, "__divmod__", std::slice::from_ref(b))?
    {
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    if let Some(r) =
        taipan_object::slotdefs::call_dunder(vm, b, "__rdivmod__", std::slice::from_ref(a))?
    {
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(a),
        vm.type_name(b)
    )))
}

fn pow(vm: &mut Vm, _m: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = Args::new(args, kwnames);
    let b = a.bind(vm, "pow", &["base", "exp", "mod"], 2, 0)?;
    let base = b[0].clone().expect("bound");
    let exp = b[1].clone().expect("bound");
    match b[2].clone().filter(|m| !m.is_none()) {
        None => vm.binary_op(&base, &exp, taipan_object::BinOp::Pow),
        Some(m) => match taipan_object::slotdefs::call_dunder(
            vm,
            &base,
            "__pow__",
            &[exp.clone(), m.clone()],
        )? {
            Some(r) if !r.is(&vm.not_implemented) => Ok(r),
            _ => Err(vm.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                vm.type_name(&base),
                vm.type_name(&exp),
                vm.type_name(&m)
            ))),
        },
    }
}

fn round(vm: &mut Vm, _m: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = Args::new(args, kwnames);
    let b = a.bind(vm, "round", &["number", "ndigits"], 1, 0)?;
    let number = b[0].clone().expect("bound");
    let nd = b[1].clone().filter(|v| !v.is_none());
    let args: Vec<Value> = nd.into_iter().collect();
    match taipan_object::slotdefs::call_dunder(vm, &number, "__round__", &args)? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(&number)
        ))),
    }
}

fn globals(vm: &mut Vm, _m: &Value) -> PyResult {
    match vm.frames.last() {
        Some(f) => Ok(Value::Obj(f.globals.clone())),
        None => Ok(Value::None),
    }
}

/// `locals()`: the namespace mapping of module/class bodies, or a snapshot
/// of a function's fast locals.
pub fn locals_of_current_frame(vm: &mut Vm) -> PyResult {
    let Some(f) = vm.frames.last() else {
        return Ok(Value::None);
    };
    if let Some(l) = &f.locals {
        return Ok(l.clone());
    }
    if f.func.is_none() {
        return Ok(Value::Obj(f.globals.clone()));
    }
    let code = f.code.clone();
    let base = f.base;
    let d = vm.new_dict();
    for (i, n) in code.varnames.iter().enumerate() {
        let v = vm.stack[base + i].clone();
        if !v.is_null() {
            vm.dict_set(&d, Value::Obj(n.clone()), v)?;
        }
    }
    let nl = code.nlocals();
    for (i, n) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
        let content = match &vm.stack[base + nl + i] {
            Value::Obj(c) => match &c.payload {
                Payload::Cell(cell) => cell.borrow().clone(),
                _ => None,
            },
            _ => None,
        };
        if let Some(v) = content {
            vm.dict_set(&d, Value::Obj(n.clone()), v)?;
        }
    }
    Ok(Value::Obj(d))
}
fn locals(vm: &mut Vm, _m: &Value) -> PyResult {
    locals_of_current_frame(vm)
}
fn vars(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    match args.len() {
        0 => locals_of_current_frame(vm),
        1 => match vm.lookup_attr_opt(&args[0], "__dict__")? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
        n => Err(arg_count_error(vm, "vars", 0, 1, n)),
    }
}

fn dir(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    let names: Vec<Value> = match args.len() {
        0 => {
            let l = locals_of_current_frame(vm)?;
            match l.as_obj().and_then(|o| o.as_dict()) {
                Some(d) => d.borrow().keys(),
                None => vm.collect(&l)?,
            }
        }
        1 => {
            // Looked up on the type, like `_PyObject_LookupSpecial`.
            let r = match taipan_object::slotdefs::call_dunder(vm, &args[0], "__dir__", &[])? {
                Some(r) => r,
                None => return Err(vm.type_error("object does not provide __dir__")),
            };
            vm.collect(&r)?
        }
        n => return Err(arg_count_error(vm, "dir", 0, 1, n)),
    };
    let list = vm.new_list(names);
    vm.call_method(&list, "sort", &[])?;
    Ok(list)
}

fn input(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    if args.len() > 1 {
        return Err(arg_count_error(vm, "input", 0, 1, args.len()));
    }
    if let Some(p) = args.first() {
        let s = vm.str_string(p)?;
        let out = sys_attr(vm, "stdout").unwrap_or(Value::None);
        write_to(vm, &out, &s)?;
    }
    crate::modules::sys::flush_stdout(vm);
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.new_error(&vm.exc.eof_error.clone(), "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_str(line))
        }
        Err(e) => Err(vm.new_error(&vm.exc.os_error.clone(), e.to_string())),
    }
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
fn build_class(vm: &mut Vm, _m: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = Args::new(args, kwnames);
    if a.pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = a.pos[0].clone();
    let name = a.pos[1].clone();
    if as_str(&name).is_none() {
        return Err(vm.type_error("__build_class__: name is not a string"));
    }
    // PEP 560: bases may supply replacements through __mro_entries__.
    let orig_bases: Vec<Value> = a.pos[2..].to_vec();
    let mut bases: Vec<Value> = Vec::new();
    let mut changed = false;
    for b in &orig_bases {
        if b.as_obj().is_some_and(|o| o.as_type().is_some()) {
            bases.push(b.clone());
            continue;
        }
        match vm.lookup_attr_opt(b, "__mro_entries__")? {
            Some(me) => {
                let t = vm.new_tuple(orig_bases.clone());
                let r = vm.call(&me, &[t], None)?;
                let items = match r.as_obj().and_then(|o| o.as_tuple()) {
                    Some(t) => t.to_vec(),
                    None => return Err(vm.type_error("__mro_entries__ must return a tuple")),
                };
                bases.extend(items);
                changed = true;
            }
            None => bases.push(b.clone()),
        }
    }
    let mut meta: Option<Value> = None;
    let mut kw_names: Vec<Value> = Vec::new();
    let mut kw_vals: Vec<Value> = Vec::new();
    for (k, v) in a.kwnames.iter().zip(a.kwvalues) {
        if as_str(k) == Some("metaclass") {
            meta = Some(v.clone());
        } else {
            kw_names.push(k.clone());
            kw_vals.push(v.clone());
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => Value::Obj(vm.type_of(b).clone()),
            None => Value::Obj(vm.types.type_.clone()),
        },
    };
    // The most derived metaclass among the given one and the bases' types.
    let meta = if let Some(mt) = meta.as_obj().filter(|o| o.as_type().is_some()).cloned() {
        let mut winner = mt;
        for b in &bases {
            let bt = vm.type_of(b).clone();
            if is_subtype(&winner, &bt) {
                continue;
            }
            if is_subtype(&bt, &winner) {
                winner = bt;
                continue;
            }
            return Err(vm.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        Value::Obj(winner)
    } else {
        meta
    };
    let bases_t = vm.new_tuple(bases);
    let kwn = if kw_names.is_empty() {
        None
    } else {
        Some(vm.new_tuple_obj(kw_names.clone()))
    };
    let ns = match vm.lookup_attr_opt(&meta, "__prepare__")? {
        Some(p) => {
            let mut pa = vec![name.clone(), bases_t.clone()];
            pa.extend(kw_vals.iter().cloned());
            vm.call(&p, &pa, kwn.as_ref())?
        }
        None => Value::Obj(vm.new_dict()),
    };
    let Some(ns_obj) = ns.as_obj().cloned() else {
        return Err(vm.type_error("__prepare__() must return a mapping"));
    };
    taipan_vm::run_class_body(vm, &func, &ns_obj)?;
    if changed {
        let ob = vm.new_tuple(orig_bases);
        let k = Value::Obj(vm.intern("__orig_bases__"));
        vm.setitem(&ns, &k, &ob)?;
    }
    let mut call_args = vec![name, bases_t, ns];
    call_args.extend(kw_vals);
    vm.call(&meta, &call_args, kwn.as_ref())
}

fn compile_mode(vm: &mut Vm, m: &str) -> PyResult<taipan_compiler::Mode> {
    match m {
        "exec" => Ok(taipan_compiler::Mode::Exec),
        "eval" => Ok(taipan_compiler::Mode::Eval),
        "single" => Ok(taipan_compiler::Mode::Single),
        _ => Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    }
}

/// Compile source text into a code object value, raising SyntaxError.
pub fn compile_source(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    mode: taipan_compiler::Mode,
) -> PyResult {
    match taipan_compiler::compile(vm, source, filename, mode) {
        Ok(code) => Ok(Value::Obj(taipan_object::Obj::new(
            &vm.types.code,
            Payload::Code(code),
        ))),
        Err(e) => Err(crate::interp::syntax_error_to_exception(vm, &e, filename)),
    }
}

fn source_arg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<String> {
    if let Some(s) = as_str(v) {
        return Ok(s.to_string());
    }
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Bytes(b)) => Ok(String::from_utf8_lossy(b).into_owned()),
        _ => Err(vm.type_error(format!(
            "{fname}() arg 1 must be a string, bytes or code object"
        ))),
    }
}

fn compile(vm: &mut Vm, _m: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = Args::new(args, kwnames);
    let b = a.bind(
        vm,
        "compile",
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
        3,
        0,
    )?;
    let src = source_arg(vm, b[0].as_ref().expect("bound"), "compile")?;
    let filename = vm.str_string(b[1].as_ref().expect("bound"))?;
    let mode_s = vm.str_string(b[2].as_ref().expect("bound"))?;
    let mode = compile_mode(vm, &mode_s)?;
    crate::traceback::register_source(&filename, &src);
    compile_source(vm, &src, &filename, mode)
}

fn exec_or_eval(vm: &mut Vm, args: &[Value], kwnames: Option<&ObjRef>, fname: &str) -> PyResult {
    let a = Args::new(args, kwnames);
    let b = a.bind(vm, fname, &["source", "globals", "locals"], 1, 1)?;
    let src = b[0].clone().expect("bound");
    let globals = match b[1].clone().filter(|g| !g.is_none()) {
        Some(g) => match g.as_obj().filter(|o| o.as_dict().is_some()) {
            Some(d) => d.clone(),
            None => {
                return Err(vm.type_error(format!(
                    "{}() globals must be a dict, not {}",
                    fname,
                    vm.type_name(&g)
                )))
            }
        },
        None => match vm.frames.last() {
            Some(f) => f.globals.clone(),
            None => vm.new_dict(),
        },
    };
    let locals = match b[2].clone().filter(|l| !l.is_none()) {
        Some(l) => Some(l),
        None => {
            if b[1].as_ref().is_some_and(|g| !g.is_none()) {
                None
            } else {
                match vm.frames.last() {
                    Some(f) if f.locals.is_some() => f.locals.clone(),
                    Some(f) if f.func.is_some() => Some(locals_of_current_frame(vm)?),
                    _ => None,
                }
            }
        }
    };
    if vm.dict_get_str(&globals, "__builtins__").is_none() {
        let bm = vm
            .dict_get_str(&vm.modules.clone(), "builtins")
            .unwrap_or(Value::Obj(vm.builtins.clone()));
        vm.dict_set_str(&globals, "__builtins__", bm);
    }
    let code = match src.as_obj().map(|o| &o.payload) {
        Some(Payload::Code(c)) => c.clone(),
        _ => {
            let text = source_arg(vm, &src, fname)?;
            let mode = if fname == "eval" {
                taipan_compiler::Mode::Eval
            } else {
                taipan_compiler::Mode::Exec
            };
            let text = if fname == "eval" {
                text.trim_start_matches([' ', '\t']).to_string()
            } else {
                text
            };
            crate::traceback::register_source("<string>", &text);
            let cv = compile_source(vm, &text, "<string>", mode)?;
            match cv.as_obj().map(|o| &o.payload) {
                Some(Payload::Code(c)) => c.clone(),
                _ => return Err(vm.runtime_error("compile failed")),
            }
        }
    };
    let locals = locals.or_else(|| Some(Value::Obj(globals.clone())));
    let r = taipan_vm::run_code(vm, &code, &globals, locals)?;
    Ok(if fname == "eval" { r } else { Value::None })
}
fn exec(vm: &mut Vm, _m: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    exec_or_eval(vm, args, kwnames, "exec")
}
fn eval(vm: &mut Vm, _m: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    exec_or_eval(vm, args, kwnames, "eval")
}

fn import(vm: &mut Vm, _m: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = Args::new(args, kwnames);
    let b = a.bind(
        vm,
        "__import__",
        &["name", "globals", "locals", "fromlist", "level"],
        1,
        0,
    )?;
    let name = b[0].clone().expect("bound");
    let Some(n) = as_str(&name).map(|s| s.to_string()) else {
        return Err(vm.type_error(format!(
            "__import__() argument 1 must be str, not {}",
            vm.type_name(&name)
        )));
    };
    let n = vm.intern(&n);
    let globals = b[1].clone().unwrap_or(Value::None);
    let fromlist = b[3].clone().unwrap_or(Value::None);
    let level = match b[4] {
        Some(Value::Int(l)) => l as u32,
        _ => 0,
    };
    match vm.hooks.import {
        Some(h) => h(vm, &n, &globals, &fromlist, level),
        None => Err(vm.new_error(&vm.exc.import_error.clone(), "import system not available")),
    }
}

static BUILTIN_FUNCTIONS: [MethodDef; 40] = [
    MethodDef {
        name: "print",
        func: NativeFn::FastCallKw(print),
        doc: "",
    },
    MethodDef {
        name: "len",
        func: NativeFn::O(len),
        doc: "",
    },
    MethodDef {
        name: "repr",
        func: NativeFn::O(repr),
        doc: "",
    },
    MethodDef {
        name: "ascii",
        func: NativeFn::O(ascii),
        doc: "",
    },
    MethodDef {
        name: "abs",
        func: NativeFn::O(abs),
        doc: "",
    },
    MethodDef {
        name: "callable",
        func: NativeFn::O(callable),
        doc: "",
    },
    MethodDef {
        name: "id",
        func: NativeFn::O(id),
        doc: "",
    },
    MethodDef {
        name: "hash",
        func: NativeFn::O(hash),
        doc: "",
    },
    MethodDef {
        name: "chr",
        func: NativeFn::O(chr),
        doc: "",
    },
    MethodDef {
        name: "ord",
        func: NativeFn::O(ord),
        doc: "",
    },
    MethodDef {
        name: "bin",
        func: NativeFn::O(bin),
        doc: "",
    },
    MethodDef {
        name: "oct",
        func: NativeFn::O(oct),
        doc: "",
    },
    MethodDef {
        name: "hex",
        func: NativeFn::O(hex),
        doc: "",
    },
    MethodDef {
        name: "format",
        func: NativeFn::FastCall(format),
        doc: "",
    },
    MethodDef {
        name: "getattr",
        func: NativeFn::FastCall(getattr),
        doc: "",
    },
    MethodDef {
        name: "setattr",
        func: NativeFn::FastCall(setattr),
        doc: "",
    },
    MethodDef {
        name: "delattr",
        func: NativeFn::FastCall(delattr),
        doc: "",
    },
    MethodDef {
        name: "hasattr",
        func: NativeFn::FastCall(hasattr),
        doc: "",
    },
    MethodDef {
        name: "isinstance",
        func: NativeFn::FastCall(isinstance_fn),
        doc: "",
    },
    MethodDef {
        name: "issubclass",
        func: NativeFn::FastCall(issubclass_fn),
        doc: "",
    },
    MethodDef {
        name: "iter",
        func: NativeFn::FastCall(iter),
        doc: "",
    },
    MethodDef {
        name: "next",
        func: NativeFn::FastCall(next),
        doc: "",
    },
    MethodDef {
        name: "min",
        func: NativeFn::FastCallKw(min),
        doc: "",
    },
    MethodDef {
        name: "max",
        func: NativeFn::FastCallKw(max),
        doc: "",
    },
    MethodDef {
        name: "sorted",
        func: NativeFn::FastCallKw(sorted),
        doc: "",
    },
    MethodDef {
        name: "sum",
        func: NativeFn::FastCallKw(sum),
        doc: "",
    },
    MethodDef {
        name: "all",
        func: NativeFn::O(all),
        doc: "",
    },
    MethodDef {
        name: "any",
        func: NativeFn::O(any),
        doc: "",
    },
    MethodDef {
        name: "divmod",
        func: NativeFn::FastCall(divmod),
        doc: "",
    },
    MethodDef {
        name: "pow",
        func: NativeFn::FastCallKw(pow),
        doc: "",
    },
    MethodDef {
        name: "round",
        func: NativeFn::FastCallKw(round),
        doc: "",
    },
    MethodDef {
        name: "globals",
        func: NativeFn::NoArgs(globals),
        doc: "",
    },
    MethodDef {
        name: "locals",
        func: NativeFn::NoArgs(locals),
        doc: "",
    },
    MethodDef {
        name: "vars",
        func: NativeFn::FastCall(vars),
        doc: "",
    },
    MethodDef {
        name: "dir",
        func: NativeFn::FastCall(dir),
        doc: "",
    },
    MethodDef {
        name: "input",
        func: NativeFn::FastCall(input),
        doc: "",
    },
    MethodDef {
        name: "__build_class__",
        func: NativeFn::FastCallKw(build_class),
        doc: "",
    },
    MethodDef {
        name: "compile",
        func: NativeFn::FastCallKw(compile),
        doc: "",
    },
    MethodDef {
        name: "exec",
        func: NativeFn::FastCallKw(exec),
        doc: "",
    },
    MethodDef {
        name: "eval",
        func: NativeFn::FastCallKw(eval),
        doc: "",
    },
];

static IMPORT_DEF: MethodDef = MethodDef {
    name: "__import__",
    func: NativeFn::FastCallKw(import),
    doc: "",
};

pub fn install(vm: &mut Vm) {
    let b = vm.builtins.clone();
    for def in BUILTIN_FUNCTIONS.iter().chain(std::iter::once(&IMPORT_DEF)) {
        let f = vm.new_builtin_function(def, Some("builtins"));
        vm.dict_set_str(&b, def.name, f);
    }
    for (name, t) in vm.types.all() {
        if matches!(
            name,
            "object"
                | "type"
                | "int"
                | "bool"
                | "float"
                | "complex"
                | "str"
                | "bytes"
                | "bytearray"
                | "list"
                | "tuple"
                | "dict"
                | "set"
                | "frozenset"
                | "range"
                | "slice"
                | "property"
                | "classmethod"
                | "staticmethod"
                | "super"
        ) {
            vm.dict_set_str(&b, name, Value::Obj(t));
        }
    }
    vm.dict_set_str(&b, "None", Value::None);
    vm.dict_set_str(&b, "True", Value::TRUE);
    vm.dict_set_str(&b, "False", Value::FALSE);
    let ni = vm.not_implemented.clone();
    vm.dict_set_str(&b, "NotImplemented", ni);
    let el = vm.ellipsis.clone();
    vm.dict_set_str(&b, "Ellipsis", el);
    vm.dict_set_str(&b, "__debug__", Value::TRUE);
    let m = crate::modules::new_module(vm, "builtins");
    // The builtins module's namespace is the Vm's builtins dict.
    let md = crate::modules::module_dict(&m);
    let entries = md.as_dict().map(|d| d.borrow().items()).unwrap_or_default();
    for (k, v) in entries {
        if vm.dict_get(&b, &k).ok().flatten().is_none() {
            let _ = vm.dict_set(&b, k, v);
        }
    }
    let bm = taipan_object::Obj::with_dict(
        &vm.types.module,
        b.clone(),
        Payload::Module("builtins".into()),
    );
    vm.dict_set_str(&vm.modules.clone(), "builtins", Value::Obj(bm));
    let _ = tdata(&vm.types.object);
}
