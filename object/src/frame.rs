//! The layout of an executing frame: where its fast locals and value stack live.

use crate::code::CodeObject;
use crate::object::ObjRef;
use crate::value::Value;
use std::rc::Rc;

/// An activation record (`_PyInterpreterFrame`). The fast locals (locals, then
/// cells, then free variables) and the value stack of every frame live in one
/// contiguous `Vm::stack`: `base..base + nlocalsplus` are the locals and the
/// value stack grows above them. A Python-to-Python call places the new frame
/// right on top of its arguments, so positional arguments are never copied.
pub struct Frame {
    pub code: Rc<CodeObject>,
    /// The function being run (None for module and class bodies run by exec).
    pub func: Option<ObjRef>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The mapping LOAD_NAME/STORE_NAME use (module and class bodies).
    pub locals: Option<Value>,
    /// Index in `Vm::stack` of the first fast local.
    pub base: usize,
    /// Index of the next instruction.
    pub ip: usize,
    /// When this frame returns, return from the Rust call that ran it instead of
    /// resuming its caller in the same loop.
    pub is_entry: bool,
    /// The generator whose frame this is, if any.
    pub generator: Option<ObjRef>,
    /// Index in `Vm::stack` where the call's `method_or_NULL` slot was: on
    /// return everything from here up is replaced by the result.
    pub ret_slot: usize,
    /// For an `__init__` frame pushed by a class call: the new instance, which
    /// is the call's result (the `__init__` must return None).
    pub init_instance: Option<Value>,
    /// For an operator dunder pushed by COMPARE_OP_PY or BINARY_OP_PY: the
    /// operator. The caller's stack still ends with the two operands; the
    /// return replaces them by the result, or finishes the operator's
    /// protocol when the dunder returned NotImplemented.
    pub operator: Option<PendingOperator>,
}

/// The operator whose dunder a frame runs (see `Frame::operator`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PendingOperator {
    /// A rich comparison: NotImplemented goes on to the reflected method
    /// and the identity fallback (`do_richcompare`).
    Compare(crate::typeobj::CompareOp),
    /// A binary operator (`inplace` for `+=` and the like): NotImplemented
    /// goes on to the right operand's own slot, then CPython's TypeError
    /// (`Vm::binary_op_rest`).
    Binary { op: crate::BinOp, inplace: bool },
}

impl Frame {
    /// The frame of a call of a Python function (`func`, whose globals and
    /// builtins are given) whose fast locals start at `base`; the result
    /// replaces `Vm::stack[ret_slot..]`. Counts a frame start of `code`
    /// toward its quickening (`CodeObject::warm_up`).
    #[inline(always)]
    pub fn for_call(
        code: Rc<CodeObject>,
        func: ObjRef,
        globals: ObjRef,
        builtins: ObjRef,
        base: usize,
        ret_slot: usize,
    ) -> Frame {
        code.warm_up();
        Frame {
            code,
            func: Some(func),
            globals,
            builtins,
            locals: None,
            base,
            ip: 0,
            is_entry: false,
            generator: None,
            ret_slot,
            init_instance: None,
            operator: None,
        }
    }

    /// The frame of generator `generator` resumed from `saved`, its values
    /// back on the stack at `base`. An entry frame returns to the Rust caller
    /// (`next()`, `send()`); otherwise to FOR_ITER_GEN in the same loop.
    /// Counts a resume toward quickening, as 3.11's RESUME does.
    #[inline(always)]
    pub fn resumed(saved: SuspendedFrame, base: usize, is_entry: bool, generator: ObjRef) -> Frame {
        saved.code.warm_up();
        Frame {
            code: saved.code,
            func: saved.func,
            globals: saved.globals,
            builtins: saved.builtins,
            locals: None,
            base,
            ip: saved.ip,
            is_entry,
            generator: Some(generator),
            ret_slot: base,
            init_instance: None,
            operator: None,
        }
    }

    /// Index in `Vm::stack` where this frame's value stack starts.
    #[inline]
    pub fn stack_base(&self) -> usize {
        self.base + self.code.nlocalsplus()
    }
}

/// A frame saved inside a suspended generator: where to resume (its fast
/// locals and value stack are kept beside it, in `GenState::values`).
pub struct SuspendedFrame {
    pub code: Rc<CodeObject>,
    pub func: Option<ObjRef>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub ip: usize,
    /// The exception being handled inside the generator when it yielded.
    pub exc_info: Option<ObjRef>,
}
