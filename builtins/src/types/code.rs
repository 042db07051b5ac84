//! Constructing functions from code objects (`types.FunctionType(...)`) and the
//! methods of code objects (`co_lines()`, `replace()`).

use crate::util::as_str;
use taipan_object::call::Args;
use taipan_object::code::CodeObject;
use taipan_object::function::{MethodDef, NativeFn};
use taipan_object::typeobj::tdata;
use taipan_object::{Obj, ObjRef, Payload, PyResult, Value, Vm};

fn code_of(v: &Value) -> &std::rc::Rc<CodeObject> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Code(c)) => c,
        _ => unreachable!("code method on a non-code"),
    }
}

/// `code.co_lines()`: (start, end, line) byte-offset ranges of equal line.
fn co_lines(vm: &mut Vm, c: &Value) -> PyResult {
    let co = code_of(c).clone();
    let mut rows = Vec::new();
    let mut start = 0usize;
    for i in 1..=co.instructions.len() {
        if i == co.instructions.len() || co.line_of(i) != co.line_of(start) {
            let line = Value::Int(co.line_of(start) as i64);
            rows.push(vm.new_tuple(vec![
                Value::Int(start as i64 * 2),
                Value::Int(i as i64 * 2),
                line,
            ]));
            start = i;
        }
    }
    let l = vm.new_list(rows);
    vm.iter(&l)
}

/// `code.replace(**changes)`: a copy with some fields replaced.
fn replace(vm: &mut Vm, c: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = Args::new(args, kwnames);
    if !a.pos.is_empty() {
        return Err(vm.type_error(format!(
            "replace() takes no positional arguments ({} given)",
            a.pos.len()
        )));
    }
    let co = code_of(c);
    // The copy starts unspecialised, with fresh caches.
    let units = co
        .instructions
        .iter()
        .map(|mut unit| {
            unit.op = unit.op.base();
            unit
        })
        .collect();
    let table = co.instructions.exception_table().to_vec();
    let instructions = taipan_object::code::Instructions::new(units, table)
        .map_err(|e| vm.new_error(&vm.exc.system_error.clone(), e))?;
    let mut new = CodeObject {
        name: co.name.clone(),
        qualname: co.qualname.clone(),
        filename: co.filename.clone(),
        firstlineno: co.firstlineno,
        argcount: co.argcount,
        posonlyargcount: co.posonlyargcount,
        kwonlyargcount: co.kwonlyargcount,
        flags: co.flags,
        varnames: co.varnames.clone(),
        cellvars: co.cellvars.clone(),
        freevars: co.freevars.clone(),
        cell2arg: co.cell2arg.clone(),
        names: co.names.clone(),
        consts: co.consts.clone(),
        instructions,
        lines: co.lines.clone(),
        stacksize: co.stacksize,
        docstring: co.docstring.clone(),
        caches: taipan_object::code::InlineCache::for_instructions(co.instructions.len()),
        warmup: std::cell::Cell::new(taipan_object::code::QUICKEN_WARMUP),
    };
    for (k, v) in a.kwnames.iter().zip(a.kwvalues) {
        let key = as_str(k).unwrap_or("").to_string();
        let need_str = |vm: &Vm| -> PyResult<ObjRef> {
            match v.as_obj().filter(|o| o.as_str().is_some()) {
                Some(o) => Ok(o.clone()),
                None => Err(vm.type_error(format!("{key} must be a str, not {}", vm.type_name(v)))),
            }
        };
        let need_int = |vm: &Vm| -> PyResult<u32> {
            match v {
                Value::Int(i) if *i >= 0 && *i <= u32::MAX as i64 => Ok(*i as u32),
                _ => Err(vm.type_error(format!("{key} must be an int, not {}", vm.type_name(v)))),
            }
        };
        match key.as_str() {
            "co_name" => new.name = need_str(vm)?,
            "co_qualname" => new.qualname = need_str(vm)?,
            "co_filename" => new.filename = need_str(vm)?,
            "co_firstlineno" => new.firstlineno = need_int(vm)?,
            "co_flags" => new.flags = need_int(vm)?,
            "co_consts" => match v.as_obj().and_then(|o| o.as_tuple()) {
                Some(t) if t.len() == new.consts.len() => new.consts = t.to_vec(),
                _ => return Err(vm.value_error("co_consts must be a tuple of the same length")),
            },
            "co_names" => match v.as_obj().and_then(|o| o.as_tuple()) {
                Some(t) if t.len() == new.names.len() && t.iter().all(|x| as_str(x).is_some()) => {
                    new.names = t.iter().filter_map(|x| x.as_obj().cloned()).collect()
                }
                _ => {
                    return Err(vm.value_error("co_names must be a tuple of str of the same length"))
                }
            },
            _ => {
                return Err(vm.type_error(format!(
                    "replace() got an unexpected keyword argument '{key}'"
                )))
            }
        }
    }
    Ok(Value::Obj(Obj::new(
        &vm.types.code,
        Payload::Code(std::rc::Rc::new(new)),
    )))
}

static CODE_METHODS: [MethodDef; 2] = [
    MethodDef {
        name: "co_lines",
        func: NativeFn::NoArgs(co_lines),
        doc: "",
    },
    MethodDef {
        name: "replace",
        func: NativeFn::FastCallKw(replace),
        doc: "",
    },
];

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`,
/// like `func_new_impl`.
fn function_new(vm: &mut Vm, _cls: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = Args::new(args, kwnames);
    let b = a.bind(
        vm,
        "function",
        &["code", "globals", "name", "argdefs", "closure"],
        2,
        0,
    )?;
    let code_v = b[0].clone().unwrap_or(Value::None);
    let Some(Payload::Code(code)) = code_v.as_obj().map(|o| &o.payload) else {
        return Err(vm.type_error(format!(
            "function() argument 'code' must be code, not {}",
            vm.type_name(&code_v)
        )));
    };
    let code = code.clone();
    let g = b[1].clone().unwrap_or(Value::None);
    let Some(globals) = g.as_obj().filter(|o| o.as_dict().is_some()).cloned() else {
        return Err(vm.type_error(format!(
            "function() argument 'globals' must be dict, not {}",
            vm.type_name(&g)
        )));
    };
    let name = b[2].clone().filter(|n| !n.is_none());
    if let Some(n) = &name {
        if as_str(n).is_none() {
            return Err(vm.type_error(format!(
                "arg 3 (name) must be None or string, not {}",
                vm.type_name(n)
            )));
        }
    }
    let defaults = b[3].clone().unwrap_or(Value::None);
    if !defaults.is_none() && defaults.as_obj().and_then(|o| o.as_tuple()).is_none() {
        return Err(vm.type_error("arg 4 (defaults) must be None or tuple"));
    }
    let closure = b[4].clone().filter(|c| !c.is_none());
    let closure_t = match &closure {
        Some(c) => match c.as_obj().filter(|o| o.as_tuple().is_some()) {
            Some(t) => Some(t.clone()),
            None => return Err(vm.type_error("arg 5 (closure) must be tuple")),
        },
        None => None,
    };
    if closure_t.is_none() && !code.freevars.is_empty() {
        return Err(vm.type_error("arg 5 (closure) must be tuple"));
    }
    let nclosure = closure_t
        .as_ref()
        .and_then(|t| t.as_tuple())
        .map_or(0, |t| t.len());
    if nclosure != code.freevars.len() {
        let n = code
            .name
            .as_str()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        return Err(vm.value_error(format!(
            "{} requires closure of length {}, not {}",
            n,
            code.freevars.len(),
            nclosure
        )));
    }
    let builtins = match vm.dict_get_str(&globals, "__builtins__") {
        Some(Value::Obj(m)) if matches!(m.payload, Payload::Module(_)) => {
            m.dict.get().cloned().unwrap_or_else(|| vm.builtins.clone())
        }
        Some(Value::Obj(d)) if d.as_dict().is_some() => d,
        _ => vm.builtins.clone(),
    };
    let f = taipan_vm::eval::new_function(
        vm,
        code,
        globals,
        builtins,
        defaults,
        Value::None,
        closure_t,
    );
    if let (Some(n), Some(fo)) = (name, f.as_obj().and_then(|o| o.as_function())) {
        *fo.name.borrow_mut() = n;
    }
    Ok(f)
}

pub fn install(vm: &mut Vm) {
    let code = vm.types.code.clone();
    taipan_object::class::add_methods(vm, &code, &CODE_METHODS);
    tdata(&vm.types.function).slots.new.set(Some(function_new));
}
