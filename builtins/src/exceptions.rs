//! The behaviour of the built-in exception classes: construction, `args`,
//! str/repr, chaining attributes, and the per-class extras (`StopIteration.value`,
//! `SystemExit.code`, `KeyError`'s str, `OSError`, `SyntaxError` fields, ...).

use taipan_object::call::Args;
use taipan_object::exception::ExceptionData;
use taipan_object::function::{GetSetDef, MethodDef, NativeFn};
use taipan_object::typeobj::tdata;
use taipan_object::{Obj, ObjRef, Payload, PyResult, Value, Vm};

fn data(v: &Value) -> Option<&ExceptionData> {
    v.as_obj().and_then(|o| o.as_exception())
}

fn args_tuple(v: &Value) -> Vec<Value> {
    data(v)
        .map(|d| d.args.borrow().clone())
        .and_then(|a| a.as_obj().and_then(|o| o.as_tuple()).map(|t| t.to_vec()))
        .unwrap_or_default()
}

/// `BaseException.__new__`: an instance with `args` set.
fn exc_new(vm: &mut Vm, cls: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let n = args.len() - taipan_object::call::kw_count(kwnames);
    let a = vm.new_tuple(args[..n].to_vec());
    Ok(Value::Obj(Obj::new(
        cls,
        Payload::Exception(Box::new(ExceptionData::new(a))),
    )))
}

/// `BaseException.__init__`: store args; keywords are refused.
fn exc_init(vm: &mut Vm, obj: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult<()> {
    if taipan_object::call::kw_count(kwnames) > 0 {
        let t = vm.type_name(obj);
        return Err(vm.type_error(format!("{t}() takes no keyword arguments")));
    }
    if let Some(d) = data(obj) {
        *d.args.borrow_mut() = vm.new_tuple(args.to_vec());
    }
    init_extras(vm, obj, args)
}

/// Class-specific attributes set at construction.
fn init_extras(vm: &mut Vm, obj: &Value, args: &[Value]) -> PyResult<()> {
    let Value::Obj(o) = obj else { return Ok(()) };
    let is = |vm: &Vm, t: &ObjRef| vm.is_instance_of(obj, t);
    if is(vm, &vm.exc.stop_iteration.clone()) {
        vm.set_attr_raw(o, "value", args.first().cloned().unwrap_or(Value::None));
    } else if is(vm, &vm.exc.system_exit.clone()) {
        let code = match args.len() {
            0 => Value::None,
            1 => args[0].clone(),
            _ => vm.new_tuple(args.to_vec()),
        };
        vm.set_attr_raw(o, "code", code);
    } else if is(vm, &vm.exc.import_error.clone()) {
        vm.set_attr_raw(o, "msg", args.first().cloned().unwrap_or(Value::None));
        if vm.get_attr_raw(o, "name").is_none() {
            vm.set_attr_raw(o, "name", Value::None);
        }
        if vm.get_attr_raw(o, "path").is_none() {
            vm.set_attr_raw(o, "path", Value::None);
        }
    } else if is(vm, &vm.exc.attribute_error.clone()) || is(vm, &vm.exc.name_error.clone()) {
        if vm.get_attr_raw(o, "name").is_none() {
            vm.set_attr_raw(o, "name", Value::None);
        }
    } else if is(vm, &vm.exc.os_error.clone()) {
        let (errno, strerror, filename) = if (2..=5).contains(&args.len()) {
            (
                args[0].clone(),
                args[1].clone(),
                args.get(2).cloned().unwrap_or(Value::None),
            )
        } else {
            (Value::None, Value::None, Value::None)
        };
        vm.set_attr_raw(o, "errno", errno);
        vm.set_attr_raw(o, "strerror", strerror);
        vm.set_attr_raw(o, "filename", filename);
    } else if (is(vm, &vm.exc.unicode_encode_error.clone())
        || is(vm, &vm.exc.unicode_decode_error.clone()))
        && args.len() == 5
    {
        for (i, name) in ["encoding", "object", "start", "end", "reason"]
            .iter()
            .enumerate()
        {
            vm.set_attr_raw(o, name, args[i].clone());
        }
    } else if is(vm, &vm.exc.syntax_error.clone()) {
        vm.set_attr_raw(o, "msg", args.first().cloned().unwrap_or(Value::None));
        let details: Vec<Value> = args
            .get(1)
            .and_then(|d| d.as_obj().and_then(|o| o.as_tuple()).map(|t| t.to_vec()))
            .unwrap_or_default();
        for (i, name) in [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ]
        .iter()
        .enumerate()
        {
            vm.set_attr_raw(o, name, details.get(i).cloned().unwrap_or(Value::None));
        }
        vm.set_attr_raw(o, "print_file_and_line", Value::None);
    }
    Ok(())
}

/// `BaseException.__str__` with the subclasses' variants.
fn exc_str(vm: &mut Vm, obj: &Value) -> PyResult {
    let args = args_tuple(obj);
    let o = obj.as_obj().cloned();
    if let Some(o) = &o {
        if vm.is_instance_of(obj, &vm.exc.key_error.clone()) && args.len() == 1 {
            return vm.repr(&args[0]).map(Value::Obj);
        }
        if vm.is_instance_of(obj, &vm.exc.syntax_error.clone()) {
            let msg = vm.get_attr_raw(o, "msg").unwrap_or(Value::None);
            let msg_s = vm.str_string(&msg)?;
            let filename = vm.get_attr_raw(o, "filename").unwrap_or(Value::None);
            let lineno = vm.get_attr_raw(o, "lineno").unwrap_or(Value::None);
            let fname = filename.as_obj().and_then(|f| f.as_str()).map(|s| {
                let s = s.as_str();
                s.rsplit('/').next().unwrap_or(s).to_string()
            });
            let s = match (fname, &lineno) {
                (Some(f), Value::Int(l)) => format!("{msg_s} ({f}, line {l})"),
                (Some(f), _) => format!("{msg_s} ({f})"),
                (None, Value::Int(l)) => format!("{msg_s} (line {l})"),
                _ => msg_s,
            };
            return Ok(vm.new_str(s));
        }
        let encode = vm.is_instance_of(obj, &vm.exc.unicode_encode_error.clone());
        let decode = vm.is_instance_of(obj, &vm.exc.unicode_decode_error.clone());
        if (encode || decode) && args.len() == 5 {
            if let Some(s) = unicode_error_str(vm, &args, encode)? {
                return Ok(vm.new_str(s));
            }
        }
        if vm.is_instance_of(obj, &vm.exc.os_error.clone()) {
            let errno = vm.get_attr_raw(o, "errno").unwrap_or(Value::None);
            let strerror = vm.get_attr_raw(o, "strerror").unwrap_or(Value::None);
            let filename = vm.get_attr_raw(o, "filename").unwrap_or(Value::None);
            if !errno.is_none() && !strerror.is_none() {
                let e = vm.str_string(&errno)?;
                let s = vm.str_string(&strerror)?;
                if !filename.is_none() {
                    let f = vm.repr_string(&filename)?;
                    return Ok(vm.new_str(format!("[Errno {e}] {s}: {f}")));
                }
                return Ok(vm.new_str(format!("[Errno {e}] {s}")));
            }
        }
    }
    match args.len() {
        0 => Ok(vm.new_str("")),
        1 => vm.str(&args[0]).map(Value::Obj),
        _ => {
            let t = vm.new_tuple(args);
            vm.str(&t).map(Value::Obj)
        }
    }
}

/// `UnicodeEncodeError.__str__` / `UnicodeDecodeError.__str__`.
fn unicode_error_str(vm: &mut Vm, args: &[Value], encode: bool) -> PyResult<Option<String>> {
    let enc = vm.str_string(&args[0])?;
    let reason = vm.str_string(&args[4])?;
    let (Value::Int(start), Value::Int(end)) = (&args[2], &args[3]) else {
        return Ok(None);
    };
    let (start, end) = (*start, *end);
    if end == start + 1 {
        if encode {
            let c =
                crate::util::as_str(&args[1]).and_then(|s| s.chars().nth(start.max(0) as usize));
            let Some(c) = c else { return Ok(None) };
            let n = c as u32;
            let esc = if n < 0x100 {
                format!("\\x{n:02x}")
            } else if n < 0x10000 {
                format!("\\u{n:04x}")
            } else {
                format!("\\U{n:08x}")
            };
            return Ok(Some(format!(
                "'{enc}' codec can't encode character '{esc}' in position {start}: {reason}"
            )));
        }
        let b = match args[1].as_obj().map(|o| &o.payload) {
            Some(Payload::Bytes(b)) => b.get(start.max(0) as usize).copied(),
            Some(Payload::ByteArray(b)) => b.borrow().get(start.max(0) as usize).copied(),
            _ => None,
        };
        let Some(b) = b else { return Ok(None) };
        return Ok(Some(format!(
            "'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
        )));
    }
    let what = if encode {
        "encode characters"
    } else {
        "decode bytes"
    };
    Ok(Some(format!(
        "'{enc}' codec can't {what} in position {start}-{}: {reason}",
        end - 1
    )))
}

fn exc_repr(vm: &mut Vm, obj: &Value) -> PyResult {
    let name = vm.type_data(obj).name();
    let args = args_tuple(obj);
    if args.len() == 1 {
        let r = vm.repr_string(&args[0])?;
        return Ok(vm.new_str(format!("{name}({r})")));
    }
    let t = vm.new_tuple(args);
    let r = vm.repr_string(&t)?;
    if r == "()" {
        return Ok(vm.new_str(format!("{name}()")));
    }
    Ok(vm.new_str(format!("{name}{r}")))
}

fn get_args(vm: &mut Vm, obj: &Value) -> PyResult {
    Ok(data(obj)
        .map(|d| d.args.borrow().clone())
        .unwrap_or_else(|| vm.new_tuple(vec![])))
}
fn set_args(vm: &mut Vm, obj: &Value, v: Option<&Value>) -> PyResult<()> {
    let Some(v) = v else {
        return Err(vm.type_error("args may not be deleted"));
    };
    let items = vm.collect(v)?;
    if let Some(d) = data(obj) {
        *d.args.borrow_mut() = vm.new_tuple(items);
    }
    Ok(())
}
fn get_traceback(_vm: &mut Vm, obj: &Value) -> PyResult {
    Ok(data(obj)
        .and_then(|d| d.traceback.borrow().clone())
        .map(Value::Obj)
        .unwrap_or(Value::None))
}
fn set_traceback(vm: &mut Vm, obj: &Value, v: Option<&Value>) -> PyResult<()> {
    let tb = match v {
        Some(Value::None) | None => None,
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Traceback(_)) => Some(o.clone()),
        _ => return Err(vm.type_error("__traceback__ must be a traceback or None")),
    };
    if let Some(d) = data(obj) {
        *d.traceback.borrow_mut() = tb;
    }
    Ok(())
}
fn get_cause(_vm: &mut Vm, obj: &Value) -> PyResult {
    Ok(data(obj)
        .and_then(|d| d.cause.borrow().clone())
        .map(Value::Obj)
        .unwrap_or(Value::None))
}
fn set_cause(vm: &mut Vm, obj: &Value, v: Option<&Value>) -> PyResult<()> {
    let c = match v {
        Some(Value::None) | None => None,
        Some(x) if vm.is_instance_of(x, &vm.exc.base_exception.clone()) => x.as_obj().cloned(),
        _ => return Err(vm.type_error("exception cause must be None or derive from BaseException")),
    };
    if let Some(d) = data(obj) {
        *d.cause.borrow_mut() = c;
        d.suppress_context.set(true);
    }
    Ok(())
}
fn get_context(_vm: &mut Vm, obj: &Value) -> PyResult {
    Ok(data(obj)
        .and_then(|d| d.context.borrow().clone())
        .map(Value::Obj)
        .unwrap_or(Value::None))
}
fn set_context(vm: &mut Vm, obj: &Value, v: Option<&Value>) -> PyResult<()> {
    let c = match v {
        Some(Value::None) | None => None,
        Some(x) if vm.is_instance_of(x, &vm.exc.base_exception.clone()) => x.as_obj().cloned(),
        _ => {
            return Err(vm.type_error("exception context must be None or derive from BaseException"))
        }
    };
    if let Some(d) = data(obj) {
        *d.context.borrow_mut() = c;
    }
    Ok(())
}
fn get_suppress(_vm: &mut Vm, obj: &Value) -> PyResult {
    Ok(Value::bool(
        data(obj).map(|d| d.suppress_context.get()).unwrap_or(false),
    ))
}
fn set_suppress(vm: &mut Vm, obj: &Value, v: Option<&Value>) -> PyResult<()> {
    let b = match v {
        Some(x) => vm.truthy(x)?,
        None => false,
    };
    if let Some(d) = data(obj) {
        d.suppress_context.set(b);
    }
    Ok(())
}

fn with_traceback(vm: &mut Vm, obj: &Value, tb: &Value) -> PyResult {
    set_traceback(vm, obj, Some(tb))?;
    Ok(obj.clone())
}
fn add_note(vm: &mut Vm, obj: &Value, note: &Value) -> PyResult {
    if crate::util::as_str(note).is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(note))));
    }
    let notes = match vm.lookup_attr_opt(obj, "__notes__")? {
        Some(n) => n,
        None => {
            let l = vm.new_list(vec![]);
            let k = vm.intern("__notes__");
            vm.setattr(obj, &k, &l)?;
            l
        }
    };
    vm.call_method(&notes, "append", std::slice::from_ref(note))?;
    Ok(Value::None)
}

fn exc_reduce(vm: &mut Vm, obj: &Value) -> PyResult {
    let t = Value::Obj(vm.type_of(obj).clone());
    let a = get_args(vm, obj)?;
    Ok(vm.new_tuple(vec![t, a]))
}

static EXC_METHODS: [MethodDef; 3] = [
    MethodDef {
        name: "with_traceback",
        func: NativeFn::O(with_traceback),
        doc: "",
    },
    MethodDef {
        name: "add_note",
        func: NativeFn::O(add_note),
        doc: "",
    },
    MethodDef {
        name: "__reduce__",
        func: NativeFn::NoArgs(exc_reduce),
        doc: "",
    },
];

static EXC_GETSETS: [GetSetDef; 5] = [
    GetSetDef {
        name: "args",
        get: get_args,
        set: Some(set_args),
        doc: "",
    },
    GetSetDef {
        name: "__traceback__",
        get: get_traceback,
        set: Some(set_traceback),
        doc: "",
    },
    GetSetDef {
        name: "__cause__",
        get: get_cause,
        set: Some(set_cause),
        doc: "",
    },
    GetSetDef {
        name: "__context__",
        get: get_context,
        set: Some(set_context),
        doc: "",
    },
    GetSetDef {
        name: "__suppress_context__",
        get: get_suppress,
        set: Some(set_suppress),
        doc: "",
    },
];

/// `ImportError(msg, name=..., path=...)` and `AttributeError(name=, obj=)` accept keywords.
fn keyword_init(
    vm: &mut Vm,
    obj: &Value,
    args: &[Value],
    kwnames: Option<&ObjRef>,
) -> PyResult<()> {
    let a = Args::new(args, kwnames);
    let allowed: &[&str] = if vm.is_instance_of(obj, &vm.exc.import_error.clone()) {
        &["name", "path"]
    } else {
        &["name", "obj"]
    };
    for k in a.kwnames {
        let kn = crate::util::as_str(k).unwrap_or("");
        if !allowed.contains(&kn) {
            let t = vm.type_name(obj);
            return Err(vm.type_error(format!("{t}() got an unexpected keyword argument '{kn}'")));
        }
    }
    exc_init(vm, obj, a.pos, None)?;
    if let Value::Obj(o) = obj {
        for (k, v) in a.kwnames.iter().zip(a.kwvalues) {
            let kn = crate::util::as_str(k).unwrap_or("").to_string();
            vm.set_attr_raw(o, &kn, v.clone());
        }
    }
    Ok(())
}

pub fn install(vm: &mut Vm) {
    let base = vm.exc.base_exception.clone();
    let s = &tdata(&base).slots;
    s.new.set(Some(exc_new));
    s.init.set(Some(exc_init));
    s.str.set(Some(exc_str));
    s.repr.set(Some(exc_repr));
    taipan_object::class::add_methods(vm, &base, &EXC_METHODS);
    taipan_object::class::add_getsets(vm, &base, &EXC_GETSETS);
    for t in [
        vm.exc.import_error.clone(),
        vm.exc.attribute_error.clone(),
        vm.exc.name_error.clone(),
    ] {
        tdata(&t).slots.init.set(Some(keyword_init));
    }
    // The exception classes live in builtins with `__module__ == 'builtins'`.
    for (name, t) in vm.exc.by_name.clone() {
        taipan_object::class::set_type_attr(vm, &t, "__doc__", Value::None);
        let v = Value::Obj(t);
        vm.dict_set_str(&vm.builtins.clone(), name, v);
    }
    let os = Value::Obj(vm.exc.os_error.clone());
    vm.dict_set_str(&vm.builtins.clone(), "EnvironmentError", os.clone());
    vm.dict_set_str(&vm.builtins.clone(), "IOError", os);
}
