//! The `int` type: slots and methods.

use taipan_object::Vm;

pub fn install(vm: &mut Vm) {
    let _ = vm;
}
