//! Generators: resuming a suspended frame (`send`, `throw`, `close`, iteration)
//! and delegating through `yield from`.

use crate::eval::{run, Exit};
use taipan_compiler::opcode::Opcode;
use taipan_object::frame::{Frame, SuspendedFrame};
use taipan_object::function::{MethodDef, NativeFn};
use taipan_object::generator::GenState;
use taipan_object::{ObjRef, Payload, PyErr, PyResult, Value, Vm};

pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

fn state(g: &Value) -> Option<&std::cell::RefCell<GenState>> {
    match g.as_obj().map(|o| &o.payload) {
        Some(Payload::Generator(s)) => Some(s),
        _ => None,
    }
}

/// YIELD_VALUE: move the top frame's locals and stack into its generator.
pub fn suspend(vm: &mut Vm) {
    let Some(frame) = vm.frames.pop() else { return };
    let cell = match frame.generator.as_ref().map(|g| &g.payload) {
        Some(Payload::Generator(s)) => s,
        _ => {
            vm.stack.truncate(frame.ret_slot);
            vm.leave_call();
            return;
        }
    };
    let mut st = cell.borrow_mut();
    move_tail(&mut vm.stack, frame.base, &mut st.values);
    vm.stack.truncate(frame.ret_slot);
    vm.leave_call();
    st.frame = Some(SuspendedFrame {
        code: frame.code,
        func: frame.func,
        globals: frame.globals,
        builtins: frame.builtins,
        ip: frame.ip,
        exc_info: vm.exc_info.clone(),
    });
}

/// Move `stack[from..]` to the end of `out` (one memcpy; `extend(drain(..))`
/// moved the values one at a time through the `Drain` iterator).
fn move_tail(stack: &mut Vec<Value>, from: usize, out: &mut Vec<Value>) {
    let from = from.min(stack.len());
    let n = stack.len() - from;
    out.reserve(n);
    // SAFETY: `from..len` are initialised values of `stack`; `out` has room
    // for `n` more. The values are copied bitwise into `out`, and `stack` is
    // shortened to `from` without dropping them, so each is owned once.
    unsafe {
        std::ptr::copy_nonoverlapping(stack.as_ptr().add(from), out.as_mut_ptr().add(out.len()), n);
        stack.set_len(from);
        out.set_len(out.len() + n);
    }
}

/// A generator frame returned or raised: nothing to resume any more.
pub fn finish(g: &ObjRef) {
    if let Payload::Generator(s) = &g.payload {
        if let Ok(mut st) = s.try_borrow_mut() {
            st.frame = None;
        }
    }
}

/// If the generator is suspended inside `yield from`, the sub-iterator
/// (the top of its saved value stack `values`).
fn delegate_of(frame: &SuspendedFrame, values: &[Value]) -> Option<(Value, usize)> {
    let next = frame.code.instructions.get(frame.ip)?;
    if next.op != Opcode::Jump {
        return None;
    }
    let send = frame.code.instructions.get(next.arg as usize)?;
    if send.op != Opcode::Send {
        return None;
    }
    Some((values.last()?.clone(), send.arg as usize))
}

/// Resume `gen`, sending `sent` (or raising `throw` at the yield point).
pub fn resume(vm: &mut Vm, gen: &Value, sent: Value, throw: Option<PyErr>) -> PyResult<SendResult> {
    let (Some(g), Some(cell)) = (gen.as_obj(), state(gen)) else {
        return Err(vm.type_error("not a generator"));
    };
    let (mut frame, first) = {
        let mut st = cell.borrow_mut();
        if st.running {
            drop(st);
            return Err(vm.value_error("generator already executing"));
        }
        let Some(frame) = st.frame.take() else {
            drop(st);
            return match throw {
                Some(e) => Err(e),
                None => Ok(SendResult::Returned(Value::None)),
            };
        };
        if !st.started && throw.is_none() && !sent.is_none() {
            st.frame = Some(frame);
            drop(st);
            return Err(vm.type_error("can't send non-None value to a just-started generator"));
        }
        let first = !st.started;
        st.started = true;
        st.running = true;
        (frame, first)
    };
    let mut throw = throw;
    let mut sent = sent;
    let mut first = first;
    // Delegate a throw to the sub-iterator of a pending `yield from`.
    if let Some(e) = throw.take() {
        let delegate = delegate_of(&frame, &cell.borrow().values);
        match delegate {
            Some((sub, exit_target)) => {
                let is_exit = vm.is_instance_of(&e.value(), &vm.exc.generator_exit.clone());
                let r = if is_exit {
                    close_subiterator(vm, &sub).map(|_| None)
                } else {
                    throw_into(vm, &sub, e.clone()).map(Some)
                };
                match r {
                    Ok(Some(SendResult::Yielded(y))) => {
                        let mut st = cell.borrow_mut();
                        st.frame = Some(frame);
                        st.running = false;
                        return Ok(SendResult::Yielded(y));
                    }
                    Ok(Some(SendResult::Returned(v))) => {
                        let mut st = cell.borrow_mut();
                        st.values.pop();
                        st.values.push(v);
                        frame.ip = exit_target;
                        first = true; // nothing to push: resume after SEND with its result
                    }
                    Ok(None) => throw = Some(e),
                    Err(e2) => throw = Some(e2),
                }
            }
            None => throw = Some(e),
        }
        sent = Value::None;
    }
    if let Err(e) = vm.enter_call() {
        let mut st = cell.borrow_mut();
        st.frame = Some(frame);
        st.running = false;
        return Err(e);
    }
    let base = vm.stack.len();
    let exc_info = frame.exc_info.take();
    {
        let mut st = cell.borrow_mut();
        // `append` keeps the emptied buffer for the next suspension.
        vm.stack.append(&mut st.values);
        enter_exc_info(vm, &mut st, exc_info);
    }
    crate::call::push_frame_record(&mut vm.frames, || {
        Frame::resumed(frame, base, true, g.clone())
    });
    if !first && throw.is_none() {
        vm.stack.push(sent);
    }
    let r = run(vm, throw);
    {
        let mut st = cell.borrow_mut();
        leave_exc_info(vm, &mut st);
        st.running = false;
    }
    match r {
        Ok(Exit::Yield(v)) => Ok(SendResult::Yielded(v)),
        Ok(Exit::Return(v)) => Ok(SendResult::Returned(v)),
        Err(e) => Err(stop_iteration_escaped(vm, e)),
    }
}

/// PEP 479: a StopIteration escaping a generator's frame becomes
/// `RuntimeError("generator raised StopIteration")`, caused by it.
pub fn stop_iteration_escaped(vm: &mut Vm, e: PyErr) -> PyErr {
    if !vm.is_instance_of(&e.value(), &vm.exc.stop_iteration.clone()) {
        return e;
    }
    let re = vm.runtime_error("generator raised StopIteration");
    if let Some(ed) = re.0.as_exception() {
        *ed.cause.borrow_mut() = Some(e.0.clone());
        *ed.context.borrow_mut() = Some(e.0.clone());
        ed.suppress_context.set(true);
    }
    re
}

/// FOR_ITER_GEN: if `it` is a generator that can be resumed now (not
/// running, not finished), mark it running and take its suspended frame.
/// Also returns whether this is its first run (nothing is sent then).
pub fn take_for_inline_resume(it: &Value) -> Option<(ObjRef, SuspendedFrame, bool)> {
    let Value::Obj(g) = it else { return None };
    let Payload::Generator(cell) = &g.payload else {
        return None;
    };
    let mut st = cell.try_borrow_mut().ok()?;
    if st.running || st.frame.is_none() {
        return None;
    }
    let frame = st.frame.take()?;
    let first = !st.started;
    st.started = true;
    st.running = true;
    Some((g.clone(), frame, first))
}

/// Put a frame taken by `take_for_inline_resume` back on `vm.frames`, its
/// values at `base` (the top of the caller's stack), as a non-entry frame:
/// it yields and returns to the caller's FOR_ITER_GEN in the same loop.
pub fn push_inline_frame(
    vm: &mut Vm,
    g: ObjRef,
    mut frame: SuspendedFrame,
    first: bool,
    base: usize,
) {
    if let Payload::Generator(cell) = &g.payload {
        let mut st = cell.borrow_mut();
        vm.stack.append(&mut st.values);
        enter_exc_info(vm, &mut st, frame.exc_info.take());
    }
    if !first {
        // The value of the `yield` expression: `next()` sends None.
        vm.stack.push(Value::None);
    }
    crate::call::push_frame_record(&mut vm.frames, || Frame::resumed(frame, base, false, g));
}

/// Resuming: `vm.exc_info` becomes the exception the generator was handling
/// when it yielded (PUSH_EXC_INFO/POP_EXCEPT work on that one), and the one
/// handled where it is resumed stays visible behind it (CPython's chain of
/// `exc_info` entries, `_PyErr_GetTopmostException`). The caller's pair is
/// kept in the generator state and comes back when the frame stops running.
fn enter_exc_info(vm: &mut Vm, st: &mut GenState, own: Option<ObjRef>) {
    if own.is_none() && vm.exc_info.is_none() && vm.exc_info_outside.is_none() {
        // Nothing handled anywhere (the common case): the saved pair stays
        // (None, None), which `leave_exc_info` puts back.
        return;
    }
    let outside = vm.handled_exception().cloned();
    let caller_own = std::mem::replace(&mut vm.exc_info, own);
    let caller_outside = std::mem::replace(&mut vm.exc_info_outside, outside);
    st.outer_exc_info = (caller_own, caller_outside);
}

/// The generator's frame stopped running: the caller's view comes back.
fn leave_exc_info(vm: &mut Vm, st: &mut GenState) {
    let (own, outside) = std::mem::take(&mut st.outer_exc_info);
    vm.exc_info = own;
    vm.exc_info_outside = outside;
}

/// A frame resumed by FOR_ITER_GEN stopped running (yielded, returned or
/// raised): the outer handled exception comes back and the generator can
/// be resumed again.
pub fn leave_inline(vm: &mut Vm, g: &ObjRef) {
    if let Payload::Generator(cell) = &g.payload {
        let mut st = cell.borrow_mut();
        st.running = false;
        leave_exc_info(vm, &mut st);
    }
}

/// The generator under the caller's FOR_ITER_GEN returned: like FOR_ITER on
/// an exhausted iterator, pop the iterator and jump to the loop's exit.
pub fn exit_for_loop(vm: &mut Vm) {
    let Some(caller) = vm.frames.last_mut() else {
        return;
    };
    let at = caller.ip.saturating_sub(1);
    if let Some(unit) = caller.code.instructions.get(at) {
        if unit.op.base() == Opcode::ForIter {
            caller.ip = unit.arg as usize;
            vm.stack.pop();
        }
    }
}

fn throw_into(vm: &mut Vm, sub: &Value, e: PyErr) -> PyResult<SendResult> {
    if state(sub).is_some() {
        return resume(vm, sub, Value::None, Some(e));
    }
    match vm.lookup_attr_opt(sub, "throw")? {
        Some(t) => match vm.call(&t, &[e.value()], None) {
            Ok(v) => Ok(SendResult::Yielded(v)),
            Err(err) => stop_value(vm, err).map(SendResult::Returned),
        },
        None => Err(e),
    }
}

fn close_subiterator(vm: &mut Vm, sub: &Value) -> PyResult<()> {
    if state(sub).is_some() {
        return close(vm, sub);
    }
    if let Some(c) = vm.lookup_attr_opt(sub, "close")? {
        vm.call(&c, &[], None)?;
    }
    Ok(())
}

/// A StopIteration's value (for `yield from` results), or the error itself.
fn stop_value(vm: &mut Vm, e: PyErr) -> PyResult {
    if vm.is_instance_of(&e.value(), &vm.exc.stop_iteration.clone()) {
        return Ok(vm.get_attr_raw(&e.0, "value").unwrap_or(Value::None));
    }
    Err(e)
}

/// SEND: advance the receiver of `yield from` with `v`.
pub fn send_to(vm: &mut Vm, receiver: &Value, v: Value) -> PyResult<SendResult> {
    if state(receiver).is_some() {
        return resume(vm, receiver, v, None);
    }
    if v.is_none() {
        // The slot itself, so a StopIteration's value becomes the result.
        let Some(slot) = vm.type_data(receiver).slots.next.get() else {
            return Err(vm.type_error(format!(
                "'{}' object is not an iterator",
                vm.type_name(receiver)
            )));
        };
        return match slot(vm, receiver) {
            Ok(Some(y)) => Ok(SendResult::Yielded(y)),
            Ok(None) => Ok(SendResult::Returned(Value::None)),
            Err(e) => stop_value(vm, e).map(SendResult::Returned),
        };
    }
    match vm.call_method(receiver, "send", &[v]) {
        Ok(y) => Ok(SendResult::Yielded(y)),
        Err(e) => stop_value(vm, e).map(SendResult::Returned),
    }
}

/// `generator.close()`.
pub fn close(vm: &mut Vm, gen: &Value) -> PyResult<()> {
    let finished = state(gen)
        .map(|s| s.borrow().frame.is_none())
        .unwrap_or(true);
    if finished {
        return Ok(());
    }
    let started = state(gen).map(|s| s.borrow().started).unwrap_or(false);
    if !started {
        if let Some(s) = state(gen) {
            let mut st = s.borrow_mut();
            st.frame = None;
            // The arguments die with the never-started frame.
            let values = std::mem::take(&mut st.values);
            drop(st);
            drop(values);
        }
        return Ok(());
    }
    let exit = vm.new_exception(&vm.exc.generator_exit.clone(), vec![]);
    match resume(vm, gen, Value::None, Some(PyErr(exit))) {
        Ok(SendResult::Yielded(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
        Ok(SendResult::Returned(_)) => Ok(()),
        Err(e) => {
            let ge = vm.exc.generator_exit.clone();
            let si = vm.exc.stop_iteration.clone();
            if vm.is_instance_of(&e.value(), &ge) || vm.is_instance_of(&e.value(), &si) {
                Ok(())
            } else {
                Err(e)
            }
        }
    }
}

/// `gen_iternext`: a return value other than None travels in StopIteration
/// (which `Vm::next` treats as plain exhaustion).
fn gen_iternext(vm: &mut Vm, g: &Value) -> PyResult<Option<Value>> {
    match resume(vm, g, Value::None, None)? {
        SendResult::Yielded(v) => Ok(Some(v)),
        SendResult::Returned(Value::None) => Ok(None),
        SendResult::Returned(v) => Err(vm.stop_iteration(v)),
    }
}
fn gen_iter(_vm: &mut Vm, g: &Value) -> PyResult {
    Ok(g.clone())
}
fn gen_send(vm: &mut Vm, g: &Value, v: &Value) -> PyResult {
    match resume(vm, g, v.clone(), None)? {
        SendResult::Yielded(y) => Ok(y),
        SendResult::Returned(r) => Err(vm.stop_iteration(r)),
    }
}
fn gen_throw(vm: &mut Vm, g: &Value, args: &[Value]) -> PyResult {
    if args.is_empty() || args.len() > 3 {
        return Err(vm.type_error(format!(
            "throw expected at least 1 argument, got {}",
            args.len()
        )));
    }
    let typ = &args[0];
    let e = if typ.as_obj().and_then(|o| o.as_type()).is_some() {
        match args.get(1) {
            Some(v) if vm.is_instance_of(v, typ.as_obj().expect("type")) => {
                crate::eval::make_exception(vm, v)?
            }
            Some(v) if !v.is_none() => {
                let inst = vm.call(typ, std::slice::from_ref(v), None)?;
                crate::eval::make_exception(vm, &inst)?
            }
            _ => crate::eval::make_exception(vm, typ)?,
        }
    } else {
        if args.len() > 1 && !args[1].is_none() {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        crate::eval::make_exception(vm, typ).map_err(|_| {
            vm.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                vm.type_name(typ)
            ))
        })?
    };
    match resume(vm, g, Value::None, Some(e))? {
        SendResult::Yielded(y) => Ok(y),
        SendResult::Returned(r) => Err(vm.stop_iteration(r)),
    }
}
fn gen_close(vm: &mut Vm, g: &Value) -> PyResult {
    close(vm, g).map(|_| Value::None)
}

fn gen_repr(vm: &mut Vm, g: &Value) -> PyResult {
    let q = state(g)
        .map(|s| s.borrow().qualname.clone())
        .unwrap_or(Value::None);
    let q = q
        .as_obj()
        .and_then(|o| o.as_str())
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    Ok(vm.new_str(format!("<generator object {} at {:#x}>", q, g.id())))
}

fn gen_name(vm: &mut Vm, g: &Value) -> PyResult {
    let _ = vm;
    Ok(state(g)
        .map(|s| s.borrow().name.clone())
        .unwrap_or(Value::None))
}
fn gen_qualname(_vm: &mut Vm, g: &Value) -> PyResult {
    Ok(state(g)
        .map(|s| s.borrow().qualname.clone())
        .unwrap_or(Value::None))
}
fn gen_running(_vm: &mut Vm, g: &Value) -> PyResult {
    Ok(Value::bool(
        state(g).map(|s| s.borrow().running).unwrap_or(false),
    ))
}
fn gen_frame(_vm: &mut Vm, _g: &Value) -> PyResult {
    Ok(Value::None)
}

static GEN_METHODS: [MethodDef; 3] = [
    MethodDef {
        name: "send",
        func: NativeFn::O(gen_send),
        doc: "",
    },
    MethodDef {
        name: "throw",
        func: NativeFn::FastCall(gen_throw),
        doc: "",
    },
    MethodDef {
        name: "close",
        func: NativeFn::NoArgs(gen_close),
        doc: "",
    },
];
static GEN_GETSETS: [taipan_object::function::GetSetDef; 4] = [
    taipan_object::function::GetSetDef {
        name: "__name__",
        get: gen_name,
        set: None,
        doc: "",
    },
    taipan_object::function::GetSetDef {
        name: "__qualname__",
        get: gen_qualname,
        set: None,
        doc: "",
    },
    taipan_object::function::GetSetDef {
        name: "gi_running",
        get: gen_running,
        set: None,
        doc: "",
    },
    taipan_object::function::GetSetDef {
        name: "gi_frame",
        get: gen_frame,
        set: None,
        doc: "",
    },
];

pub fn install(vm: &mut Vm) {
    let t = vm.types.generator.clone();
    let s = &taipan_object::typeobj::tdata(&t).slots;
    s.iter.set(Some(gen_iter));
    s.next.set(Some(gen_iternext));
    s.repr.set(Some(gen_repr));
    taipan_object::class::add_methods(vm, &t, &GEN_METHODS);
    taipan_object::class::add_getsets(vm, &t, &GEN_GETSETS);
}

#[cfg(test)]
mod tests {
    use super::move_tail;
    use taipan_object::{Value, Vm};

    #[test]
    fn move_tail_moves_each_value_once() {
        let vm = Vm::new();
        let s = vm.new_str_obj("x");
        let mut stack: Vec<Value> = (0..5).map(|_| Value::Obj(s.clone())).collect();
        stack.push(Value::Int(9));
        let mut out = vec![Value::Int(1)];
        move_tail(&mut stack, 2, &mut out);
        assert_eq!(stack.len(), 2);
        assert_eq!(out.len(), 5);
        assert!(matches!(out[0], Value::Int(1)) && matches!(out[4], Value::Int(9)));
        assert_eq!(std::rc::Rc::strong_count(&s), 6);
        move_tail(&mut stack, 7, &mut out); // past the end: nothing moves
        assert_eq!((stack.len(), out.len()), (2, 5));
        drop(stack);
        drop(out);
        assert_eq!(std::rc::Rc::strong_count(&s), 1);
    }
}
