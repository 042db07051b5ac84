//! The `bool` type: `bool(x)`, its repr, and `&`, `|`, `^` staying bool; the rest is int's.

use taipan_object::call::kw_count;
use taipan_object::typeobj::{tdata, BinOp};
use taipan_object::{ObjRef, PyResult, Value, Vm};

use super::int::{int_and, int_or, int_xor};

/// `bool_new`: `bool(x=False, /)` is `x`'s truth value.
fn bool_new(vm: &mut Vm, _cls: &ObjRef, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    if kw_count(kwnames) > 0 {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    match args {
        [] => Ok(Value::FALSE),
        [x] => Ok(Value::bool(vm.truthy(x)?)),
        _ => Err(vm.type_error(format!(
            "bool expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

/// `bool_repr`.
fn bool_repr(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(vm.new_str(match v {
        Value::Bool(b) if **b => "True",
        _ => "False",
    }))
}

/// `bool_and`: bool for two bools, int's `&` otherwise.
fn bool_and(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => Ok(Value::bool(**x & **y)),
        _ => int_and(vm, a, b),
    }
}

fn bool_or(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => Ok(Value::bool(**x | **y)),
        _ => int_or(vm, a, b),
    }
}

fn bool_xor(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => Ok(Value::bool(**x ^ **y)),
        _ => int_xor(vm, a, b),
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.bool_.clone();
    let s = &tdata(&t).slots;
    s.new.set(Some(bool_new));
    s.repr.set(Some(bool_repr));
    s.binary[BinOp::And as usize].set(Some(bool_and));
    s.binary[BinOp::Or as usize].set(Some(bool_or));
    s.binary[BinOp::Xor as usize].set(Some(bool_xor));
}
