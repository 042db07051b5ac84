//! The `cmath` module (native).

use taipan_object::{ObjRef, PyResult, Vm};

/// Fill the module namespace `d`.
pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let _ = (vm, d);
    Ok(())
}
