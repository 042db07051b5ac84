//! Taipan's virtual machine: the eval loop, frames and the call layer,
//! generators, and the entry points that run code objects.

pub mod call;
pub mod eval;
pub mod generator;
mod regs;
pub mod specialize;

pub use call::{function_call, run_class_body, run_code};

use taipan_object::Vm;

/// Install what this layer provides into a fresh `Vm`: the object layer's core
/// slots, the Python function call slot and the generator type.
pub fn install(vm: &mut Vm) {
    taipan_object::install_core(vm);
    let f = vm.types.function.clone();
    taipan_object::typeobj::tdata(&f)
        .slots
        .call
        .set(Some(call::function_call));
    generator::install(vm);
    vm.hooks.run_code = Some(call::run_code);
}
