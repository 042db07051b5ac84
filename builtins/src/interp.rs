//! `Interpreter`: the embedding entry point. Builds a fully installed `Vm`, runs
//! source files and snippets as `__main__`, turns compile errors into
//! SyntaxError objects, reports uncaught exceptions like CPython, and imports
//! modules from `sys.path`.

use crate::modules::sys::{flush_stdout, write_stream, Stream};
use taipan_compiler::{Mode, SyntaxError, SyntaxErrorKind};
use taipan_object::{ObjRef, Payload, PyErr, PyResult, Value, Vm};

pub struct Interpreter {
    pub vm: Vm,
}

impl Default for Interpreter {
    fn default() -> Self {
        Interpreter::new()
    }
}

impl Interpreter {
    pub fn new() -> Interpreter {
        let mut vm = Vm::new();
        crate::install(&mut vm);
        vm.hooks.import = Some(import_module);
        Interpreter { vm }
    }

    /// Set `sys.argv` (and the script directory as `sys.path[0]`).
    pub fn set_argv(&mut self, argv: Vec<String>, path0: &str) {
        let vm = &mut self.vm;
        vm.argv = argv.clone();
        let items: Vec<Value> = argv.into_iter().map(|a| vm.new_str(a)).collect();
        let l = vm.new_list(items);
        if let Some(d) = sys_dict(vm) {
            vm.dict_set_str(&d, "argv", l);
            let mut path = vec![vm.new_str(path0)];
            if let Ok(pp) = std::env::var("PYTHONPATH") {
                for p in pp.split(':').filter(|p| !p.is_empty()) {
                    path.push(vm.new_str(p));
                }
            }
            let pl = vm.new_list(path);
            vm.dict_set_str(&d, "path", pl);
        }
    }

    /// Compile and run `source` as the `__main__` module.
    pub fn run_main(&mut self, source: &str, filename: &str) -> PyResult<()> {
        crate::traceback::register_source(filename, source);
        let vm = &mut self.vm;
        let m = crate::modules::new_module(vm, "__main__");
        let d = crate::modules::module_dict(&m);
        let bm = vm
            .dict_get_str(&vm.modules.clone(), "builtins")
            .unwrap_or(Value::None);
        vm.dict_set_str(&d, "__builtins__", bm);
        if filename != "<string>" && filename != "<stdin>" {
            let f = vm.new_str(filename);
            vm.dict_set_str(&d, "__file__", f);
        }
        vm.dict_set_str(&vm.modules.clone(), "__main__", Value::Obj(m));
        let code = match taipan_compiler::compile(vm, source, filename, Mode::Exec) {
            Ok(c) => c,
            Err(e) => return Err(syntax_error_to_exception(vm, &e, filename)),
        };
        if std::env::var_os("TAIPAN_DUMP").is_some() {
            let mut s = String::new();
            dump_code(&code, &mut s);
            eprint!("{s}");
        }
        taipan_vm::run_code(vm, &code, &d, None).map(|_| ())
    }

    /// The `__main__` namespace (created on first use), for the REPL.
    pub fn main_dict(&mut self) -> ObjRef {
        let vm = &mut self.vm;
        if let Some(Value::Obj(m)) = vm.dict_get_str(&vm.modules.clone(), "__main__") {
            if let Some(d) = m.dict.get() {
                return d.clone();
            }
        }
        let m = crate::modules::new_module(vm, "__main__");
        let d = crate::modules::module_dict(&m);
        let bm = vm
            .dict_get_str(&vm.modules.clone(), "builtins")
            .unwrap_or(Value::None);
        vm.dict_set_str(&d, "__builtins__", bm);
        vm.dict_set_str(&vm.modules.clone(), "__main__", Value::Obj(m));
        d
    }

    /// Run one interactive input (mode "single": expression values are echoed).
    pub fn run_interactive(&mut self, source: &str) -> Result<(), RunError> {
        let d = self.main_dict();
        let vm = &mut self.vm;
        crate::traceback::register_source("<stdin>", source);
        let code = match taipan_compiler::compile(vm, source, "<stdin>", Mode::Single) {
            Ok(c) => c,
            Err(e) => return Err(RunError::Syntax(e)),
        };
        taipan_vm::run_code(vm, &code, &d, None)
            .map(|_| ())
            .map_err(RunError::Exception)
    }

    /// Print an uncaught exception (or handle SystemExit); returns the exit status.
    pub fn report(&mut self, err: &PyErr) -> i32 {
        let vm = &mut self.vm;
        let ev = err.value();
        if vm.is_instance_of(&ev, &vm.exc.system_exit.clone()) {
            let code = vm.get_attr_raw(&err.0, "code").unwrap_or(Value::None);
            return match code {
                Value::None => 0,
                Value::Int(i) => (i & 0xff) as i32,
                Value::Bool(b) => *b as i32,
                other => {
                    let s = vm.str_string(&other).unwrap_or_default();
                    write_stream(vm, Stream::Stderr, &format!("{s}\n"));
                    1
                }
            };
        }
        let text = crate::traceback::format_exception(vm, &ev);
        write_stream(vm, Stream::Stderr, &text);
        1
    }

    pub fn flush(&mut self) {
        flush_stdout(&mut self.vm);
    }
}

/// What went wrong running interactive input.
pub enum RunError {
    Syntax(SyntaxError),
    Exception(PyErr),
}

fn sys_dict(vm: &mut Vm) -> Option<ObjRef> {
    let sys = vm.dict_get_str(&vm.modules.clone(), "sys")?;
    sys.as_obj()?.dict.get().cloned()
}

/// A compiler `SyntaxError` as a Python exception object with its fields.
pub fn syntax_error_to_exception(vm: &mut Vm, e: &SyntaxError, filename: &str) -> PyErr {
    let ty = match e.kind {
        SyntaxErrorKind::SyntaxError => vm.exc.syntax_error.clone(),
        SyntaxErrorKind::IndentationError => vm.exc.indentation_error.clone(),
        SyntaxErrorKind::TabError => vm.exc.tab_error.clone(),
        SyntaxErrorKind::RecursionError => {
            return vm.new_error(&vm.exc.recursion_error.clone(), e.msg.clone());
        }
        SyntaxErrorKind::MemoryError => return vm.memory_error(),
        SyntaxErrorKind::SystemError => {
            return vm.new_error(&vm.exc.system_error.clone(), e.msg.clone());
        }
    };
    let text = match &e.text {
        Some(t) => vm.new_str(format!("{t}\n")),
        None => Value::None,
    };
    let details = vm.new_tuple(vec![
        vm.new_str(filename),
        Value::Int(e.lineno as i64),
        Value::Int(e.offset as i64),
        text,
        Value::Int(e.end_lineno as i64),
        Value::Int(e.end_offset as i64),
    ]);
    let msg = vm.new_str(e.msg.clone());
    match vm.call(&Value::Obj(ty), &[msg, details], None) {
        Ok(Value::Obj(o)) => PyErr(o),
        Ok(_) => vm.runtime_error("SyntaxError construction failed"),
        Err(err) => err,
    }
}

// ----- imports -----

fn str_of(v: &Value) -> Option<String> {
    v.as_obj()
        .and_then(|o| o.as_str())
        .map(|s| s.as_str().to_string())
}

/// The `IMPORT_NAME` hook: `__import__(name, globals, fromlist, level)`.
pub fn import_module(
    vm: &mut Vm,
    name: &ObjRef,
    globals: &Value,
    fromlist: &Value,
    level: u32,
) -> PyResult {
    let name = name
        .as_str()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    let full = if level > 0 {
        resolve_relative(vm, &name, globals, level)?
    } else {
        if name.is_empty() {
            return Err(vm.value_error("Empty module name"));
        }
        name.clone()
    };
    // Import every package on the way down.
    let parts: Vec<&str> = full.split('.').collect();
    let mut module = Value::None;
    for i in 0..parts.len() {
        let prefix = parts[..=i].join(".");
        module = load(vm, &prefix, if i == 0 { None } else { Some(&module) })?;
    }
    let has_fromlist = match fromlist {
        Value::None => false,
        v => vm.truthy(v)?,
    };
    if has_fromlist {
        // `from pkg import sub`: load submodules named in the fromlist.
        if let Some(path) = module.as_obj().and_then(|m| vm.get_attr_raw(m, "__path__")) {
            let _ = path;
            for item in vm.collect(fromlist)? {
                if let Some(n) = str_of(&item) {
                    if n != "*" && vm.lookup_attr_opt(&module, &n)?.is_none() {
                        let sub = format!("{full}.{n}");
                        match load(vm, &sub, Some(&module)) {
                            Ok(_) => {}
                            Err(e)
                                if vm.is_instance_of(
                                    &e.value(),
                                    &vm.exc.module_not_found_error.clone(),
                                ) => {}
                            Err(e) => return Err(e),
                        }
                    }
                }
            }
        }
        return Ok(module);
    }
    if level > 0 && name.is_empty() {
        return Ok(module);
    }
    let top = if level > 0 {
        // `import .x` is not valid syntax; relative imports always have a fromlist.
        module
    } else {
        vm.dict_get_str(&vm.modules.clone(), parts[0])
            .unwrap_or(module)
    };
    Ok(top)
}

fn resolve_relative(vm: &mut Vm, name: &str, globals: &Value, level: u32) -> PyResult<String> {
    let g = globals.as_obj().filter(|o| o.as_dict().is_some()).cloned();
    let package = match &g {
        Some(g) => {
            let p = vm.dict_get_str(g, "__package__").and_then(|v| str_of(&v));
            match p {
                Some(p) if !p.is_empty() => Some(p),
                _ => {
                    let n = vm
                        .dict_get_str(g, "__name__")
                        .and_then(|v| str_of(&v))
                        .unwrap_or_default();
                    if vm.dict_get_str(g, "__path__").is_some() {
                        Some(n)
                    } else {
                        n.rsplit_once('.').map(|(p, _)| p.to_string())
                    }
                }
            }
        }
        None => None,
    };
    let Some(package) = package.filter(|p| !p.is_empty()) else {
        return Err(vm.new_error(
            &vm.exc.import_error.clone(),
            "attempted relative import with no known parent package",
        ));
    };
    let mut base: Vec<&str> = package.split('.').collect();
    for _ in 1..level {
        if base.len() <= 1 {
            return Err(vm.new_error(
                &vm.exc.import_error.clone(),
                "attempted relative import beyond top-level package",
            ));
        }
        base.pop();
    }
    let mut full = base.join(".");
    if !name.is_empty() {
        full.push('.');
        full.push_str(name);
    }
    Ok(full)
}

/// Load one module by its full dotted name (parent already imported).
fn load(vm: &mut Vm, full: &str, parent: Option<&Value>) -> PyResult {
    if let Some(m) = vm.dict_get_str(&vm.modules.clone(), full) {
        if m.is_none() {
            return Err(not_found(vm, full));
        }
        return Ok(m);
    }
    let last = full.rsplit('.').next().unwrap_or(full).to_string();
    if let Some(m) = crate::modules::builtin_module(vm, full)? {
        if let Some(p) = parent {
            let k = vm.intern(&last);
            vm.setattr(p, &k, &m)?;
        }
        return Ok(m);
    }
    let search: Vec<String> = match parent {
        Some(p) => match p.as_obj().and_then(|m| vm.get_attr_raw(m, "__path__")) {
            Some(path) => vm.collect(&path)?.iter().filter_map(str_of).collect(),
            None => {
                let pname = full.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
                return Err(vm.new_error(
                    &vm.exc.module_not_found_error.clone(),
                    format!("No module named '{full}'; '{pname}' is not a package"),
                ));
            }
        },
        None => {
            let path = sys_dict(vm).and_then(|d| vm.dict_get_str(&d, "path"));
            match path {
                Some(p) => vm.collect(&p)?.iter().filter_map(str_of).collect(),
                None => vec![".".to_string()],
            }
        }
    };
    for dir in search {
        let dir = if dir.is_empty() { ".".to_string() } else { dir };
        let pkg_init = format!("{dir}/{last}/__init__.py");
        let file = format!("{dir}/{last}.py");
        if std::path::Path::new(&pkg_init).is_file() {
            let pkg_dir = format!("{dir}/{last}");
            return exec_module_file(vm, full, &pkg_init, Some(&pkg_dir), parent, &last);
        }
        if std::path::Path::new(&file).is_file() {
            return exec_module_file(vm, full, &file, None, parent, &last);
        }
    }
    Err(not_found(vm, full))
}

fn not_found(vm: &mut Vm, full: &str) -> PyErr {
    let e = vm.new_error(
        &vm.exc.module_not_found_error.clone(),
        format!("No module named '{full}'"),
    );
    let n = vm.new_str(full);
    vm.set_attr_raw(&e.0, "name", n);
    e
}

fn exec_module_file(
    vm: &mut Vm,
    full: &str,
    file: &str,
    pkg_dir: Option<&str>,
    parent: Option<&Value>,
    last: &str,
) -> PyResult {
    let source = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            return Err(vm.new_error(
                &vm.exc.import_error.clone(),
                format!("cannot read {file}: {e}"),
            ))
        }
    };
    crate::traceback::register_source(file, &source);
    let m = crate::modules::new_module(vm, full);
    let d = crate::modules::module_dict(&m);
    let f = vm.new_str(file);
    vm.dict_set_str(&d, "__file__", f);
    let bm = vm
        .dict_get_str(&vm.modules.clone(), "builtins")
        .unwrap_or(Value::None);
    vm.dict_set_str(&d, "__builtins__", bm);
    let package = match pkg_dir {
        Some(pd) => {
            let p = vm.new_str(pd);
            let pl = vm.new_list(vec![p]);
            vm.dict_set_str(&d, "__path__", pl);
            full.to_string()
        }
        None => full
            .rsplit_once('.')
            .map(|(p, _)| p.to_string())
            .unwrap_or_default(),
    };
    let pv = vm.new_str(package);
    vm.dict_set_str(&d, "__package__", pv);
    let mv = Value::Obj(m.clone());
    vm.dict_set_str(&vm.modules.clone(), full, mv.clone());
    let code = match taipan_compiler::compile(vm, &source, file, Mode::Exec) {
        Ok(c) => c,
        Err(e) => {
            let _ = vm.dict_del(&vm.modules.clone(), &vm.new_str(full));
            return Err(syntax_error_to_exception(vm, &e, file));
        }
    };
    if let Err(e) = taipan_vm::run_code(vm, &code, &d, None) {
        let k = vm.new_str(full);
        let _ = vm.dict_del(&vm.modules.clone(), &k);
        return Err(e);
    }
    if let Some(p) = parent {
        let k = vm.intern(last);
        vm.setattr(p, &k, &mv)?;
    }
    // The module may have replaced itself in sys.modules.
    Ok(vm.dict_get_str(&vm.modules.clone(), full).unwrap_or(mv))
}

/// A plain listing of a code object and its nested code objects (debugging aid
/// behind `TAIPAN_DUMP=1`; the `dis` module gives the CPython-style listing).
pub fn dump_code(code: &taipan_object::code::CodeObject, out: &mut String) {
    let name = code
        .qualname
        .as_str()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    out.push_str(&format!("== {name} (stacksize {})\n", code.stacksize));
    for (i, u) in code.instructions.iter().enumerate() {
        let op = u.op.name();
        out.push_str(&format!(
            "{:>4} {:>4} {:<22} {}\n",
            code.lines[i], i, op, u.arg
        ));
    }
    for e in code.instructions.exception_table() {
        out.push_str(&format!(
            "  exc {}..{} -> {} depth {} lasti {}\n",
            e.start, e.end, e.target, e.depth, e.lasti
        ));
    }
    for c in &code.consts {
        if let Some(Payload::Code(inner)) = c.as_obj().map(|o| &o.payload) {
            dump_code(inner, out);
        }
    }
}
