//! Taipan's builtins: the methods and slots of the built-in types (one file per
//! type in `types/`), the builtin functions, the exception classes' behaviour,
//! the standard modules, and `Interpreter`, the embedding entry point.

pub mod exceptions;
pub mod format;
pub mod functions;
pub mod interp;
pub mod modules;
pub mod traceback;
pub mod types;
pub mod util;

pub use interp::Interpreter;

use taipan_object::Vm;

/// Install everything into a fresh `Vm`: core slots, every built-in type's
/// slots and methods, exceptions, the `builtins` module and standard modules.
pub fn install(vm: &mut Vm) {
    taipan_vm::install(vm);
    types::install(vm);
    exceptions::install(vm);
    functions::install(vm);
    modules::install(vm);
    taipan_object::class::finish_static_types(vm);
}
