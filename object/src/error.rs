//! `PyErr` and `PyResult`: a raised Python exception travelling up through Rust code.

use crate::object::ObjRef;
use crate::value::Value;

/// A raised exception: always an instance of a BaseException subclass.
/// Like the "current exception" CPython keeps in the thread state, but carried
/// in the Result instead.
#[derive(Clone)]
pub struct PyErr(pub ObjRef);

impl PyErr {
    pub fn value(&self) -> Value {
        Value::Obj(self.0.clone())
    }
}

pub type PyResult<T = Value> = Result<T, PyErr>;
