//! The specialising interpreter's decisions (CPython's `Python/specialize.c`).
//!
//! Every instruction of a family that can be specialised has an adaptive
//! counter in its inline cache. When a generic instruction's counter runs out,
//! the eval loop asks this module to look at the operands: on success the
//! instruction is rewritten in place into a specialised form and its cache is
//! filled (the loop then re-executes it); on failure the counter is reset to a
//! wait that doubles with each failure. A specialised form checks its guard
//! on every execution; a failed guard counts a miss and runs the generic
//! behaviour, and after `MISS_BUDGET` misses the instruction is rewritten back
//! to its generic form ([`miss`]). Every decision is counted for
//! `-X specstats` ([`stats_table`]).

use std::rc::Rc;
use taipan_compiler::opcode::Opcode;
use taipan_object::code::{code_flags, CacheEntry, CodeObject, MISS_BUDGET};
use taipan_object::function::Function;
use taipan_object::iter::IterData;
use taipan_object::typeobj::{flags, tdata, CompareOp};
use taipan_object::{ObjRef, Payload, SpecStats, Value, Vm};

/// What a specialisation attempt produced: the specialised opcode (the cache
/// is already filled) or why the operands do not fit any specialised form.
pub type Outcome = Result<Opcode, &'static str>;

/// Longest wait between two specialisation attempts: 2^12 executions.
const MAX_BACKOFF: u8 = 12;

/// A generic instruction at `at` is about to run: whether its counter has run
/// out (time to try specialising); counts it down otherwise.
#[inline(always)]
pub fn due(code: &CodeObject, at: usize) -> bool {
    let c = &code.caches[at];
    let n = c.counter.get();
    if n == 0 {
        return true;
    }
    c.counter.set(n - 1);
    false
}

/// Apply a specialisation attempt of the generic instruction `base` at `at`.
/// Returns true when the instruction was rewritten (the caller re-executes it).
pub fn install(vm: &mut Vm, code: &CodeObject, at: usize, base: Opcode, outcome: Outcome) -> bool {
    let c = &code.caches[at];
    match outcome {
        Ok(op) => {
            code.instructions.set_op(at, op);
            c.counter.set(MISS_BUDGET);
            c.backoff.set(0);
            if let Some(s) = vm.specstats.as_deref_mut() {
                s.specialized[op as usize] += 1;
            }
            true
        }
        Err(reason) => {
            back_off(code, at);
            if let Some(s) = vm.specstats.as_deref_mut() {
                s.failure(base as u8, reason);
            }
            false
        }
    }
}

fn back_off(code: &CodeObject, at: usize) {
    let c = &code.caches[at];
    let b = (c.backoff.get() + 1).min(MAX_BACKOFF);
    c.backoff.set(b);
    c.counter.set((1u16 << b) - 1);
    c.forget_versions();
    let old = c.entry.replace(CacheEntry::Empty);
    drop(old);
}

/// The guard of the specialised instruction `op` at `at` failed: count the
/// miss and, when the instruction has missed too often, rewrite it back to its
/// generic form. The caller then runs the generic behaviour.
#[cold]
#[inline(never)]
pub fn miss(vm: &mut Vm, code: &CodeObject, at: usize, op: Opcode) {
    let c = &code.caches[at];
    let n = c.counter.get();
    let deopt = n == 0;
    if deopt {
        code.instructions.set_op(at, op.base());
        back_off(code, at);
    } else {
        c.counter.set(n - 1);
    }
    if let Some(s) = vm.specstats.as_deref_mut() {
        s.misses[op as usize] += 1;
        if deopt {
            s.deopts[op as usize] += 1;
        }
    }
}

/// Count a hit of a specialised instruction (only with `-X specstats`).
#[inline(always)]
pub fn hit(vm: &mut Vm, op: Opcode) {
    if let Some(s) = vm.specstats.as_deref_mut() {
        s.hits[op as usize] += 1;
    }
}

fn fill(code: &CodeObject, at: usize, entry: CacheEntry) {
    code.caches[at].forget_versions();
    let old = code.caches[at].entry.replace(entry);
    drop(old);
}

/// Fill an attribute site's cache: the type version it holds for and
/// the position (dict entry, slot or shared-key index) of the name.
fn fill_attr(code: &CodeObject, at: usize, type_version: u32, index: usize) {
    let index = index as u32;
    fill(
        code,
        at,
        CacheEntry::Attr {
            type_version,
            index,
        },
    );
}

/// Whether `o`'s type is exactly `t` (not a subclass).
#[inline]
pub fn exact(o: &ObjRef, t: &ObjRef) -> bool {
    o.ty.as_ref().is_some_and(|ty| Rc::ptr_eq(ty, t))
}

/// Whether the dict entry at `index` has the key `name` (an interned str;
/// the same object in the common case, an equal string otherwise).
#[inline(always)]
pub fn entry_is(d: &taipan_object::dict::Dict, index: usize, name: &ObjRef) -> Option<Value> {
    let e = d.entry(index)?;
    match &e.key {
        Value::Obj(k) if Rc::ptr_eq(k, name) => Some(e.value.clone()),
        Value::Obj(k) => {
            let (a, b) = (k.as_str()?, name.as_str()?);
            (a.hash() == b.hash() && a.as_str() == b.as_str()).then(|| e.value.clone())
        }
        _ => None,
    }
}

/// Position of `name` in a dict, if present.
pub fn position_of(d: &taipan_object::dict::Dict, name: &ObjRef) -> Option<usize> {
    let n = name.as_str()?;
    d.find(n.hash(), |k| match k {
        Value::Obj(k) => {
            Rc::ptr_eq(k, name) || k.as_str().is_some_and(|s| s.as_str() == n.as_str())
        }
        _ => false,
    })
}

// ----- LOAD_GLOBAL -----

pub fn load_global(
    code: &CodeObject,
    at: usize,
    globals: &ObjRef,
    builtins: &ObjRef,
    name: &ObjRef,
) -> Outcome {
    let (Some(g), Some(b)) = (globals.as_dict(), builtins.as_dict()) else {
        return Err("globals or builtins not a dict");
    };
    let g = g.borrow();
    if let Some(i) = position_of(&g, name) {
        fill(
            code,
            at,
            CacheEntry::Global {
                globals_version: g.version,
                index: i as u32,
            },
        );
        return Ok(Opcode::LoadGlobalModule);
    }
    let b = b.borrow();
    match position_of(&b, name) {
        Some(i) => {
            fill(
                code,
                at,
                CacheEntry::Global {
                    globals_version: g.version,
                    index: i as u32,
                },
            );
            Ok(Opcode::LoadGlobalBuiltin)
        }
        None => Err("name not defined"),
    }
}

// ----- LOAD_ATTR / STORE_ATTR -----

/// A LOAD_ATTR_METHOD_* site's guard failed for `owner`: if its type also
/// has a plain method under the name (generic attribute access, a method
/// descriptor found on the type, not shadowed by the instance dict),
/// remember that type's method beside the ones already seen, turning the
/// site into LOAD_ATTR_METHOD_POLY, and return the method: the caller goes
/// on as on a hit. A full table forgets its oldest type. None leaves the
/// miss to the caller.
pub fn add_method_target(
    vm: &mut Vm,
    code: &CodeObject,
    at: usize,
    op: Opcode,
    owner: &Value,
    name: &ObjRef,
) -> Option<Value> {
    use taipan_object::code::{PolyMethod, POLY_METHODS};
    let Value::Obj(o) = owner else { return None };
    let tp = o.ty.as_ref()?;
    if matches!(o.payload, Payload::Type(_)) {
        return None;
    }
    let td = tdata(tp);
    if !td
        .slots
        .getattro
        .get()
        .is_some_and(taipan_object::class::is_generic_getattro)
    {
        return None;
    }
    let method = taipan_object::typeobj::type_lookup(tp, taipan_object::attr::name_str(name))?;
    if !vm.type_data(&method).has_flag(flags::METHOD_DESCRIPTOR) {
        return None;
    }
    let with_dict = td.has_flag(flags::HAS_DICT);
    if with_dict && taipan_object::instance::has_own_attr(o, name) {
        return None;
    }
    let added = PolyMethod {
        type_version: td.version.get(),
        with_dict,
        method: method.clone(),
    };
    let mut entry = code.caches[at].entry.borrow_mut();
    match &mut *entry {
        CacheEntry::Methods(table) => {
            if table.len() == POLY_METHODS {
                table.remove(0);
            }
            table.push(added);
        }
        CacheEntry::TypeAttr {
            type_version,
            value,
        } if op != Opcode::LoadAttrMethodPoly => {
            let seen = PolyMethod {
                type_version: *type_version,
                with_dict: op == Opcode::LoadAttrMethodWithDict,
                method: value.clone(),
            };
            let old = std::mem::replace(&mut *entry, CacheEntry::Methods(vec![seen, added]));
            drop(entry);
            drop(old);
            code.instructions.set_op(at, Opcode::LoadAttrMethodPoly);
            if let Some(s) = vm.specstats.as_deref_mut() {
                s.specialized[Opcode::LoadAttrMethodPoly as usize] += 1;
            }
            return Some(method);
        }
        _ => return None,
    }
    Some(method)
}

pub fn load_attr(
    vm: &Vm,
    code: &CodeObject,
    at: usize,
    owner: &Value,
    name: &ObjRef,
    method: bool,
) -> Outcome {
    let Value::Obj(o) = owner else {
        return Err("inline value (int, float, bool, None)");
    };
    let Some(tp) = o.ty.as_ref() else {
        return Err("type object");
    };
    let td = tdata(tp);
    if Rc::ptr_eq(tp, &vm.types.module) {
        let Some(d) = o.dict.get().and_then(|d| d.as_dict()) else {
            return Err("module without dict");
        };
        if taipan_object::typeobj::type_lookup(tp, taipan_object::attr::name_str(name)).is_some() {
            return Err("module type attribute");
        }
        return match position_of(&d.borrow(), name) {
            Some(i) => {
                fill_attr(code, at, 0, i);
                Ok(Opcode::LoadAttrModule)
            }
            None => Err("module attribute missing"),
        };
    }
    if let Payload::Type(cls) = &o.payload {
        return class_attr(vm, code, at, tp, cls, name);
    }
    if !td
        .slots
        .getattro
        .get()
        .is_some_and(taipan_object::class::is_generic_getattro)
    {
        return Err("__getattribute__ or __getattr__ overridden");
    }
    let type_version = td.version.get();
    let descr = taipan_object::typeobj::type_lookup(tp, taipan_object::attr::name_str(name));
    if method {
        let Some(d) = descr else {
            return Err("method form: instance attribute");
        };
        if !vm.type_data(&d).has_flag(flags::METHOD_DESCRIPTOR) {
            return Err("method form: not a method");
        }
        fill(
            code,
            at,
            CacheEntry::TypeAttr {
                type_version,
                value: d,
            },
        );
        return Ok(if td.has_flag(flags::HAS_DICT) {
            Opcode::LoadAttrMethodWithDict
        } else {
            Opcode::LoadAttrMethodNoDict
        });
    }
    match descr {
        None => {
            if let Some(data) = taipan_object::instance::inline_storage(o) {
                let n = taipan_object::attr::name_str(name);
                let Some(i) = td.shared_key_index(n) else {
                    return Err("attribute missing");
                };
                if taipan_object::instance::value_at(data, i).is_none() {
                    return Err("attribute missing");
                }
                fill_attr(code, at, type_version, i);
                return Ok(Opcode::LoadAttrInstanceValue);
            }
            let Some(d) = o.dict.get().and_then(|d| d.as_dict()) else {
                return Err("no instance dict");
            };
            match position_of(&d.borrow(), name) {
                Some(i) => {
                    fill_attr(code, at, type_version, i);
                    Ok(Opcode::LoadAttrWithHint)
                }
                None => Err("attribute missing"),
            }
        }
        Some(d) => {
            if let Some(Payload::Member(m)) = d.as_obj().map(|o| &o.payload) {
                if !matches!(o.payload, Payload::Instance(_)) {
                    return Err("slot of a non-instance");
                }
                fill_attr(code, at, type_version, m.index);
                return Ok(Opcode::LoadAttrSlot);
            }
            if let Some(Payload::Property(p)) = d.as_obj().map(|o| &o.payload) {
                if is_exact(d.as_obj(), &vm.types.property) && p.fget.as_obj().is_some() {
                    fill(
                        code,
                        at,
                        CacheEntry::TypeAttr {
                            type_version,
                            value: p.fget.clone(),
                        },
                    );
                    return Ok(Opcode::LoadAttrProperty);
                }
            }
            if let Some(Payload::GetSet(..)) = d.as_obj().map(|o| &o.payload) {
                if is_exact(d.as_obj(), &vm.types.getset_descriptor) {
                    fill(
                        code,
                        at,
                        CacheEntry::TypeAttr {
                            type_version,
                            value: d,
                        },
                    );
                    return Ok(Opcode::LoadAttrGetset);
                }
            }
            let dt = vm.type_data(&d);
            if dt.slots.descr_get.get().is_some() {
                return Err(match d.as_obj().map(|o| &o.payload) {
                    Some(Payload::Property(_)) => "property",
                    Some(Payload::Function(_)) => "function read as an attribute (bound method)",
                    Some(Payload::ClassMethod(_)) => "classmethod",
                    Some(Payload::StaticMethod(_)) => "staticmethod",
                    Some(Payload::GetSet(..)) => "getset descriptor of a builtin type",
                    _ => "other descriptor",
                });
            }
            fill(
                code,
                at,
                CacheEntry::DataAttr {
                    type_version,
                    data_version: td.data_version.get(),
                    value: d,
                },
            );
            Ok(Opcode::LoadAttrNondescriptor)
        }
    }
}

fn is_exact(o: Option<&ObjRef>, t: &ObjRef) -> bool {
    o.is_some_and(|o| exact(o, t))
}

/// LOAD_ATTR_CLASS: `Class.name` where the metaclass has nothing under the
/// name (so no metaclass descriptor intervenes) and the class has a plain
/// value, a function or a staticmethod (whose class access gives the same
/// object every time).
fn class_attr(
    vm: &Vm,
    code: &CodeObject,
    at: usize,
    meta: &ObjRef,
    cls: &taipan_object::TypeObject,
    name: &ObjRef,
) -> Outcome {
    let mt = tdata(meta);
    if !mt
        .slots
        .getattro
        .get()
        .is_some_and(taipan_object::class::is_type_getattro)
    {
        return Err("class: metaclass __getattribute__ overridden");
    }
    let n = taipan_object::attr::name_str(name);
    if taipan_object::typeobj::type_lookup(meta, n).is_some() {
        return Err("class: name defined on the metaclass");
    }
    let mut found = cls.dict.borrow().get_str(n.hash(), n.as_str()).cloned();
    if found.is_none() {
        for base in cls.mro.borrow().iter() {
            if let Some(v) = tdata(base).dict.borrow().get_str(n.hash(), n.as_str()) {
                found = Some(v.clone());
                break;
            }
        }
    }
    let Some(v) = found else {
        return Err("class: attribute missing");
    };
    let value = match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Function(_)) if is_exact(v.as_obj(), &vm.types.function) => v.clone(),
        Some(Payload::StaticMethod(f)) if is_exact(v.as_obj(), &vm.types.staticmethod) => f.clone(),
        _ if vm.type_data(&v).slots.descr_get.get().is_none() => v.clone(),
        _ => return Err("class: descriptor (classmethod, property, ...)"),
    };
    fill(
        code,
        at,
        CacheEntry::ClassAttr {
            type_version: cls.version.get(),
            data_version: cls.data_version.get(),
            meta_version: mt.version.get(),
            value,
        },
    );
    Ok(Opcode::LoadAttrClass)
}

pub fn store_attr(vm: &Vm, code: &CodeObject, at: usize, owner: &Value, name: &ObjRef) -> Outcome {
    let Value::Obj(o) = owner else {
        return Err("inline value");
    };
    let Some(tp) = o.ty.as_ref() else {
        return Err("type object");
    };
    if matches!(o.payload, Payload::Type(_)) || Rc::ptr_eq(tp, &vm.types.module) {
        return Err("attribute of a class or module");
    }
    let td = tdata(tp);
    if !td
        .slots
        .setattro
        .get()
        .is_some_and(taipan_object::class::is_generic_setattro)
    {
        return Err("__setattr__ overridden");
    }
    let type_version = td.version.get();
    match taipan_object::typeobj::type_lookup(tp, taipan_object::attr::name_str(name)) {
        None => {
            if !td.has_flag(flags::HAS_DICT) {
                return Err("no instance dict");
            }
            if taipan_object::instance::inline_storage(o).is_some() {
                // The key is added now if new: the store about to run puts
                // it past the instance's last one (CPython 3.11 also
                // inserts it into the shared keys when specialising).
                let Some(i) = td.shared_key_or_add(name) else {
                    return Err("shared keys full");
                };
                fill_attr(code, at, type_version, i);
                return Ok(Opcode::StoreAttrInstanceValue);
            }
            let index = o.dict.get().and_then(|d| d.as_dict()).map_or(0, |d| {
                let d = d.borrow();
                position_of(&d, name).unwrap_or(d.capacity_positions())
            });
            fill_attr(code, at, type_version, index);
            Ok(Opcode::StoreAttrWithHint)
        }
        Some(d) => match d.as_obj().map(|o| &o.payload) {
            Some(Payload::Member(m)) if matches!(o.payload, Payload::Instance(_)) => {
                fill_attr(code, at, type_version, m.index);
                Ok(Opcode::StoreAttrSlot)
            }
            Some(Payload::Property(_)) => Err("property"),
            _ => Err("descriptor or class attribute"),
        },
    }
}

// ----- CALL -----

/// Specialise a CALL of `nargs` arguments (no keyword names) from the operands
/// on the value stack.
pub fn call(vm: &Vm, code: &CodeObject, at: usize, nargs: usize) -> Outcome {
    let len = vm.stack.len();
    let a = len - nargs - 2;
    let (callable, total) = if vm.stack[a].is_null() {
        (&vm.stack[a + 1], nargs)
    } else {
        (&vm.stack[a], nargs + 1)
    };
    let Value::Obj(o) = callable else {
        return Err("not callable object");
    };
    match &o.payload {
        Payload::Function(f) if exact(o, &vm.types.function) => python_call(f, total, false),
        Payload::BoundMethod(bm) if vm.stack[a].is_null() => match &bm.0 {
            Value::Obj(fo) if exact(fo, &vm.types.function) => match &fo.payload {
                Payload::Function(f) => python_call(f, total + 1, true),
                _ => Err("bound method of a non-function"),
            },
            _ => Err("bound method of a non-function"),
        },
        Payload::BuiltinFunction(b) => {
            use taipan_object::function::NativeFn;
            let builtin = b.module.as_deref() == Some("builtins");
            if builtin && b.def.name == "len" && total == 1 {
                fill(
                    code,
                    at,
                    CacheEntry::Callable {
                        callable: callable.clone(),
                    },
                );
                return Ok(Opcode::CallNoKwLen);
            }
            if builtin && b.def.name == "isinstance" && total == 2 {
                fill(
                    code,
                    at,
                    CacheEntry::Callable {
                        callable: callable.clone(),
                    },
                );
                return Ok(Opcode::CallNoKwIsinstance);
            }
            match b.def.func {
                NativeFn::O(_) if total == 1 => Ok(Opcode::CallBuiltinO),
                NativeFn::FastCall(_) => Ok(Opcode::CallBuiltinFast),
                _ => Err("builtin: other convention or arity"),
            }
        }
        Payload::MethodDescriptor(md) if !md.is_class && total >= 1 => {
            use taipan_object::function::NativeFn;
            if Rc::ptr_eq(&md.owner, &vm.types.list) && md.def.name == "append" && total == 2 {
                fill(
                    code,
                    at,
                    CacheEntry::Callable {
                        callable: callable.clone(),
                    },
                );
                return Ok(Opcode::CallNoKwListAppend);
            }
            match md.def.func {
                NativeFn::O(_) if total == 2 => Ok(Opcode::CallNoKwMethodDescriptorO),
                NativeFn::NoArgs(_) if total == 1 => Ok(Opcode::CallNoKwMethodDescriptorNoargs),
                NativeFn::FastCall(_) => Ok(Opcode::CallNoKwMethodDescriptorFast),
                _ => Err("method descriptor: other convention or arity"),
            }
        }
        Payload::Type(td) if vm.stack[a].is_null() => {
            match crate::eval::python_init_of(vm, callable) {
                Some(init) => {
                    fill(
                        code,
                        at,
                        CacheEntry::Init {
                            type_version: td.version.get(),
                            init,
                        },
                    );
                    Ok(Opcode::CallAllocAndEnterInit)
                }
                None => Err("class without a plain Python __init__"),
            }
        }
        _ if vm.stack[a].is_null() => instance_call(vm, code, at, o, total),
        _ => Err("other callable"),
    }
}

/// CALL_PY_INSTANCE: `o(args)` where `o`'s class runs a `__call__` that is a
/// plain Python function taking `o` and the arguments (defaults may fill
/// the tail).
fn instance_call(vm: &Vm, code: &CodeObject, at: usize, o: &ObjRef, total: usize) -> Outcome {
    let Some(tp) = o.ty.as_ref() else {
        return Err("other callable");
    };
    let td = tdata(tp);
    if !td
        .slots
        .call
        .get()
        .is_some_and(taipan_object::slotdefs::is_python_call)
    {
        return Err("other callable");
    }
    let Some(method) =
        taipan_object::typeobj::type_lookup_dunder(tp, &taipan_object::typeobj::CALL_DUNDER)
    else {
        return Err("instance: __call__ missing");
    };
    let Some((_, f)) = exact_function(vm, &method) else {
        return Err("instance: __call__ not a plain function");
    };
    let c = f.code.borrow();
    let given = total + 1;
    let argcount = c.argcount as usize;
    if c.kwonlyargcount != 0
        || c.flags & code_flags::NOT_PLAIN != 0
        || given > argcount
        || given + crate::eval::ndefaults(f) < argcount
    {
        return Err("instance: __call__ with other parameters");
    }
    drop(c);
    fill(
        code,
        at,
        CacheEntry::TypeAttr {
            type_version: td.version.get(),
            value: method,
        },
    );
    Ok(Opcode::CallPyInstance)
}

fn python_call(f: &taipan_object::function::Function, total: usize, bound: bool) -> Outcome {
    let code = f.code.borrow();
    if code.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) != 0 || code.kwonlyargcount != 0
    {
        return Err("function with *args, **kwargs or keyword-only parameters");
    }
    let argcount = code.argcount as usize;
    if total == argcount {
        return Ok(if bound {
            Opcode::CallBoundMethodExactArgs
        } else {
            Opcode::CallPyExactArgs
        });
    }
    let ndefaults = f
        .defaults
        .borrow()
        .as_obj()
        .and_then(|o| o.as_tuple())
        .map_or(0, |t| t.len());
    if !bound && total < argcount && total + ndefaults >= argcount {
        return Ok(Opcode::CallPyWithDefaults);
    }
    Err("function: argument count differs from parameters")
}

/// A value of exactly the `function` type (not a subclass), with its payload.
#[inline(always)]
pub fn exact_function<'a>(vm: &Vm, v: &'a Value) -> Option<(&'a ObjRef, &'a Function)> {
    let Value::Obj(o) = v else {
        return None;
    };
    let Payload::Function(f) = &o.payload else {
        return None;
    };
    exact(o, &vm.types.function).then_some((o, f))
}

/// The guard of CALL_PY_EXACT_ARGS / CALL_BOUND_METHOD_EXACT_ARGS: a plain
/// function whose positional parameters take exactly `given` arguments.
#[inline]
pub fn is_exact_args_function(vm: &Vm, callable: &Value, given: usize) -> bool {
    let Some((_, f)) = exact_function(vm, callable) else {
        return false;
    };
    let code = f.code.borrow();
    code.argcount as usize == given
        && code.kwonlyargcount == 0
        && code.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) == 0
}

// ----- operators -----

pub fn binary_op(
    vm: &Vm,
    code: &CodeObject,
    at: usize,
    lhs: &Value,
    rhs: &Value,
    arg: u32,
) -> Outcome {
    let op = arg % 13;
    match (lhs, rhs) {
        (Value::Int(_), Value::Int(_)) => match op {
            0 => Ok(Opcode::BinaryOpAddInt),
            10 => Ok(Opcode::BinaryOpSubtractInt),
            5 => Ok(Opcode::BinaryOpMultiplyInt),
            _ => Err("int: other operator"),
        },
        (Value::Float(_), Value::Float(_)) => match op {
            0 => Ok(Opcode::BinaryOpAddFloat),
            10 => Ok(Opcode::BinaryOpSubtractFloat),
            5 => Ok(Opcode::BinaryOpMultiplyFloat),
            _ => Err("float: other operator"),
        },
        (Value::Obj(a), Value::Obj(b))
            if op == 0 && exact(a, &vm.types.str) && exact(b, &vm.types.str) =>
        {
            Ok(Opcode::BinaryOpAddUnicode)
        }
        (Value::Int(_), Value::Float(_)) | (Value::Float(_), Value::Int(_)) => {
            Err("mixed int and float")
        }
        (Value::Obj(a), b) => binary_op_py(vm, code, at, a, b, arg),
        _ => Err("other operand types"),
    }
}

/// BINARY_OP_PY: a left operand whose class's slot for the operator runs a
/// Python method (`SLOT1BINFULL`) that is a plain function of two
/// parameters, and a right operand of the same class or of one whose slot
/// is not that dispatcher (an int, a float, ...). CPython's `binary_op1`
/// then calls that method first, so running its frame first is exactly the
/// general protocol (`Vm::binary_op_rest` finishes it on NotImplemented).
/// `**` (a ternary slot) and in-place operators of classes with an
/// in-place method stay generic.
fn binary_op_py(vm: &Vm, code: &CodeObject, at: usize, a: &ObjRef, b: &Value, arg: u32) -> Outcome {
    let Some(ta) = a.ty.as_ref() else {
        return Err("other operand types");
    };
    let Some(op) = taipan_object::BinOp::from_index((arg % 13) as usize) else {
        return Err("other operand types");
    };
    if !rhs_defers_to_lhs(vm, b, ta, op) {
        return Err("other operand types");
    }
    if op == taipan_object::BinOp::Pow {
        return Err("** of instances");
    }
    let td = tdata(ta);
    if arg >= 13 && td.slots.inplace[op as usize].get().is_some() {
        return Err("in-place method");
    }
    if !td.slots.binary[op as usize]
        .get()
        .is_some_and(|f| taipan_object::slotdefs::is_python_binary(f, op))
    {
        return Err("other operand types");
    }
    let [name, _, _] = op.dunder_keys();
    let method = taipan_object::typeobj::type_lookup_dunder(ta, name);
    cache_operator_method(vm, code, at, td, method, Opcode::BinaryOpPy)
}

/// For BINARY_OP_PY: whether `binary_op1` calls the slot of the left
/// operand's class `lhs_type` first, because the right operand `rhs` is of
/// that class or of one whose slot for `op` is not the Python dispatcher
/// (a Python subclass overriding the reflected method would go first).
#[inline]
pub fn rhs_defers_to_lhs(
    vm: &Vm,
    rhs: &Value,
    lhs_type: &ObjRef,
    op: taipan_object::BinOp,
) -> bool {
    let tb = vm.type_of(rhs);
    Rc::ptr_eq(tb, lhs_type)
        || !tdata(tb).slots.binary[op as usize]
            .get()
            .is_some_and(|f| taipan_object::slotdefs::is_python_binary(f, op))
}

pub fn compare_op(
    vm: &Vm,
    code: &CodeObject,
    at: usize,
    lhs: &Value,
    rhs: &Value,
    op: CompareOp,
) -> Outcome {
    match (lhs, rhs) {
        (Value::Int(_), Value::Int(_)) => Ok(Opcode::CompareOpInt),
        (Value::Float(_), Value::Float(_)) => Ok(Opcode::CompareOpFloat),
        (Value::Obj(a), Value::Obj(b)) if exact(a, &vm.types.str) && exact(b, &vm.types.str) => {
            Ok(Opcode::CompareOpStr)
        }
        (Value::Obj(a), Value::Obj(b)) => compare_op_py(vm, code, at, a, b, op),
        _ => Err("other operand types"),
    }
}

/// COMPARE_OP_PY: both operands of one class, whose comparison goes to a
/// Python method (`slot_tp_richcompare`) that is a plain function of two
/// parameters. With one class, CPython's `do_richcompare` starts with that
/// method, so running its frame first is exactly the general protocol.
fn compare_op_py(
    vm: &Vm,
    code: &CodeObject,
    at: usize,
    a: &ObjRef,
    b: &ObjRef,
    op: CompareOp,
) -> Outcome {
    let (Some(ta), Some(tb)) = (a.ty.as_ref(), b.ty.as_ref()) else {
        return Err("other operand types");
    };
    if !Rc::ptr_eq(ta, tb) {
        return Err("other operand types");
    }
    let td = tdata(ta);
    if !td
        .slots
        .richcompare
        .get()
        .is_some_and(taipan_object::slotdefs::is_python_richcompare)
    {
        return Err("other operand types");
    }
    let method = taipan_object::typeobj::type_lookup_dunder(ta, op.dunder_key());
    cache_operator_method(vm, code, at, td, method, Opcode::CompareOpPy)
}

/// The shared end of COMPARE_OP_PY and BINARY_OP_PY: the operator's
/// `method`, found on the class `td` describes, must be a plain Python
/// function of two parameters; the site then caches it under the class's
/// version.
fn cache_operator_method(
    vm: &Vm,
    code: &CodeObject,
    at: usize,
    td: &taipan_object::typeobj::TypeObject,
    method: Option<Value>,
    specialised: Opcode,
) -> Outcome {
    let Some(method) = method else {
        return Err("operator method missing");
    };
    let Some((_, f)) = exact_function(vm, &method) else {
        return Err("operator method not a plain function");
    };
    let c = f.code.borrow();
    if c.argcount != 2 || c.kwonlyargcount != 0 || c.flags & code_flags::NOT_PLAIN != 0 {
        return Err("operator method not a plain function");
    }
    drop(c);
    fill(
        code,
        at,
        CacheEntry::TypeAttr {
            type_version: td.version.get(),
            value: method,
        },
    );
    Ok(specialised)
}

pub fn binary_subscr(vm: &Vm, container: &Value, key: &Value) -> Outcome {
    let Value::Obj(o) = container else {
        return Err("inline container");
    };
    match (&o.payload, key) {
        (Payload::List(_), Value::Int(_)) if exact(o, &vm.types.list) => {
            Ok(Opcode::BinarySubscrListInt)
        }
        (Payload::Tuple(_), Value::Int(_)) if exact(o, &vm.types.tuple) => {
            Ok(Opcode::BinarySubscrTupleInt)
        }
        (Payload::Dict(_), _) if exact(o, &vm.types.dict) => Ok(Opcode::BinarySubscrDict),
        _ => Err("other container or key"),
    }
}

pub fn store_subscr(vm: &Vm, container: &Value, key: &Value) -> Outcome {
    let Value::Obj(o) = container else {
        return Err("inline container");
    };
    match (&o.payload, key) {
        (Payload::List(_), Value::Int(_)) if exact(o, &vm.types.list) => {
            Ok(Opcode::StoreSubscrListInt)
        }
        (Payload::Dict(_), _) if exact(o, &vm.types.dict) => Ok(Opcode::StoreSubscrDict),
        _ => Err("other container or key"),
    }
}

// ----- iteration and unpacking -----

pub fn for_iter(vm: &Vm, it: &Value) -> Outcome {
    let Value::Obj(o) = it else {
        return Err("inline iterator");
    };
    match &o.payload {
        Payload::Iter(IterData::Range { .. }) => Ok(Opcode::ForIterRange),
        Payload::Iter(IterData::Seq { .. }) if exact(o, &vm.types.list_iterator) => {
            Ok(Opcode::ForIterList)
        }
        Payload::Iter(IterData::Seq { .. }) if exact(o, &vm.types.tuple_iterator) => {
            Ok(Opcode::ForIterTuple)
        }
        Payload::Iter(IterData::Str { .. }) if exact(o, &vm.types.str_iterator) => {
            Ok(Opcode::ForIterStr)
        }
        Payload::Generator(_) if exact(o, &vm.types.generator) => Ok(Opcode::ForIterGen),
        Payload::Generator(_) => Err("generator subclass"),
        _ => Err("other iterator"),
    }
}

pub fn unpack_sequence(vm: &Vm, seq: &Value, n: usize) -> Outcome {
    let Value::Obj(o) = seq else {
        return Err("inline value");
    };
    match &o.payload {
        Payload::Tuple(t) if exact(o, &vm.types.tuple) && t.len() == n => Ok(if n == 2 {
            Opcode::UnpackSequenceTwoTuple
        } else {
            Opcode::UnpackSequenceTuple
        }),
        Payload::List(l) if exact(o, &vm.types.list) && l.borrow().len() == n => {
            Ok(Opcode::UnpackSequenceList)
        }
        _ => Err("other sequence or wrong length"),
    }
}

// ----- -X specstats -----

/// The table `-X specstats` prints: per family, how often instructions were
/// specialised, failed to specialise, and how their specialised forms fared;
/// then each specialised instruction; then why specialisation failed.
pub fn stats_table(s: &SpecStats) -> String {
    let mut out = String::from("specialisation statistics (-X specstats)\n");
    out.push_str(&format!(
        "{:<36} {:>10} {:>10} {:>12} {:>10} {:>8}\n",
        "family / instruction", "specialised", "failed", "hits", "misses", "deopts"
    ));
    let families: Vec<Opcode> = Opcode::ALL
        .iter()
        .copied()
        .filter(|op| {
            !op.is_specialized()
                && Opcode::ALL
                    .iter()
                    .any(|s| s.is_specialized() && s.base() == *op)
        })
        .collect();
    for fam in families {
        let members: Vec<Opcode> = Opcode::ALL
            .iter()
            .copied()
            .filter(|s| s.is_specialized() && s.base() == fam)
            .collect();
        let sum = |a: &[u64; 256]| members.iter().map(|m| a[*m as usize]).sum::<u64>();
        let failed: u64 = s
            .failures
            .iter()
            .filter(|f| f.0 == fam as u8)
            .map(|f| f.2)
            .sum();
        out.push_str(&format!(
            "{:<36} {:>10} {:>10} {:>12} {:>10} {:>8}\n",
            fam.name(),
            sum(&s.specialized),
            failed,
            sum(&s.hits),
            sum(&s.misses),
            sum(&s.deopts)
        ));
        for m in members {
            let i = m as usize;
            if s.specialized[i] + s.hits[i] + s.misses[i] == 0 {
                continue;
            }
            out.push_str(&format!(
                "  {:<34} {:>10} {:>10} {:>12} {:>10} {:>8}\n",
                m.name(),
                s.specialized[i],
                "",
                s.hits[i],
                s.misses[i],
                s.deopts[i]
            ));
        }
    }
    if !s.failures.is_empty() {
        out.push_str("why instructions stayed generic (attempts):\n");
        let mut failures = s.failures.clone();
        failures.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
        for (op, reason, n) in failures {
            let name = Opcode::from_u8(op).map_or("?", |o| o.name());
            out.push_str(&format!("  {:<20} {:<52} {:>10}\n", name, reason, n));
        }
    }
    out
}
