//! Taipan's object layer: values, heap objects, type objects and their slots,
//! the call protocol, attribute lookup and MRO, exceptions, interned names.
//!
//! Everything above this crate (compiler, eval loop, builtins) manipulates
//! Python values only through what is defined here.

pub mod arith;
pub mod attr;
pub mod call;
pub mod class;
pub mod code;
pub mod containers;
pub mod descr;
pub mod dict;
pub mod error;
pub mod exception;
pub mod frame;
pub mod function;
pub mod generator;
pub mod hash;
pub mod instance;
pub mod intern;
pub mod iter;
pub mod number;
pub mod object;
pub mod opcode;
pub mod protocol;
pub mod pystr;
pub mod set;
pub mod slotdefs;
pub mod typeobj;
pub mod value;
pub mod vm;

pub use error::{PyErr, PyResult};
pub use object::{Obj, ObjRef, Payload};
pub use typeobj::{BinOp, CompareOp, TypeObject, UnaryOp};
pub use value::Value;
pub use vm::{SpecStats, Vm};

/// Install the slots this crate defines (type, object, super, descriptors).
pub fn install_core(vm: &mut Vm) {
    class::install(vm);
    descr::install(vm);
}
