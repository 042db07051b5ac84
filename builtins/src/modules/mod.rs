//! The standard modules Taipan ships, and the registry that imports them by
//! name: native modules written in Rust (`NATIVE`) and modules written in
//! Python and compiled into the binary (`SOURCES`, under `py/`).

pub mod _io;
pub mod _itertools;
pub mod _json;
pub mod _opcode;
pub mod _os;
pub mod _random;
pub mod cmath;
pub mod math;
pub mod sys;
pub mod time;

use taipan_object::{Obj, ObjRef, Payload, PyResult, Value, Vm};

/// A new module object with `__name__` set (`PyModule_New`).
pub fn new_module(vm: &mut Vm, name: &str) -> ObjRef {
    let d = vm.new_dict();
    let m = Obj::with_dict(&vm.types.module, d.clone(), Payload::Module(name.into()));
    let n = vm.new_str(name);
    vm.dict_set_str(&d, "__name__", n);
    vm.dict_set_str(&d, "__doc__", Value::None);
    vm.dict_set_str(&d, "__package__", Value::None);
    vm.dict_set_str(&d, "__loader__", Value::None);
    vm.dict_set_str(&d, "__spec__", Value::None);
    m
}

/// The dict of a module object.
pub fn module_dict(m: &ObjRef) -> ObjRef {
    m.dict.get().cloned().expect("modules have a dict")
}

pub fn install(vm: &mut Vm) {
    sys::install(vm);
    _io::install_open(vm);
}

/// Fills a native module's namespace.
type NativeInit = fn(&mut Vm, &ObjRef) -> PyResult<()>;

/// Modules implemented in Rust.
static NATIVE: &[(&str, NativeInit)] = &[
    ("math", math::init),
    ("cmath", cmath::init),
    ("time", time::init),
    ("_random", _random::init),
    ("_opcode", _opcode::init),
    ("_os", _os::init),
    ("_io", _io::init),
    ("_json", _json::init),
    ("_itertools", _itertools::init),
];

/// Modules written in Python and shipped in the binary: (name, source, is_package).
static SOURCES: &[(&str, &str, bool)] = &[
    ("functools", include_str!("py/functools.py"), false),
    ("itertools", include_str!("py/itertools.py"), false),
    ("operator", include_str!("py/operator.py"), false),
    ("abc", include_str!("py/abc.py"), false),
    ("copy", include_str!("py/copy.py"), false),
    ("heapq", include_str!("py/heapq.py"), false),
    ("bisect", include_str!("py/bisect.py"), false),
    ("contextlib", include_str!("py/contextlib.py"), false),
    ("types", include_str!("py/types.py"), false),
    ("enum", include_str!("py/enum.py"), false),
    ("dataclasses", include_str!("py/dataclasses.py"), false),
    ("typing", include_str!("py/typing.py"), false),
    ("_typing_extra", include_str!("py/_typing_extra.py"), false),
    ("string", include_str!("py/string.py"), false),
    ("textwrap", include_str!("py/textwrap.py"), false),
    ("keyword", include_str!("py/keyword.py"), false),
    ("json", include_str!("py/json.py"), false),
    ("io", include_str!("py/io.py"), false),
    ("weakref", include_str!("py/weakref.py"), false),
    ("__future__", include_str!("py/__future__.py"), false),
    ("random", include_str!("py/random.py"), false),
    ("warnings", include_str!("py/warnings.py"), false),
    ("reprlib", include_str!("py/reprlib.py"), false),
    ("array", include_str!("py/array.py"), false),
    ("importlib", include_str!("py/importlib/__init__.py"), true),
    ("dis", include_str!("py/dis.py"), false),
    (
        "collections",
        include_str!("py/collections/__init__.py"),
        true,
    ),
    (
        "collections.abc",
        include_str!("py/collections/abc.py"),
        false,
    ),
    ("os", include_str!("py/os/__init__.py"), true),
    ("os.path", include_str!("py/os/path.py"), false),
];

/// The names `sys.builtin_module_names`-style listings report.
pub fn shipped_module_names() -> Vec<&'static str> {
    NATIVE
        .iter()
        .map(|(n, _)| *n)
        .chain(SOURCES.iter().map(|(n, _, _)| *n))
        .collect()
}

/// The source of a module shipped as Python (for `taipan -m name`).
pub fn shipped_source(name: &str) -> Option<&'static str> {
    SOURCES
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, s, _)| *s)
}

/// Import a module Taipan ships, by full dotted name; None when it is not one.
pub fn builtin_module(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    if let Some((_, init)) = NATIVE.iter().find(|(n, _)| *n == name) {
        let m = new_module(vm, name);
        let d = module_dict(&m);
        let mv = Value::Obj(m);
        vm.dict_set_str(&vm.modules.clone(), name, mv.clone());
        if let Err(e) = init(vm, &d) {
            let k = vm.new_str(name);
            let _ = vm.dict_del(&vm.modules.clone(), &k);
            return Err(e);
        }
        return Ok(Some(mv));
    }
    let Some((_, embedded, is_pkg)) = SOURCES.iter().find(|(n, _, _)| *n == name) else {
        return Ok(None);
    };
    // For working on the shipped modules without rebuilding: read them from
    // TAIPAN_STDLIB_DIR (the `py/` folder) when it is set.
    let from_disk = std::env::var_os("TAIPAN_STDLIB_DIR").and_then(|dir| {
        let rel = name.replace('.', "/");
        let mut p = std::path::PathBuf::from(dir);
        p.push(if *is_pkg {
            format!("{rel}/__init__.py")
        } else {
            format!("{rel}.py")
        });
        std::fs::read_to_string(p).ok()
    });
    let source: &str = from_disk.as_deref().unwrap_or(embedded);
    let m = new_module(vm, name);
    let d = module_dict(&m);
    let file = vm.new_str(format!("<frozen {name}>"));
    vm.dict_set_str(&d, "__file__", file);
    let bm = vm
        .dict_get_str(&vm.modules.clone(), "builtins")
        .unwrap_or(Value::None);
    vm.dict_set_str(&d, "__builtins__", bm);
    let package = if *is_pkg {
        let p = vm.new_str(format!("<frozen {name}>"));
        let pl = vm.new_list(vec![p]);
        vm.dict_set_str(&d, "__path__", pl);
        name.to_string()
    } else {
        name.rsplit_once('.')
            .map(|(p, _)| p.to_string())
            .unwrap_or_default()
    };
    let pv = vm.new_str(package);
    vm.dict_set_str(&d, "__package__", pv);
    let mv = Value::Obj(m);
    // Registered before running, so circular imports see the partial module.
    vm.dict_set_str(&vm.modules.clone(), name, mv.clone());
    let filename = format!("<frozen {name}>");
    crate::traceback::register_source(&filename, source);
    let result = match taipan_compiler::compile(vm, source, &filename, taipan_compiler::Mode::Exec)
    {
        Ok(code) => taipan_vm::run_code(vm, &code, &d, None).map(|_| ()),
        Err(e) => Err(crate::interp::syntax_error_to_exception(vm, &e, &filename)),
    };
    if let Err(e) = result {
        let k = vm.new_str(name);
        let _ = vm.dict_del(&vm.modules.clone(), &k);
        return Err(e);
    }
    Ok(Some(
        vm.dict_get_str(&vm.modules.clone(), name).unwrap_or(mv),
    ))
}
