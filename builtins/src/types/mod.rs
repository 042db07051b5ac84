//! The built-in types' slots and methods, one file per type.

pub mod bool;
pub mod bytes;
pub mod code;
pub mod complex;
pub mod dict;
pub mod float;
pub mod generic_alias;
pub mod int;
pub mod iterators;
pub mod lazy;
pub mod list;
pub mod misc;
pub mod object;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod str_format;
pub mod str_methods;
pub mod str_unicode;
pub mod tuple;

use taipan_object::Vm;

pub fn install(vm: &mut Vm) {
    object::install(vm);
    int::install(vm);
    bool::install(vm);
    float::install(vm);
    complex::install(vm);
    str::install(vm);
    bytes::install(vm);
    list::install(vm);
    tuple::install(vm);
    dict::install(vm);
    set::install(vm);
    range::install(vm);
    slice::install(vm);
    iterators::install(vm);
    misc::install(vm);
    lazy::install(vm);
    code::install(vm);
    generic_alias::install(vm);
}
