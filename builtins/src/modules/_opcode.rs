//! The `_opcode` module: Taipan's instruction set and a code object's decoded
//! instructions, for the `dis` module (which formats them like CPython's).

use taipan_compiler::opcode::Opcode;
use taipan_object::function::{MethodDef, NativeFn};
use taipan_object::{ObjRef, Payload, PyResult, Value, Vm};

fn code_arg<'a>(
    vm: &Vm,
    v: &'a Value,
) -> PyResult<&'a std::rc::Rc<taipan_object::code::CodeObject>> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Code(c)) => Ok(c),
        _ => Err(vm.type_error(format!("expected a code object, not {}", vm.type_name(v)))),
    }
}

/// `instructions(code, adaptive=False)`: a list of `(offset, opcode, arg,
/// line)`; offsets count two bytes per instruction like CPython's code units.
/// With `adaptive`, specialised instructions appear as they are now; without,
/// as their generic form.
fn instructions(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error(format!(
            "instructions expected 1 or 2 arguments, got {}",
            args.len()
        )));
    }
    let c = code_arg(vm, &args[0])?.clone();
    let adaptive = match args.get(1) {
        Some(a) => vm.truthy(a)?,
        None => false,
    };
    let mut out = Vec::with_capacity(c.instructions.len());
    for (i, mut u) in c.instructions.iter().enumerate() {
        if !adaptive {
            u.op = u.op.base();
        }
        let arg = match u.op {
            op if op.is_jump() => Value::Int((u.arg * 2) as i64),
            op if !op.has_arg() => Value::None,
            _ => Value::Int(u.arg as i64),
        };
        let t = vm.new_tuple(vec![
            Value::Int(i as i64 * 2),
            Value::Int(u.op as u8 as i64),
            arg,
            Value::Int(c.line_of(i) as i64),
        ]);
        out.push(t);
    }
    Ok(vm.new_list(out))
}

/// `exception_table(code)`: `(start, end, target, depth, lasti)` offsets.
fn exception_table(vm: &mut Vm, _m: &Value, code: &Value) -> PyResult {
    let c = code_arg(vm, code)?.clone();
    let rows: Vec<Value> = c
        .instructions
        .exception_table()
        .iter()
        .map(|e| {
            vm.new_tuple(vec![
                Value::Int(e.start as i64 * 2),
                Value::Int(e.end as i64 * 2),
                Value::Int(e.target as i64 * 2),
                Value::Int(e.depth as i64),
                Value::bool(e.lasti),
            ])
        })
        .collect();
    Ok(vm.new_list(rows))
}

static FUNCTIONS: [MethodDef; 2] = [
    MethodDef {
        name: "instructions",
        func: NativeFn::FastCall(instructions),
        doc: "",
    },
    MethodDef {
        name: "exception_table",
        func: NativeFn::O(exception_table),
        doc: "",
    },
];

pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let mut names: Vec<Value> = (0..256).map(|i| vm.new_str(format!("<{i}>"))).collect();
    let mut jumps = Vec::new();
    let mut deopt: Vec<Value> = (0..256).map(Value::Int).collect();
    for op in Opcode::ALL {
        names[*op as usize] = vm.new_str(op.name());
        deopt[*op as usize] = Value::Int(op.base() as i64);
        if op.is_jump() && !op.is_specialized() {
            jumps.push(Value::Int(*op as i64));
        }
    }
    let deopt = vm.new_list(deopt);
    vm.dict_set_str(d, "deopt", deopt);
    let l = vm.new_list(names);
    vm.dict_set_str(d, "opname", l);
    let j = vm.new_list(jumps);
    vm.dict_set_str(d, "hasjabs", j);
    for def in FUNCTIONS.iter() {
        let f = vm.new_builtin_function(def, Some("_opcode"));
        vm.dict_set_str(d, def.name, f);
    }
    Ok(())
}
