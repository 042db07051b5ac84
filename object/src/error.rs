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

impl std::fmt::Debug for PyErr {
    /// The exception's class name and, when it is a str, its first argument.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = match &self.0.ty {
            Some(t) => crate::typeobj::tdata(t).name().to_string(),
            None => "type".to_string(),
        };
        let msg = self
            .0
            .as_exception()
            .and_then(|d| {
                let args = d.args.borrow().clone();
                let first = args
                    .as_obj()
                    .and_then(|o| o.as_tuple())
                    .and_then(|t| t.first().cloned());
                first.and_then(|v| {
                    v.as_obj()
                        .and_then(|o| o.as_str())
                        .map(|s| s.as_str().to_string())
                })
            })
            .unwrap_or_default();
        write!(f, "{name}({msg:?})")
    }
}
