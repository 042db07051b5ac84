//! The `sys` module and the standard streams (`sys.stdout`, `sys.stderr`, `sys.stdin`).

use std::io::Write;
use taipan_object::function::{MethodDef, NativeFn};
use taipan_object::typeobj::{tdata, Layout, TypeObject};
use taipan_object::{Obj, ObjRef, Payload, PyResult, Value, Vm};

/// Which OS stream a `StdStream` object writes to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Stream {
    Stdin,
    Stdout,
    Stderr,
}

/// The payload of `sys.stdout` and friends (a minimal `io.TextIOWrapper`).
pub struct StdStream(pub Stream);

fn stream_of(v: &Value) -> Option<Stream> {
    v.as_obj()
        .and_then(|o| o.as_native::<StdStream>())
        .map(|s| s.0)
}

/// Write text to a standard stream. Stdout is buffered in the Vm and flushed
/// before anything goes to stderr, so interleaving stays as in CPython's
/// line-buffered terminal output when both go to the same place.
pub fn write_stream(vm: &mut Vm, stream: Stream, s: &str) {
    match stream {
        Stream::Stdout => {
            vm.stdout_buf.extend_from_slice(s.as_bytes());
            if vm.stdout_buf.len() > 1 << 16 {
                flush_stdout(vm);
            }
        }
        Stream::Stderr => {
            flush_stdout(vm);
            let mut e = std::io::stderr();
            let _ = e.write_all(s.as_bytes());
            let _ = e.flush();
        }
        Stream::Stdin => {}
    }
}

pub fn flush_stdout(vm: &mut Vm) {
    if !vm.stdout_buf.is_empty() {
        let mut o = std::io::stdout();
        let _ = o.write_all(&vm.stdout_buf);
        let _ = o.flush();
        vm.stdout_buf.clear();
    }
}

/// Write to a file-like object: the native streams directly, anything else via `.write()`.
pub fn write_to(vm: &mut Vm, file: &Value, s: &str) -> PyResult<()> {
    if let Some(st) = stream_of(file) {
        if st == Stream::Stdin {
            return Err(vm.new_error(&vm.exc.os_error.clone(), "not writable"));
        }
        write_stream(vm, st, s);
        return Ok(());
    }
    let v = vm.new_str(s);
    vm.call_method(file, "write", &[v])?;
    Ok(())
}

/// `sys.stdout` as currently set (it may have been replaced).
pub fn sys_attr(vm: &mut Vm, name: &str) -> Option<Value> {
    let sys = vm.dict_get_str(&vm.modules.clone(), "sys")?;
    let d = sys.as_obj()?.dict.get()?.clone();
    vm.dict_get_str(&d, name)
}

fn stream_write(vm: &mut Vm, this: &Value, s: &Value) -> PyResult {
    let Some(text) = crate::util::as_str(s) else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(s)
        )));
    };
    let n = text.chars().count();
    let text = text.to_string();
    if let Some(st) = stream_of(this) {
        write_stream(vm, st, &text);
    }
    Ok(Value::Int(n as i64))
}
fn stream_flush(vm: &mut Vm, this: &Value) -> PyResult {
    if stream_of(this) == Some(Stream::Stdout) {
        flush_stdout(vm);
    }
    Ok(Value::None)
}
fn stream_readline(vm: &mut Vm, _this: &Value, _args: &[Value]) -> PyResult {
    flush_stdout(vm);
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
    Ok(vm.new_str(line))
}
fn stream_read(vm: &mut Vm, _this: &Value, _args: &[Value]) -> PyResult {
    flush_stdout(vm);
    let mut s = String::new();
    let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut s);
    Ok(vm.new_str(s))
}
fn stream_fileno(_vm: &mut Vm, this: &Value) -> PyResult {
    Ok(Value::Int(match stream_of(this) {
        Some(Stream::Stdin) => 0,
        Some(Stream::Stdout) => 1,
        _ => 2,
    }))
}
fn stream_isatty(_vm: &mut Vm, _this: &Value) -> PyResult {
    Ok(Value::FALSE)
}
fn stream_repr(vm: &mut Vm, this: &Value) -> PyResult {
    let name = match stream_of(this) {
        Some(Stream::Stdin) => "<stdin>",
        Some(Stream::Stdout) => "<stdout>",
        _ => "<stderr>",
    };
    let mode = if stream_of(this) == Some(Stream::Stdin) {
        "r"
    } else {
        "w"
    };
    Ok(vm.new_str(format!(
        "<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='utf-8'>"
    )))
}

static STREAM_METHODS: [MethodDef; 6] = [
    MethodDef {
        name: "write",
        func: NativeFn::O(stream_write),
        doc: "",
    },
    MethodDef {
        name: "flush",
        func: NativeFn::NoArgs(stream_flush),
        doc: "",
    },
    MethodDef {
        name: "readline",
        func: NativeFn::FastCall(stream_readline),
        doc: "",
    },
    MethodDef {
        name: "read",
        func: NativeFn::FastCall(stream_read),
        doc: "",
    },
    MethodDef {
        name: "fileno",
        func: NativeFn::NoArgs(stream_fileno),
        doc: "",
    },
    MethodDef {
        name: "isatty",
        func: NativeFn::NoArgs(stream_isatty),
        doc: "",
    },
];

fn sys_exit(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "exit expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let t = vm.exc.system_exit.clone();
    let e = vm.call(&Value::Obj(t), args, None)?;
    Err(taipan_object::PyErr(
        e.as_obj().cloned().expect("exception"),
    ))
}
fn sys_getrecursionlimit(vm: &mut Vm, _m: &Value) -> PyResult {
    Ok(Value::Int(vm.recursion_limit as i64))
}
fn sys_setrecursionlimit(vm: &mut Vm, _m: &Value, n: &Value) -> PyResult {
    let Value::Int(n) = n else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(n)
        )));
    };
    if *n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (*n as usize) <= vm.depth {
        return Err(vm.new_error(
            &vm.exc.recursion_error.clone(),
            format!(
                "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
                n, vm.depth
            ),
        ));
    }
    vm.recursion_limit = (*n).min(i32::MAX as i64) as usize;
    Ok(Value::None)
}
fn sys_exc_info(vm: &mut Vm, _m: &Value) -> PyResult {
    match vm.handled_exception().cloned() {
        Some(e) => {
            let ev = Value::Obj(e.clone());
            let t = Value::Obj(vm.type_of(&ev).clone());
            let tb = e
                .as_exception()
                .and_then(|d| d.traceback.borrow().clone())
                .map(Value::Obj)
                .unwrap_or(Value::None);
            Ok(vm.new_tuple(vec![t, ev, tb]))
        }
        None => Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None])),
    }
}
fn sys_exception(vm: &mut Vm, _m: &Value) -> PyResult {
    Ok(vm
        .handled_exception()
        .cloned()
        .map(Value::Obj)
        .unwrap_or(Value::None))
}
fn sys_intern(vm: &mut Vm, _m: &Value, s: &Value) -> PyResult {
    match crate::util::as_str(s) {
        Some(t) => {
            let t = t.to_string();
            Ok(Value::Obj(vm.intern(&t)))
        }
        None => Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name(s)
        ))),
    }
}
fn sys_getsizeof(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    let Some(o) = args.first() else {
        return Err(vm.type_error("getsizeof() missing required argument 'object' (pos 1)"));
    };
    let n = match o {
        Value::Obj(ob) => match &ob.payload {
            Payload::Str(s) => 49 + s.as_str().len(),
            Payload::List(l) => 56 + 8 * l.borrow().len(),
            Payload::Tuple(t) => 40 + 8 * t.len(),
            Payload::Dict(_) => 232,
            _ => 48,
        },
        Value::Float(_) => 24,
        _ => 28,
    };
    Ok(Value::Int(n as i64))
}
fn sys_displayhook(vm: &mut Vm, _m: &Value, v: &Value) -> PyResult {
    if v.is_none() {
        return Ok(Value::None);
    }
    let r = vm.repr_string(v)?;
    let out = sys_attr(vm, "stdout").unwrap_or(Value::None);
    write_to(vm, &out, &format!("{r}\n"))?;
    vm.dict_set_str(&vm.builtins.clone(), "_", v.clone());
    Ok(Value::None)
}
/// `sys._getframe(depth=0)`: snapshots of the running frames (code, globals,
/// current line) linked through `f_back`.
fn sys_getframe(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    let depth = match args.first() {
        Some(Value::Int(d)) if *d >= 0 => *d as usize,
        Some(Value::Int(_)) | None => 0,
        Some(v) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
    };
    if depth >= vm.frames.len() {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let top = vm.frames.len() - 1 - depth;
    let mut back: Option<ObjRef> = None;
    for f in &vm.frames[..=top] {
        let line = f.code.line_of(f.ip.saturating_sub(1));
        let fo = Obj::new(
            &vm.types.frame,
            Payload::Frame(Box::new(taipan_object::object::FrameData {
                code: f.code.clone(),
                globals: f.globals.clone(),
                lineno: std::cell::Cell::new(line),
                back: back.take(),
            })),
        );
        back = Some(fo);
    }
    Ok(back.map(Value::Obj).unwrap_or(Value::None))
}

static SYS_FUNCTIONS: [MethodDef; 9] = [
    MethodDef {
        name: "exit",
        func: NativeFn::FastCall(sys_exit),
        doc: "",
    },
    MethodDef {
        name: "getrecursionlimit",
        func: NativeFn::NoArgs(sys_getrecursionlimit),
        doc: "",
    },
    MethodDef {
        name: "setrecursionlimit",
        func: NativeFn::O(sys_setrecursionlimit),
        doc: "",
    },
    MethodDef {
        name: "exc_info",
        func: NativeFn::NoArgs(sys_exc_info),
        doc: "",
    },
    MethodDef {
        name: "exception",
        func: NativeFn::NoArgs(sys_exception),
        doc: "",
    },
    MethodDef {
        name: "intern",
        func: NativeFn::O(sys_intern),
        doc: "",
    },
    MethodDef {
        name: "getsizeof",
        func: NativeFn::FastCall(sys_getsizeof),
        doc: "",
    },
    MethodDef {
        name: "displayhook",
        func: NativeFn::O(sys_displayhook),
        doc: "",
    },
    MethodDef {
        name: "_getframe",
        func: NativeFn::FastCall(sys_getframe),
        doc: "",
    },
];

pub fn install(vm: &mut Vm) {
    let stream_t = Obj::new(
        &vm.types.type_,
        Payload::Type(Box::new(TypeObject::new("TextIOWrapper", Layout::Other, 0))),
    );
    {
        let td = tdata(&stream_t);
        *td.base.borrow_mut() = Some(vm.types.object.clone());
        *td.bases.borrow_mut() = vec![vm.types.object.clone()];
        *td.mro.borrow_mut() = vec![vm.types.object.clone()];
        td.slots.repr.set(Some(stream_repr));
    }
    taipan_object::class::add_methods(vm, &stream_t, &STREAM_METHODS);
    let io = Value::Obj(vm.intern("_io"));
    taipan_object::class::set_type_attr(vm, &stream_t, "__module__", io);
    let m = super::new_module(vm, "sys");
    let d = super::module_dict(&m);
    for (name, st) in [
        ("stdin", Stream::Stdin),
        ("stdout", Stream::Stdout),
        ("stderr", Stream::Stderr),
    ] {
        let s = Value::Obj(Obj::new(
            &stream_t,
            Payload::Native(Box::new(StdStream(st))),
        ));
        vm.dict_set_str(&d, name, s.clone());
        vm.dict_set_str(&d, &format!("__{name}__"), s);
    }
    for def in SYS_FUNCTIONS.iter() {
        let f = vm.new_builtin_function(def, Some("sys"));
        vm.dict_set_str(&d, def.name, f);
    }
    if let Some(h) = vm.dict_get_str(&d, "displayhook") {
        vm.registry.insert("displayhook", h);
    }
    let argv: Vec<Value> = vm.argv.clone().into_iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    vm.dict_set_str(&d, "argv", argv);
    let path = vm.new_list(vec![]);
    vm.dict_set_str(&d, "path", path);
    vm.dict_set_str(&d, "modules", Value::Obj(vm.modules.clone()));
    vm.dict_set_str(&d, "maxsize", Value::Int(i64::MAX));
    let bo = vm.new_str("little");
    vm.dict_set_str(&d, "byteorder", bo);
    let pl = vm.new_str("linux");
    vm.dict_set_str(&d, "platform", pl);
    let ver = vm.new_str("3.11.7 (taipan)");
    vm.dict_set_str(&d, "version", ver);
    let vi = vm.new_tuple(vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(7),
        vm.new_str("final"),
        Value::Int(0),
    ]);
    vm.dict_set_str(&d, "version_info", vi);
    let hexv = Value::Int(0x030b07f0);
    vm.dict_set_str(&d, "hexversion", hexv);
    let exe = vm.new_str("taipan");
    vm.dict_set_str(&d, "executable", exe);
    let bi = vm.new_tuple(vec![vm.new_str("builtins"), vm.new_str("sys")]);
    vm.dict_set_str(&d, "builtin_module_names", bi);
    vm.dict_set_str(&vm.modules.clone(), "sys", Value::Obj(m));
}
