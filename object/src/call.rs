//! The call protocol: every call goes through the callee's type call slot with
//! vectorcall arguments (a borrowed slice plus a tuple of keyword names); the
//! native calling conventions and their argument-count errors live here too.

use crate::error::PyResult;
use crate::function::{BuiltinFunction, MethodDef, NativeFn};
use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// Number of keyword arguments described by a kwnames tuple.
#[inline]
pub fn kw_count(kwnames: Option<&ObjRef>) -> usize {
    kwnames.and_then(|k| k.as_tuple()).map_or(0, |t| t.len())
}

impl Vm {
    /// `PyObject_Vectorcall`: `args` holds the positional arguments followed by
    /// the values of the keyword arguments named in `kwnames`.
    #[inline]
    pub fn call(&mut self, callable: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
        match self.type_data(callable).slots.call.get() {
            Some(f) => {
                self.check_native_stack()?;
                f(self, callable, args, kwnames)
            }
            None => Err(self.type_error(format!(
                "'{}' object is not callable",
                self.type_name(callable)
            ))),
        }
    }
    /// Whether `callable()` is true.
    pub fn is_callable(&self, v: &Value) -> bool {
        self.type_data(v).slots.call.get().is_some()
    }
    /// Call with positional arguments and (name, value) keyword pairs.
    pub fn call_kw(
        &mut self,
        callable: &Value,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult {
        if kwargs.is_empty() {
            return self.call(callable, args, None);
        }
        let mut all = args.to_vec();
        let mut names = Vec::with_capacity(kwargs.len());
        for (k, v) in kwargs {
            names.push(Value::Obj(self.intern(k)));
            all.push(v.clone());
        }
        let kw = self.new_tuple_obj(names);
        self.call(callable, &all, Some(&kw))
    }
    /// `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult {
        let m = self.getattr_str(obj, name)?;
        self.call(&m, args, None)
    }
    /// Call with a positional sequence and an optional mapping of keyword
    /// arguments (`CALL_FUNCTION_EX`, `f(*args, **kwargs)`).
    pub fn call_ex(
        &mut self,
        callable: &Value,
        args: &[Value],
        kwargs: Option<&ObjRef>,
    ) -> PyResult {
        if let Some(s) = self.callstats.as_deref_mut() {
            s.generic_slow_path += 1;
        }
        let Some(kw) = kwargs else {
            return self.call(callable, args, None);
        };
        let items = match kw.as_dict() {
            Some(d) => d.borrow().items(),
            None => Vec::new(),
        };
        if items.is_empty() {
            return self.call(callable, args, None);
        }
        let mut all = args.to_vec();
        let mut names = Vec::with_capacity(items.len());
        for (k, v) in items {
            if k.as_obj().and_then(|o| o.as_str()).is_none() {
                return Err(self.type_error("keywords must be strings"));
            }
            names.push(k);
            all.push(v);
        }
        let kwn = self.new_tuple_obj(names);
        self.call(callable, &all, Some(&kwn))
    }

    /// Run a native function with its convention's argument checks. `self_` is
    /// the bound instance (or module); `qualname` names it in errors.
    pub fn call_native(
        &mut self,
        def: &'static MethodDef,
        owner: Option<&ObjRef>,
        self_: &Value,
        args: &[Value],
        kwnames: Option<&ObjRef>,
    ) -> PyResult {
        let nkw = kw_count(kwnames);
        if let Some(s) = self.callstats.as_deref_mut() {
            match def.func {
                NativeFn::NoArgs(_) => s.native_noargs += 1,
                NativeFn::O(_) => s.native_o += 1,
                NativeFn::FastCall(_) => s.native_fastcall += 1,
                NativeFn::FastCallKw(_) => s.native_fastcall_kw += 1,
            }
        }
        match def.func {
            NativeFn::NoArgs(f) => {
                if nkw > 0 {
                    return Err(self.no_kwargs_error(def, owner, self_));
                }
                if !args.is_empty() {
                    return Err(self.type_error(format!(
                        "{}() takes no arguments ({} given)",
                        self.native_qualname(def, owner, self_),
                        args.len()
                    )));
                }
                f(self, self_)
            }
            NativeFn::O(f) => {
                if nkw > 0 {
                    return Err(self.no_kwargs_error(def, owner, self_));
                }
                if args.len() != 1 {
                    return Err(self.type_error(format!(
                        "{}() takes exactly one argument ({} given)",
                        self.native_qualname(def, owner, self_),
                        args.len()
                    )));
                }
                f(self, self_, &args[0])
            }
            NativeFn::FastCall(f) => {
                if nkw > 0 {
                    return Err(self.no_kwargs_error(def, owner, self_));
                }
                f(self, self_, args)
            }
            NativeFn::FastCallKw(f) => f(self, self_, args, kwnames),
        }
    }
    fn no_kwargs_error(
        &self,
        def: &'static MethodDef,
        owner: Option<&ObjRef>,
        self_: &Value,
    ) -> crate::error::PyErr {
        self.type_error(format!(
            "{}() takes no keyword arguments",
            self.native_qualname(def, owner, self_)
        ))
    }
    /// `list.append` for methods, `len` for functions. Like `meth_get__qualname__`,
    /// a method bound to a class is named after that class.
    pub fn native_qualname(
        &self,
        def: &'static MethodDef,
        owner: Option<&ObjRef>,
        self_: &Value,
    ) -> String {
        if owner.is_none() {
            // Module functions are named `module.func` unless they are builtins
            // (their `self` holds the module name, see `new_builtin_function`).
            return match self_.as_obj().and_then(|o| o.as_str()) {
                Some(m) => format!("{}.{}", m.as_str(), def.name),
                None => def.name.to_string(),
            };
        }
        let t = match self_.as_obj().and_then(|o| o.as_type()) {
            Some(t) => t.name(),
            None => self.type_name(self_),
        };
        format!("{}.{}", t, def.name)
    }
    /// A `builtin_function_or_method` for a module-level function.
    pub fn new_builtin_function(&self, def: &'static MethodDef, module: Option<&str>) -> Value {
        Value::Obj(crate::object::Obj::new(
            &self.types.builtin_function,
            Payload::BuiltinFunction(BuiltinFunction {
                def,
                self_: match module {
                    Some(m) if m != "builtins" => self.new_str(m),
                    _ => Value::None,
                },
                owner: None,
                module: module.map(|m| m.into()),
            }),
        ))
    }
}

/// Argument-parsing helpers for native functions (a small `Argument Clinic`).
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kwnames: &'a [Value],
    pub kwvalues: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(args: &'a [Value], kwnames: Option<&'a ObjRef>) -> Args<'a> {
        let kn: &'a [Value] = kwnames.and_then(|k| k.as_tuple()).unwrap_or(&[]);
        let npos = args.len() - kn.len();
        Args {
            pos: &args[..npos],
            kwnames: kn,
            kwvalues: &args[npos..],
        }
    }
    /// Bind to `names` (positional-or-keyword in order; the first `posonly` only
    /// positional), with CPython's errors. Missing optional ones are None.
    pub fn bind(
        &self,
        vm: &Vm,
        fname: &str,
        names: &[&str],
        required: usize,
        posonly: usize,
    ) -> PyResult<Vec<Option<Value>>> {
        let mut out: Vec<Option<Value>> = vec![None; names.len()];
        if self.pos.len() > names.len() {
            return Err(vm.type_error(if names.len() == required {
                format!(
                    "{fname}() takes {} positional argument{} but {} were given",
                    names.len(),
                    if names.len() == 1 { "" } else { "s" },
                    self.pos.len()
                )
            } else {
                format!(
                    "{fname}() takes at most {} argument{} ({} given)",
                    names.len(),
                    if names.len() == 1 { "" } else { "s" },
                    self.pos.len() + self.kwvalues.len()
                )
            }));
        }
        for (i, v) in self.pos.iter().enumerate() {
            out[i] = Some(v.clone());
        }
        for (k, v) in self.kwnames.iter().zip(self.kwvalues) {
            let kname = k
                .as_obj()
                .and_then(|o| o.as_str())
                .map(|s| s.as_str())
                .unwrap_or("");
            match names.iter().position(|n| *n == kname) {
                Some(i) if i >= posonly => {
                    if out[i].is_some() {
                        return Err(vm.type_error(format!(
                            "argument for {fname}() given by name ('{kname}') and position ({})",
                            i + 1
                        )));
                    }
                    out[i] = Some(v.clone());
                }
                _ => {
                    return Err(vm.type_error(format!(
                        "{fname}() got an unexpected keyword argument '{kname}'"
                    )))
                }
            }
        }
        for (i, o) in out.iter().enumerate().take(required) {
            if o.is_none() {
                if i < posonly {
                    let minpos = required.min(posonly);
                    return Err(vm.type_error(format!(
                        "{fname}() takes {} {minpos} positional argument{} ({} given)",
                        if minpos < posonly.max(required) {
                            "at least"
                        } else {
                            "exactly"
                        },
                        if minpos == 1 { "" } else { "s" },
                        self.pos.len()
                    )));
                }
                return Err(vm.type_error(format!(
                    "{fname}() missing required argument '{}' (pos {})",
                    names[i],
                    i + 1
                )));
            }
        }
        Ok(out)
    }
    /// The value of keyword `name`, if given.
    pub fn kw(&self, name: &str) -> Option<&Value> {
        self.kwnames
            .iter()
            .position(|k| {
                k.as_obj()
                    .and_then(|o| o.as_str())
                    .is_some_and(|s| s.as_str() == name)
            })
            .map(|i| &self.kwvalues[i])
    }
    /// Reject keywords other than `allowed`, worded like the functions that
    /// still use `PyArg_ParseTupleAndKeywords` (`print`, `min`, `max`).
    pub fn only_kw_legacy(&self, vm: &Vm, fname: &str, allowed: &[&str]) -> PyResult<()> {
        for k in self.kwnames {
            let kname = k
                .as_obj()
                .and_then(|o| o.as_str())
                .map(|s| s.as_str())
                .unwrap_or("");
            if !allowed.contains(&kname) {
                return Err(vm.type_error(format!(
                    "'{kname}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
        Ok(())
    }
    /// Reject keywords other than `allowed`.
    pub fn only_kw(&self, vm: &Vm, fname: &str, allowed: &[&str]) -> PyResult<()> {
        for k in self.kwnames {
            let kname = k
                .as_obj()
                .and_then(|o| o.as_str())
                .map(|s| s.as_str())
                .unwrap_or("");
            if !allowed.contains(&kname) {
                return Err(vm.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{kname}'"
                )));
            }
        }
        Ok(())
    }
}
