//! Generator objects: a suspended frame plus its lifecycle state.

use crate::frame::SuspendedFrame;
use crate::value::Value;

pub struct GenState {
    /// None once the generator finished (returned or raised).
    pub frame: Option<SuspendedFrame>,
    pub running: bool,
    /// True until the first `send`/`next` (only None may be sent then).
    pub started: bool,
    pub name: Value,
    pub qualname: Value,
    /// The suspended frame's fast locals and value stack. Resuming moves
    /// them onto `Vm::stack` and leaves the buffer here, empty, for the next
    /// suspension, so neither a `yield` nor a resume allocates.
    pub values: Vec<Value>,
    /// While the frame runs resumed by FOR_ITER_GEN (in its caller's eval
    /// loop): the exception being handled outside, restored at the next
    /// yield, return or raise. (A nested resume keeps it in a local.)
    pub outer_exc_info: (Option<crate::object::ObjRef>, Option<crate::object::ObjRef>),
}
