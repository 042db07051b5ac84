//! The `_os` module: the operating-system primitives `os` and `os.path` are built on (CPython's `posix`).

use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use taipan_object::call::Args;
use taipan_object::function::{MethodDef, NativeFn};
use taipan_object::{ObjRef, PyErr, PyResult, Value, Vm};

/// The OSError subclass CPython picks for an errno (`errnomap` in exceptions.c).
fn class_for_errno(errno: i32) -> &'static str {
    match errno {
        11 | 114 | 115 => "BlockingIOError",
        10 => "ChildProcessError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        17 => "FileExistsError",
        2 => "FileNotFoundError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        4 => "InterruptedError",
        1 | 13 => "PermissionError",
        3 => "ProcessLookupError",
        110 => "TimeoutError",
        _ => "OSError",
    }
}

/// The C library's `strerror` text for an errno.
pub fn strerror(errno: i32) -> String {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    match s.rfind(" (os error ") {
        Some(p) => s[..p].to_string(),
        None => s,
    }
}

/// An OSError (subclass chosen by errno) with `errno`, `strerror` and the
/// file names set, like `PyErr_SetFromErrnoWithFilenameObjects`.
pub fn errno_error(
    vm: &mut Vm,
    errno: i32,
    filename: Option<&Value>,
    filename2: Option<&Value>,
) -> PyErr {
    let name = class_for_errno(errno);
    let cls = vm
        .exc
        .by_name
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| t.clone())
        .unwrap_or_else(|| vm.exc.os_error.clone());
    let msg = vm.new_str(strerror(errno));
    // Built with two arguments so `args` is `(errno, strerror)` as in CPython;
    // the file names are attributes only.
    let e = vm.new_exception(&cls, vec![Value::Int(errno as i64), msg.clone()]);
    vm.set_attr_raw(&e, "errno", Value::Int(errno as i64));
    vm.set_attr_raw(&e, "strerror", msg);
    vm.set_attr_raw(&e, "filename", filename.cloned().unwrap_or(Value::None));
    vm.set_attr_raw(&e, "filename2", filename2.cloned().unwrap_or(Value::None));
    PyErr(e)
}

/// The Python exception for a failed OS call on `filename`.
pub fn io_error(vm: &mut Vm, err: &std::io::Error, filename: Option<&Value>) -> PyErr {
    match err.raw_os_error() {
        Some(n) => errno_error(vm, n, filename, None),
        None => vm.new_error(&vm.exc.os_error.clone(), err.to_string()),
    }
}

/// A path argument: str, bytes, or an object with `__fspath__` (`path_converter`).
pub fn path_arg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<String> {
    if let Some(s) = crate::util::as_str(v) {
        return Ok(s.to_string());
    }
    if let Some(b) = crate::types::bytes::bytes_like(v) {
        if matches!(
            v.as_obj().map(|o| &o.payload),
            Some(taipan_object::Payload::Bytes(_))
        ) {
            return Ok(String::from_utf8_lossy(&b).into_owned());
        }
    }
    if !matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::None | Value::Float(_)
    ) {
        if let Some(f) = vm.lookup_attr_opt(v, "__fspath__")? {
            let r = vm.call(&f, &[], None)?;
            if let Some(s) = crate::util::as_str(&r) {
                return Ok(s.to_string());
            }
            if let Some(Value::Obj(o)) = Some(&r) {
                if let taipan_object::Payload::Bytes(b) = &o.payload {
                    return Ok(String::from_utf8_lossy(b).into_owned());
                }
            }
            return Err(vm.type_error(format!(
                "expected {}.__fspath__() to return str or bytes, not {}",
                vm.type_name(v),
                vm.type_name(&r)
            )));
        }
    }
    Err(vm.type_error(format!(
        "{fname}: path should be string, bytes or os.PathLike, not {}",
        vm.type_name(v)
    )))
}

fn one_path(
    vm: &mut Vm,
    args: &[Value],
    kwnames: Option<&ObjRef>,
    fname: &str,
) -> PyResult<(String, Value)> {
    let a = Args::new(args, kwnames);
    let b = a.bind(vm, fname, &["path"], 1, 0)?;
    let v = b[0].clone().unwrap_or(Value::None);
    let p = path_arg(vm, &v, fname)?;
    Ok((p, v))
}

fn os_getcwd(vm: &mut Vm, _m: &Value) -> PyResult {
    match std::env::current_dir() {
        Ok(p) => Ok(vm.new_str(p.to_string_lossy().into_owned())),
        Err(e) => Err(io_error(vm, &e, None)),
    }
}

fn os_chdir(vm: &mut Vm, _m: &Value, args: &[Value], kw: Option<&ObjRef>) -> PyResult {
    let (p, v) = one_path(vm, args, kw, "chdir")?;
    std::env::set_current_dir(&p).map_err(|e| io_error(vm, &e, Some(&v)))?;
    Ok(Value::None)
}

fn os_listdir(vm: &mut Vm, _m: &Value, args: &[Value], kw: Option<&ObjRef>) -> PyResult {
    let a = Args::new(args, kw);
    let b = a.bind(vm, "listdir", &["path"], 0, 0)?;
    let (p, v) = match &b[0] {
        None | Some(Value::None) => (".".to_string(), vm.new_str(".")),
        Some(v) => (path_arg(vm, v, "listdir")?, v.clone()),
    };
    let rd = std::fs::read_dir(&p).map_err(|e| io_error(vm, &e, Some(&v)))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| io_error(vm, &e, Some(&v)))?;
        out.push(vm.new_str(ent.file_name().to_string_lossy().into_owned()));
    }
    Ok(vm.new_list(out))
}

fn stat_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: Option<&ObjRef>,
    fname: &str,
    follow: bool,
) -> PyResult {
    let (p, v) = one_path(vm, args, kw, fname)?;
    let md = if follow {
        std::fs::metadata(&p)
    } else {
        std::fs::symlink_metadata(&p)
    };
    let md = md.map_err(|e| io_error(vm, &e, Some(&v)))?;
    let t = |s: i64, ns: i64| s as f64 + ns as f64 * 1e-9;
    Ok(vm.new_tuple(vec![
        Value::Int(md.mode() as i64),
        vm.new_int(md.ino().into()),
        vm.new_int(md.dev().into()),
        Value::Int(md.nlink() as i64),
        Value::Int(md.uid() as i64),
        Value::Int(md.gid() as i64),
        Value::Int(md.size() as i64),
        Value::float(t(md.atime(), md.atime_nsec())),
        Value::float(t(md.mtime(), md.mtime_nsec())),
        Value::float(t(md.ctime(), md.ctime_nsec())),
    ]))
}

fn os_stat(vm: &mut Vm, _m: &Value, args: &[Value], kw: Option<&ObjRef>) -> PyResult {
    stat_impl(vm, args, kw, "stat", true)
}

fn os_lstat(vm: &mut Vm, _m: &Value, args: &[Value], kw: Option<&ObjRef>) -> PyResult {
    stat_impl(vm, args, kw, "lstat", false)
}

fn os_mkdir(vm: &mut Vm, _m: &Value, args: &[Value], kw: Option<&ObjRef>) -> PyResult {
    let a = Args::new(args, kw);
    let b = a.bind(vm, "mkdir", &["path", "mode"], 1, 0)?;
    let v = b[0].clone().unwrap_or(Value::None);
    let p = path_arg(vm, &v, "mkdir")?;
    let mode = match &b[1] {
        Some(m) => vm.index_i64(m)?,
        None => 0o777,
    };
    std::fs::DirBuilder::new()
        .mode((mode & 0o7777) as u32)
        .create(&p)
        .map_err(|e| io_error(vm, &e, Some(&v)))?;
    Ok(Value::None)
}

fn os_rmdir(vm: &mut Vm, _m: &Value, args: &[Value], kw: Option<&ObjRef>) -> PyResult {
    let (p, v) = one_path(vm, args, kw, "rmdir")?;
    std::fs::remove_dir(&p).map_err(|e| io_error(vm, &e, Some(&v)))?;
    Ok(Value::None)
}

fn os_remove(vm: &mut Vm, _m: &Value, args: &[Value], kw: Option<&ObjRef>) -> PyResult {
    let (p, v) = one_path(vm, args, kw, "remove")?;
    // unlink(2) on a directory gives EISDIR on Linux, as CPython reports.
    if std::fs::symlink_metadata(&p).is_ok_and(|m| m.is_dir()) {
        return Err(errno_error(vm, 21, Some(&v), None));
    }
    std::fs::remove_file(&p).map_err(|e| io_error(vm, &e, Some(&v)))?;
    Ok(Value::None)
}

fn os_rename(vm: &mut Vm, _m: &Value, args: &[Value], kw: Option<&ObjRef>) -> PyResult {
    let a = Args::new(args, kw);
    let b = a.bind(vm, "rename", &["src", "dst"], 2, 0)?;
    let (sv, dv) = (
        b[0].clone().unwrap_or(Value::None),
        b[1].clone().unwrap_or(Value::None),
    );
    let s = path_arg(vm, &sv, "rename")?;
    let d = path_arg(vm, &dv, "rename")?;
    if let Err(e) = std::fs::rename(&s, &d) {
        return Err(match e.raw_os_error() {
            Some(n) => errno_error(vm, n, Some(&sv), Some(&dv)),
            None => io_error(vm, &e, Some(&sv)),
        });
    }
    Ok(Value::None)
}

fn os_chmod(vm: &mut Vm, _m: &Value, args: &[Value], kw: Option<&ObjRef>) -> PyResult {
    let a = Args::new(args, kw);
    let b = a.bind(vm, "chmod", &["path", "mode"], 2, 0)?;
    let v = b[0].clone().unwrap_or(Value::None);
    let p = path_arg(vm, &v, "chmod")?;
    let mode = vm.index_i64(b[1].as_ref().unwrap_or(&Value::Int(0)))?;
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode((mode & 0o7777) as u32))
        .map_err(|e| io_error(vm, &e, Some(&v)))?;
    Ok(Value::None)
}

fn os_environ(vm: &mut Vm, _m: &Value) -> PyResult {
    let d = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        let k = vm.new_str(k.to_string_lossy().into_owned());
        let v = vm.new_str(v.to_string_lossy().into_owned());
        vm.dict_set(&d, k, v)?;
    }
    Ok(Value::Obj(d))
}

/// An environment variable name or value: a str without NUL bytes.
fn env_text(vm: &mut Vm, v: &Value, what: &str) -> PyResult<String> {
    let s = crate::util::as_str(v)
        .ok_or_else(|| vm.type_error(format!("str expected, not {}", vm.type_name(v))))?;
    if s.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    if what == "name" && (s.is_empty() || s.contains('=')) {
        return Err(vm.value_error("illegal environment variable name"));
    }
    Ok(s.to_string())
}

fn os_putenv(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(format!("putenv expected 2 arguments, got {}", args.len())));
    }
    let k = env_text(vm, &args[0], "name")?;
    let v = env_text(vm, &args[1], "value")?;
    std::env::set_var(k, v);
    Ok(Value::None)
}

fn os_unsetenv(vm: &mut Vm, _m: &Value, k: &Value) -> PyResult {
    let k = env_text(vm, k, "name")?;
    std::env::remove_var(k);
    Ok(Value::None)
}

fn os_getpid(_vm: &mut Vm, _m: &Value) -> PyResult {
    Ok(Value::Int(std::process::id() as i64))
}

fn os_cpu_count(_vm: &mut Vm, _m: &Value) -> PyResult {
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

/// The file-type tests of `os.path` (`genericpath`): false instead of errors.
fn test_path(vm: &mut Vm, v: &Value, f: fn(&std::fs::Metadata) -> bool, follow: bool) -> PyResult {
    let p = match path_arg(vm, v, "stat") {
        Ok(p) => p,
        Err(_) => return Ok(Value::FALSE),
    };
    let md = if follow {
        std::fs::metadata(&p)
    } else {
        std::fs::symlink_metadata(&p)
    };
    Ok(Value::bool(md.is_ok_and(|m| f(&m))))
}

fn os_exists(vm: &mut Vm, _m: &Value, v: &Value) -> PyResult {
    test_path(vm, v, |_| true, true)
}
fn os_isfile(vm: &mut Vm, _m: &Value, v: &Value) -> PyResult {
    test_path(vm, v, |m| m.is_file(), true)
}
fn os_isdir(vm: &mut Vm, _m: &Value, v: &Value) -> PyResult {
    test_path(vm, v, |m| m.is_dir(), true)
}
fn os_islink(vm: &mut Vm, _m: &Value, v: &Value) -> PyResult {
    test_path(vm, v, |m| m.file_type().is_symlink(), false)
}

fn os_strerror(vm: &mut Vm, _m: &Value, v: &Value) -> PyResult {
    let n = vm.index_i64(v)?;
    let n = i32::try_from(n)
        .map_err(|_| vm.overflow_error("signed integer is greater than maximum"))?;
    Ok(vm.new_str(strerror(n)))
}

fn os_urandom(vm: &mut Vm, _m: &Value, v: &Value) -> PyResult {
    use std::io::Read;
    let n = vm.index_i64(v)?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let n = usize::try_from(n).map_err(|_| vm.memory_error())?;
    if n > 1 << 30 {
        return Err(vm.memory_error());
    }
    let mut buf = vec![0u8; n];
    let r = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    r.map_err(|e| io_error(vm, &e, None))?;
    Ok(vm.new_bytes(buf))
}

fn os_getuid(_vm: &mut Vm, _m: &Value) -> PyResult {
    // The owner of /proc/self is the real user of this process.
    use std::os::unix::fs::MetadataExt as _;
    Ok(Value::Int(
        std::fs::metadata("/proc/self")
            .map(|m| m.uid() as i64)
            .unwrap_or(0),
    ))
}

macro_rules! def {
    ($name:literal, $kind:ident, $f:ident) => {
        MethodDef {
            name: $name,
            func: NativeFn::$kind($f),
            doc: "",
        }
    };
}

static FUNCTIONS: [MethodDef; 22] = [
    def!("getcwd", NoArgs, os_getcwd),
    def!("chdir", FastCallKw, os_chdir),
    def!("listdir", FastCallKw, os_listdir),
    def!("stat", FastCallKw, os_stat),
    def!("lstat", FastCallKw, os_lstat),
    def!("mkdir", FastCallKw, os_mkdir),
    def!("rmdir", FastCallKw, os_rmdir),
    def!("remove", FastCallKw, os_remove),
    def!("unlink", FastCallKw, os_remove),
    def!("rename", FastCallKw, os_rename),
    def!("chmod", FastCallKw, os_chmod),
    def!("environ", NoArgs, os_environ),
    def!("putenv", FastCall, os_putenv),
    def!("unsetenv", O, os_unsetenv),
    def!("getpid", NoArgs, os_getpid),
    def!("cpu_count", NoArgs, os_cpu_count),
    def!("exists", O, os_exists),
    def!("isfile", O, os_isfile),
    def!("isdir", O, os_isdir),
    def!("islink", O, os_islink),
    def!("strerror", O, os_strerror),
    def!("urandom", O, os_urandom),
];

static MORE_FUNCTIONS: [MethodDef; 1] = [def!("getuid", NoArgs, os_getuid)];

/// Fill the module namespace `d`.
pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    for def in FUNCTIONS.iter().chain(MORE_FUNCTIONS.iter()) {
        let f = vm.new_builtin_function(def, Some("_os"));
        vm.dict_set_str(d, def.name, f);
    }
    Ok(())
}
