//! The call layer: pushing Python frames (no Rust recursion for Python-to-Python
//! calls) and binding arguments to parameters with CPython's exact errors.

use smallvec::SmallVec;
use std::rc::Rc;
use taipan_object::code::{code_flags, CodeObject};
use taipan_object::frame::{Frame, SuspendedFrame};
use taipan_object::function::Function;
use taipan_object::generator::GenState;
use taipan_object::{Obj, ObjRef, Payload, PyErr, PyResult, Value, Vm};

pub type ArgVec = SmallVec<[Value; 8]>;

/// Move `stack[from..]` into the first slots of `dst` with one copy and
/// return how many moved, or None (nothing moved) when they do not fit.
/// `dst`'s slots are overwritten without being dropped: callers pass
/// `Value::Null`s, which own nothing.
pub fn take_args_into(stack: &mut Vec<Value>, from: usize, dst: &mut [Value]) -> Option<usize> {
    let from = from.min(stack.len());
    let n = stack.len() - from;
    if n > dst.len() {
        return None;
    }
    // SAFETY: `from..len` are initialised values of `stack` and `dst` has
    // room for `n`. They are copied bitwise, then `stack` is shortened to
    // `from` without dropping them, so each value is owned exactly once
    // (the overwritten slots of `dst` are not dropped: at worst a leak).
    unsafe {
        std::ptr::copy_nonoverlapping(stack.as_ptr().add(from), dst.as_mut_ptr(), n);
        stack.set_len(from);
    }
    Some(n)
}

/// Move `stack[from..]` into an `ArgVec` with one copy (collecting a
/// `Drain` moved the values one at a time, with a capacity check each).
pub fn take_args(stack: &mut Vec<Value>, from: usize) -> ArgVec {
    let from = from.min(stack.len());
    let n = stack.len() - from;
    let mut out = ArgVec::with_capacity(n);
    // SAFETY: `from..len` are initialised values of `stack` and `out` has
    // room for `n`. They are copied bitwise, then `stack` is shortened to
    // `from` without dropping them, so each value is owned exactly once.
    unsafe {
        std::ptr::copy_nonoverlapping(stack.as_ptr().add(from), out.as_mut_ptr(), n);
        stack.set_len(from);
        out.set_len(n);
    }
    out
}

/// What a frame push produced.
pub enum Pushed {
    /// A frame is on top of `vm.frames`, ready to run.
    Frame,
    /// The function is a generator: here is the generator object (nothing pushed).
    Generator(Value),
}

fn func_of(f: &Value) -> &Function {
    f.as_obj()
        .and_then(|o| o.as_function())
        .expect("a function object")
}

/// Push the frame of a Python function whose arguments sit on the value stack
/// from `args_start` (positional, then keyword values named by `kwnames`).
/// `ret_slot` is where the result goes when the frame returns.
pub fn push_frame(
    vm: &mut Vm,
    func: &Value,
    args_start: usize,
    kwnames: Option<&ObjRef>,
    ret_slot: usize,
    is_entry: bool,
) -> PyResult<Pushed> {
    let f = func_of(func);
    let code = f.code.borrow().clone();
    vm.enter_call()?;
    let nlocalsplus = code.nlocalsplus();
    let nkw = taipan_object::call::kw_count(kwnames);
    let given = vm.stack.len() - args_start;
    let simple = code.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) == 0
        && code.kwonlyargcount == 0;
    let argcount = code.argcount as usize;
    let ndefaults = if nkw == 0 && simple && given < argcount {
        f.defaults
            .borrow()
            .as_obj()
            .and_then(|o| o.as_tuple())
            .map_or(0, |t| t.len())
    } else {
        0
    };
    if nkw == 0 && simple && given == argcount && !is_entry {
        if let Some(s) = vm.callstats.as_deref_mut() {
            s.exact_args += 1;
        }
    }
    if nkw == 0 && simple && given == argcount {
        // The common case: positional arguments become the first locals in place.
        vm.stack.resize(args_start + nlocalsplus, Value::Null);
    } else if nkw == 0 && simple && given < argcount && given + ndefaults >= argcount {
        // Missing trailing positional arguments all have defaults.
        let defaults = f.defaults.borrow().clone();
        let defs = defaults.as_obj().and_then(|o| o.as_tuple()).unwrap_or(&[]);
        vm.stack
            .extend_from_slice(&defs[defs.len() - (argcount - given)..]);
        vm.stack.resize(args_start + nlocalsplus, Value::Null);
    } else {
        let args = take_args(&mut vm.stack, args_start);
        vm.stack.resize(args_start + nlocalsplus, Value::Null);
        if let Err(e) = bind_arguments(vm, f, &code, &args, kwnames, args_start) {
            vm.stack.truncate(args_start);
            vm.leave_call();
            return Err(e);
        }
    }
    if !code.cellvars.is_empty() || !code.freevars.is_empty() {
        init_cells(vm, f, &code, args_start);
    }
    if code.flags & code_flags::GENERATOR != 0 {
        let values: Vec<Value> = vm.stack.drain(args_start..).collect();
        vm.stack.truncate(ret_slot);
        vm.leave_call();
        let gen = new_generator(vm, func, &code, values);
        return Ok(Pushed::Generator(gen));
    }
    code.warm_up();
    vm.frames.push(Frame {
        code,
        func: func.as_obj().cloned(),
        globals: f.globals.clone(),
        builtins: f.builtins.clone(),
        locals: None,
        base: args_start,
        ip: 0,
        is_entry,
        generator: None,
        ret_slot,
        init_instance: None,
        operator: None,
    });
    Ok(Pushed::Frame)
}

/// Push the frame of a plain function called with exactly its positional
/// parameters (CALL_PY_EXACT_ARGS, checked by the caller): the arguments
/// already sit where the first locals go, so only the rest of the locals area
/// is cleared. Generators take the general path.
#[inline]
pub fn push_frame_exact(
    vm: &mut Vm,
    func: &ObjRef,
    args_start: usize,
    ret_slot: usize,
) -> PyResult<Pushed> {
    let target = match &func.payload {
        Payload::Function(f) => Some((f, f.code.borrow().clone())),
        _ => None,
    };
    let Some((f, code)) = target.filter(|(_, c)| c.flags & code_flags::GENERATOR == 0) else {
        let func = Value::Obj(func.clone());
        return push_frame(vm, &func, args_start, None, ret_slot, false);
    };
    vm.enter_call()?;
    if let Some(s) = vm.callstats.as_deref_mut() {
        s.exact_args += 1;
    }
    push_plain_frame(vm, func, f, code, args_start, ret_slot, false);
    Ok(Pushed::Frame)
}

/// The common tail of the exact-arguments pushes: the positional arguments
/// sit at `args_start`; clear the rest of the locals, make the cells and push
/// the frame record. The caller has counted the call (`enter_call`).
fn push_plain_frame(
    vm: &mut Vm,
    func: &ObjRef,
    f: &Function,
    code: Rc<CodeObject>,
    args_start: usize,
    ret_slot: usize,
    is_entry: bool,
) {
    let end = args_start + code.nlocalsplus();
    if vm.stack.len() < end {
        vm.stack.resize(end, Value::Null);
    }
    if !code.cellvars.is_empty() || !code.freevars.is_empty() {
        init_cells(vm, f, &code, args_start);
    }
    let (globals, builtins) = (f.globals.clone(), f.builtins.clone());
    push_frame_record(&mut vm.frames, || Frame {
        is_entry,
        ..Frame::for_call(code, func.clone(), globals, builtins, args_start, ret_slot)
    });
}

/// Push the frame record built by `make` onto `frames`. Building it straight
/// into the reserved slot avoids what `Vec::push` compiles to here: the
/// 100-byte record assembled in a temporary (its `bool` written as one byte)
/// and then copied with 16-byte loads, which stall on the narrower stores.
#[inline(always)]
pub(crate) fn push_frame_record(frames: &mut Vec<Frame>, make: impl FnOnce() -> Frame) {
    frames.reserve(1);
    let len = frames.len();
    frames.spare_capacity_mut()[0].write(make());
    // SAFETY: the slot at `len` is inside the capacity reserved above and was
    // initialised by the `write` just before.
    unsafe { frames.set_len(len + 1) };
}

/// Create the cells of cell variables (initialised from their parameter) and
/// copy the closure's cells into the free-variable slots.
fn init_cells(vm: &mut Vm, f: &Function, code: &CodeObject, base: usize) {
    let nlocals = code.nlocals();
    for (i, arg) in code.cell2arg.iter().enumerate() {
        let init = match arg {
            Some(a) => {
                let v = std::mem::replace(&mut vm.stack[base + *a as usize], Value::Null);
                if v.is_null() {
                    None
                } else {
                    Some(v)
                }
            }
            None => None,
        };
        vm.stack[base + nlocals + i] = Value::Obj(Obj::new(
            &vm.types.cell,
            Payload::Cell(std::cell::RefCell::new(init)),
        ));
    }
    if let Some(cl) = f.closure.as_ref().and_then(|c| c.as_tuple()) {
        let off = base + nlocals + code.cellvars.len();
        for (j, c) in cl.iter().enumerate() {
            if off + j < vm.stack.len() {
                vm.stack[off + j] = c.clone();
            }
        }
    }
}

fn new_generator(vm: &mut Vm, func: &Value, code: &Rc<CodeObject>, values: Vec<Value>) -> Value {
    let f = func_of(func);
    let state = GenState {
        frame: Some(SuspendedFrame {
            code: code.clone(),
            func: func.as_obj().cloned(),
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            ip: 0,
            exc_info: None,
        }),
        running: false,
        started: false,
        name: f.name.borrow().clone(),
        qualname: f.qualname.borrow().clone(),
        values,
        outer_exc_info: (None, None),
    };
    Value::Obj(Obj::new(
        &vm.types.generator,
        Payload::Generator(Box::new(std::cell::RefCell::new(state))),
    ))
}

/// The name binding errors use: the function's current `__qualname__` (CPython
/// words them with it, not with the code's), computed only when an error occurs.
fn qualname(f: &Function, code: &CodeObject) -> String {
    match f.qualname.borrow().as_obj().and_then(|o| o.as_str()) {
        Some(s) => s.as_str().to_string(),
        None => code
            .qualname
            .as_str()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default(),
    }
}
fn name_of(v: &ObjRef) -> &str {
    v.as_str().map(|s| s.as_str()).unwrap_or("")
}

/// Bind `args` (positional then keyword values) to the parameters of `code`,
/// writing the fast locals at `vm.stack[base..]`. One implementation for every
/// parameter kind, with CPython 3.11's messages (`ceval.c`'s initialize_locals).
pub fn bind_arguments(
    vm: &mut Vm,
    f: &Function,
    code: &CodeObject,
    args: &[Value],
    kwnames: Option<&ObjRef>,
    base: usize,
) -> PyResult<()> {
    bind_arguments_inner(vm, f, code, args, kwnames, base)
}

fn bind_arguments_inner(
    vm: &mut Vm,
    f: &Function,
    code: &CodeObject,
    args: &[Value],
    kwnames: Option<&ObjRef>,
    base: usize,
) -> PyResult<()> {
    let kwn: &[Value] = kwnames.and_then(|k| k.as_tuple()).unwrap_or(&[]);
    let npos = args.len() - kwn.len();
    let argcount = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let posonly = code.posonlyargcount as usize;
    let total = argcount + kwonly;
    let has_varargs = code.flags & code_flags::VARARGS != 0;
    let has_varkw = code.flags & code_flags::VARKEYWORDS != 0;
    let varargs_idx = total;
    let varkw_idx = total + has_varargs as usize;
    // **kwargs dict first: keyword errors below may need it.
    let kwdict = if has_varkw {
        let d = vm.new_dict_with_capacity(kwn.len());
        vm.stack[base + varkw_idx] = Value::Obj(d.clone());
        Some(d)
    } else {
        None
    };
    let n = npos.min(argcount);
    for (i, a) in args[..n].iter().enumerate() {
        vm.stack[base + i] = a.clone();
    }
    if has_varargs {
        let extra = if npos > argcount {
            args[argcount..npos].to_vec()
        } else {
            Vec::new()
        };
        vm.stack[base + varargs_idx] = vm.new_tuple(extra);
    }
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (k, v) in kwn.iter().zip(&args[npos..]) {
        let Some((kobj, kname)) = k.as_obj().and_then(|o| o.as_str().map(|s| (o, s.as_str())))
        else {
            return Err(vm.type_error(format!("{}() keywords must be strings", qualname(f, code))));
        };
        // Keyword names from KW_NAMES and parameter names are interned, so
        // identity finds them; equal strings built at run time (`**d`) are
        // compared by value.
        let params = &code.varnames[posonly..total];
        let pos = params
            .iter()
            .position(|n| Rc::ptr_eq(n, kobj))
            .or_else(|| params.iter().position(|n| name_of(n) == kname))
            .map(|p| p + posonly);
        match pos {
            Some(i) => {
                if !vm.stack[base + i].is_null() {
                    return Err(vm.type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        qualname(f, code),
                        kname
                    )));
                }
                vm.stack[base + i] = v.clone();
            }
            None => {
                if let Some(d) = &kwdict {
                    vm.dict_set(d, k.clone(), v.clone())?;
                    continue;
                }
                if code.varnames[..posonly].iter().any(|n| name_of(n) == kname) {
                    posonly_as_kw.push(kname.to_string());
                    continue;
                }
                return Err(vm.type_error(format!(
                    "{}() got an unexpected keyword argument '{}'",
                    qualname(f, code),
                    kname
                )));
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname(f, code),
            posonly_as_kw.join(", ")
        )));
    }
    if npos > argcount && !has_varargs {
        let defaults = f.defaults.borrow().clone();
        let defcount = defaults
            .as_obj()
            .and_then(|o| o.as_tuple())
            .map_or(0, |t| t.len());
        let kwonly_given = (argcount..total)
            .filter(|i| !vm.stack[base + i].is_null())
            .count();
        return Err(vm.type_error(too_many_positional(f, code, npos, defcount, kwonly_given)));
    }
    // Defaults for missing positional parameters.
    let defaults = f.defaults.borrow().clone();
    let defs: &[Value] = defaults.as_obj().and_then(|o| o.as_tuple()).unwrap_or(&[]);
    let first_default = argcount - defs.len().min(argcount);
    let mut missing: Vec<String> = Vec::new();
    for i in npos.min(argcount)..argcount {
        if vm.stack[base + i].is_null() {
            if i >= first_default {
                vm.stack[base + i] = defs[i - first_default].clone();
            } else {
                missing.push(name_of(&code.varnames[i]).to_string());
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(missing_message(f, code, "positional", &missing)));
    }
    if kwonly > 0 {
        let kwdefaults = f.kwdefaults.borrow().clone();
        let mut missing: Vec<String> = Vec::new();
        for i in argcount..total {
            if !vm.stack[base + i].is_null() {
                continue;
            }
            let name = code.varnames[i].clone();
            let d = match kwdefaults.as_obj() {
                Some(kd) if kd.as_dict().is_some() => vm.dict_get(kd, &Value::Obj(name.clone()))?,
                _ => None,
            };
            match d {
                Some(v) => vm.stack[base + i] = v,
                None => missing.push(name_of(&name).to_string()),
            }
        }
        if !missing.is_empty() {
            return Err(vm.type_error(missing_message(f, code, "keyword-only", &missing)));
        }
    }
    Ok(())
}

fn too_many_positional(
    f: &Function,
    code: &CodeObject,
    given: usize,
    defcount: usize,
    kwonly_given: usize,
) -> String {
    let argcount = code.argcount as usize;
    let mut plural = argcount != 1;
    let sig = if defcount > 0 {
        plural = true;
        format!("from {} to {}", argcount - defcount, argcount)
    } else {
        argcount.to_string()
    };
    let kwonly_sig = if kwonly_given > 0 {
        format!(
            " positional argument{} (and {} keyword-only argument{})",
            if given != 1 { "s" } else { "" },
            kwonly_given,
            if kwonly_given != 1 { "s" } else { "" }
        )
    } else {
        String::new()
    };
    format!(
        "{}() takes {} positional argument{} but {}{} {} given",
        qualname(f, code),
        sig,
        if plural { "s" } else { "" },
        given,
        kwonly_sig,
        if given == 1 && kwonly_given == 0 {
            "was"
        } else {
            "were"
        }
    )
}

fn missing_message(f: &Function, code: &CodeObject, kind: &str, names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    format!(
        "{}() missing {} required {} argument{}: {}",
        qualname(f, code),
        names.len(),
        kind,
        if names.len() == 1 { "" } else { "s" },
        list
    )
}

/// The `function` type's call slot: calls from Rust (natives, slots) into a
/// Python function run a nested eval loop for that one frame.
pub fn function_call(
    vm: &mut Vm,
    func: &Value,
    args: &[Value],
    kwnames: Option<&ObjRef>,
) -> PyResult {
    vm.check_native_stack()?;
    let ret_slot = vm.stack.len();
    let pushed = match kwnames {
        None => push_entry_exact(vm, func, args),
        Some(_) => None,
    };
    let pushed = match pushed {
        Some(p) => p,
        None => {
            vm.stack.extend_from_slice(args);
            push_frame(vm, func, ret_slot, kwnames, ret_slot, true)
        }
    };
    match pushed {
        Ok(Pushed::Frame) => crate::eval::run(vm, None).and_then(|exit| match exit {
            crate::eval::Exit::Return(v) => Ok(v),
            crate::eval::Exit::Yield(_) => {
                Err(vm.runtime_error("frame yielded outside a generator"))
            }
        }),
        Ok(Pushed::Generator(g)) => Ok(g),
        Err(e) => {
            vm.stack.truncate(ret_slot);
            Err(e)
        }
    }
}

/// `function_call`'s common case, taken before anything is pushed: a plain
/// function (not a generator, no `*args`, `**kwargs` or keyword-only
/// parameters) called from native code (a dunder, a key function, a
/// callback) with exactly its positional parameters. The arguments become
/// the first locals of an entry frame. None: the general path binds them.
fn push_entry_exact(vm: &mut Vm, func: &Value, args: &[Value]) -> Option<PyResult<Pushed>> {
    let Value::Obj(fo) = func else { return None };
    let Payload::Function(f) = &fo.payload else {
        return None;
    };
    let code = {
        let c = f.code.borrow();
        let plain = c.flags & code_flags::NOT_PLAIN == 0
            && c.kwonlyargcount == 0
            && c.argcount as usize == args.len();
        if !plain {
            return None;
        }
        c.clone()
    };
    if let Err(e) = vm.enter_call() {
        return Some(Err(e));
    }
    let base = vm.stack.len();
    vm.stack
        .reserve(code.nlocalsplus() + code.stacksize as usize);
    vm.stack.extend_from_slice(args);
    push_plain_frame(vm, fo, f, code, base, base, true);
    Some(Ok(Pushed::Frame))
}

/// Run a code object (module body, `exec`, `eval`) with globals and an optional
/// locals mapping, as a new entry frame.
pub fn run_code(
    vm: &mut Vm,
    code: &Rc<CodeObject>,
    globals: &ObjRef,
    locals: Option<Value>,
) -> PyResult {
    vm.check_native_stack()?;
    vm.enter_call()?;
    let builtins = match vm.dict_get_str(globals, "__builtins__") {
        Some(Value::Obj(b)) if b.as_dict().is_some() => b,
        Some(Value::Obj(m)) if matches!(m.payload, Payload::Module(_)) => {
            m.dict.get().cloned().unwrap_or_else(|| vm.builtins.clone())
        }
        _ => vm.builtins.clone(),
    };
    let base = vm.stack.len();
    vm.stack.resize(base + code.nlocalsplus(), Value::Null);
    let nlocals = code.nlocals();
    for i in 0..code.cellvars.len() {
        vm.stack[base + nlocals + i] = Value::Obj(Obj::new(
            &vm.types.cell,
            Payload::Cell(std::cell::RefCell::new(None)),
        ));
    }
    vm.frames.push(Frame {
        code: code.clone(),
        func: None,
        globals: globals.clone(),
        builtins,
        locals,
        base,
        ip: 0,
        is_entry: true,
        generator: None,
        ret_slot: base,
        init_instance: None,
        operator: None,
    });
    match crate::eval::run(vm, None)? {
        crate::eval::Exit::Return(v) => Ok(v),
        crate::eval::Exit::Yield(_) => Err(vm.runtime_error("'yield' outside function")),
    }
}

/// Run a class body: the body function's code with the class namespace as its
/// locals mapping (CPython's `builtin___build_class__` evaluating the body).
pub fn run_class_body(vm: &mut Vm, func: &Value, ns: &ObjRef) -> PyResult {
    let f = func_of(func);
    let code = f.code.borrow().clone();
    vm.check_native_stack()?;
    vm.enter_call()?;
    let base = vm.stack.len();
    vm.stack.resize(base + code.nlocalsplus(), Value::Null);
    init_cells(vm, f, &code, base);
    vm.frames.push(Frame {
        code,
        func: func.as_obj().cloned(),
        globals: f.globals.clone(),
        builtins: f.builtins.clone(),
        locals: Some(Value::Obj(ns.clone())),
        base,
        ip: 0,
        is_entry: true,
        generator: None,
        ret_slot: base,
        init_instance: None,
        operator: None,
    });
    match crate::eval::run(vm, None)? {
        crate::eval::Exit::Return(v) => Ok(v),
        crate::eval::Exit::Yield(_) => Err(vm.runtime_error("'yield' inside class body")),
    }
}

/// A raised exception as a PyErr (helper for callers building errors).
pub fn err(e: ObjRef) -> PyErr {
    PyErr(e)
}

#[cfg(test)]
mod tests {
    use super::{take_args, take_args_into};
    use taipan_object::{Value, Vm};

    #[test]
    fn take_args_into_moves_each_value_once_or_nothing() {
        let vm = Vm::new();
        let s = vm.new_str_obj("arg");
        let mut stack: Vec<Value> = vec![Value::Int(-1)];
        stack.extend((0..3).map(|_| Value::Obj(s.clone())));
        let mut small = [Value::Null, Value::Null];
        assert_eq!(
            take_args_into(&mut stack, 1, &mut small),
            None,
            "3 do not fit in 2"
        );
        assert_eq!((stack.len(), std::rc::Rc::strong_count(&s)), (4, 4));
        let mut buf = [Value::Null, Value::Null, Value::Null, Value::Null];
        assert_eq!(take_args_into(&mut stack, 1, &mut buf), Some(3));
        assert_eq!(stack.len(), 1);
        assert!(matches!(buf[3], Value::Null));
        assert_eq!(std::rc::Rc::strong_count(&s), 4);
        drop(buf);
        assert_eq!(std::rc::Rc::strong_count(&s), 1);
    }

    #[test]
    fn take_args_moves_each_value_once() {
        let vm = Vm::new();
        let s = vm.new_str_obj("arg");
        for n in [0usize, 3, 8, 12] {
            let mut stack: Vec<Value> = vec![Value::Int(-1)];
            stack.extend((0..n).map(|_| Value::Obj(s.clone())));
            let args = take_args(&mut stack, 1);
            assert_eq!(args.len(), n);
            assert_eq!(stack.len(), 1);
            assert_eq!(std::rc::Rc::strong_count(&s), n + 1);
            drop(args);
            assert_eq!(std::rc::Rc::strong_count(&s), 1);
        }
        let mut stack = vec![Value::Int(1)];
        assert!(
            take_args(&mut stack, 5).is_empty(),
            "past the end: nothing moves"
        );
        assert_eq!(stack.len(), 1);
    }
}
