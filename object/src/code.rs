//! Code objects: compiled bytecode with its constants, names and tables (`PyCodeObject`).

use crate::object::ObjRef;
use crate::value::Value;
use std::cell::{Cell, RefCell};

/// One instruction: an opcode (see `crate::opcode::Opcode`) and its argument.
/// The opcode is typed, so no invalid byte can reach the eval loop's
/// dispatch and it needs no decoding step. Stored in cells: the eval loop rewrites the opcode in place
/// when it specialises an instruction or deoptimises it.
///
/// `repr(C, align(8))` so a unit is one 8-byte word: the eval loop loads it
/// whole (two narrow loads of a padded struct spill badly and stall store
/// forwarding when reloaded wider).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C, align(8))]
pub struct CodeUnit {
    pub op: crate::opcode::Opcode,
    pub arg: u32,
}

/// The instruction stream of a code object and its exception table,
/// checked when built (`Instructions::new`) so that the eval loop can fetch
/// the instruction at `ip` without a bounds check. CPython trusts its
/// compiler for this; Taipan checks, since embedders can build code objects
/// too.
///
/// The invariant: every jump argument (`Opcode::is_jump`) and every handler
/// target is an index of the stream, and the last instruction never falls
/// through (`Opcode::is_terminator`). So whatever the loop fetches next (the
/// following instruction after one that falls through, a jump's target, a
/// handler) is an index as well, provided it started at one. Units change
/// only through `set_op`, which keeps an instruction's family
/// (`Opcode::base`), and with it whether and where it jumps.
pub struct Instructions {
    units: Box<[Cell<CodeUnit>]>,
    exception_table: Box<[ExceptionTableEntry]>,
}

impl Instructions {
    /// Check `units` and `exception_table` against the invariant above.
    pub fn new(
        units: Vec<CodeUnit>,
        exception_table: Vec<ExceptionTableEntry>,
    ) -> Result<Instructions, String> {
        let n = units.len();
        match units.last() {
            None => return Err("empty instruction stream".into()),
            Some(u) if !u.op.is_terminator() => {
                return Err(format!("last instruction {} falls through", u.op.name()))
            }
            Some(_) => {}
        }
        if let Some((i, u)) = units
            .iter()
            .enumerate()
            .find(|(_, u)| u.op.is_jump() && u.arg as usize >= n)
        {
            return Err(format!("{} at {i} jumps to {} of {n}", u.op.name(), u.arg));
        }
        if let Some(e) = exception_table.iter().find(|e| e.target as usize >= n) {
            return Err(format!("handler target {} of {n}", e.target));
        }
        Ok(Instructions {
            units: units.into_iter().map(Cell::new).collect(),
            exception_table: exception_table.into_boxed_slice(),
        })
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.units.len()
    }
    /// Never true: a checked stream has at least its terminator.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }
    #[inline]
    pub fn get(&self, i: usize) -> Option<CodeUnit> {
        self.units.get(i).map(Cell::get)
    }
    /// The instruction at `i`, unchecked: the eval loop's fetch.
    ///
    /// # Safety
    /// `i < self.len()`. The invariant above keeps every `ip` the eval loop
    /// reaches from a checked start inside the stream.
    #[inline(always)]
    pub unsafe fn get_unchecked(&self, i: usize) -> CodeUnit {
        debug_assert!(i < self.units.len());
        // SAFETY: the caller guarantees `i < len`.
        unsafe { self.units.get_unchecked(i) }.get()
    }
    pub fn iter(&self) -> impl Iterator<Item = CodeUnit> + '_ {
        self.units.iter().map(Cell::get)
    }
    /// Rewrite the opcode at `i` to `op` of the same family (specialising,
    /// deoptimising, quickening); anything else is ignored, since it could
    /// break the invariant.
    #[inline]
    pub fn set_op(&self, i: usize, op: crate::opcode::Opcode) {
        if let Some(cell) = self.units.get(i) {
            let mut unit = cell.get();
            debug_assert_eq!(unit.op.base(), op.base(), "set_op changes the family");
            if unit.op.base() == op.base() {
                unit.op = op;
                cell.set(unit);
            }
        }
    }
    pub fn exception_table(&self) -> &[ExceptionTableEntry] {
        &self.exception_table
    }
}

/// An entry of the exception table: instructions `start..end` jump to `target`
/// on an exception, after popping the value stack down to `depth` (and pushing
/// the offset of the raising instruction first when `lasti`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// `co_flags` bits, with CPython's values.
pub mod code_flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    /// Code whose frame takes more than its positional arguments as the
    /// first locals (`*args`, `**kwargs`) or is not run on call (generators,
    /// coroutines): the fast call paths leave these to the general binder.
    pub const NOT_PLAIN: u32 = VARARGS | VARKEYWORDS | GENERATOR | COROUTINE;
}

pub struct CodeObject {
    pub name: ObjRef,
    pub qualname: ObjRef,
    pub filename: ObjRef,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// Local variable names (parameters first), as interned str objects.
    pub varnames: Vec<ObjRef>,
    pub cellvars: Vec<ObjRef>,
    pub freevars: Vec<ObjRef>,
    /// For each cell variable, the parameter it is initialised from.
    pub cell2arg: Vec<Option<u32>>,
    /// Global and attribute names used by the bytecode.
    pub names: Vec<ObjRef>,
    pub consts: Vec<Value>,
    /// The bytecode and its exception table (checked: see `Instructions`).
    pub instructions: Instructions,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    pub stacksize: u32,
    pub docstring: Option<Value>,
    /// Inline caches, one per instruction: the adaptive counter and what the
    /// instruction's specialised form remembers.
    pub caches: Box<[InlineCache]>,
    /// Frame starts and backward jumps left before the superinstructions are
    /// put in (`CodeObject::quicken`, CPython 3.11's `co_warmup` and
    /// `_PyCode_Quicken`); 0 once they are.
    pub warmup: Cell<u8>,
}

/// Executions of a generic instruction before its first specialisation attempt.
pub const WARMUP: u16 = 1;
/// Frame starts and backward jumps before a code object is quickened
/// (CPython 3.11's `QUICKENING_WARMUP_DELAY`).
pub const QUICKEN_WARMUP: u8 = 8;
/// Guard failures a specialised instruction tolerates before it is rewritten
/// back to its generic form (CPython's `ADAPTIVE_COOLDOWN_VALUE` is 52).
pub const MISS_BUDGET: u16 = 52;

/// The per-instruction state of the specialising interpreter (CPython keeps it
/// in cache entries after the instruction). For a generic instruction
/// `counter` counts executions down to the next specialisation attempt; for a
/// specialised one it counts guard failures down to deoptimisation.
pub struct InlineCache {
    pub counter: Cell<u16>,
    /// How many specialisation attempts of this instruction have failed in a
    /// row: the wait before the next one doubles each time.
    pub backoff: Cell<u8>,
    pub entry: RefCell<CacheEntry>,
    /// Type versions other than the entry's own for which the entry was
    /// found to hold as well (a site shared by sibling classes: the same
    /// method, or nothing under the name, on each). Type versions are never
    /// reused, so a remembered one stays right until the entry is replaced
    /// by a new specialisation, which forgets them (0: none).
    pub other_versions: [Cell<u32>; 2],
}

impl Default for InlineCache {
    fn default() -> InlineCache {
        InlineCache {
            counter: Cell::new(WARMUP),
            backoff: Cell::new(0),
            entry: RefCell::new(CacheEntry::Empty),
            other_versions: [Cell::new(0), Cell::new(0)],
        }
    }
}

impl InlineCache {
    /// Whether `version` is one of `other_versions`.
    #[inline(always)]
    pub fn holds_for(&self, version: u32) -> bool {
        version != 0
            && (self.other_versions[0].get() == version || self.other_versions[1].get() == version)
    }

    /// Remember `version` among `other_versions`, forgetting the older one.
    pub fn remember_version(&self, version: u32) {
        self.other_versions[1].set(self.other_versions[0].get());
        self.other_versions[0].set(version);
    }

    /// Forget `other_versions` (the entry is being replaced).
    pub fn forget_versions(&self) {
        self.other_versions[0].set(0);
        self.other_versions[1].set(0);
    }

    /// Read the entry without the `RefCell`'s bookkeeping: the specialised
    /// instructions read their entry on every execution, and the borrow
    /// flag's increment, overflow check and decrement cost more than the
    /// guard itself.
    #[inline(always)]
    fn peek<R>(&self, read: fn(&CacheEntry) -> Option<R>) -> Option<R> {
        // SAFETY: `try_borrow_unguarded` fails while the entry is mutably
        // borrowed. Nothing can borrow it mutably while `read` runs: `read`
        // is a plain function (no captures), given only the entry, and the
        // readers below only copy fields or clone a `Value` (a reference
        // count increment, which runs no code). No reference into the entry
        // outlives this call.
        let entry = unsafe { self.entry.try_borrow_unguarded() }.ok()?;
        read(entry)
    }

    /// `(type_version, index)` of an `Attr` entry.
    #[inline(always)]
    pub fn attr(&self) -> Option<(u32, usize)> {
        self.peek(|e| match e {
            CacheEntry::Attr {
                type_version,
                index,
            } => Some((*type_version, *index as usize)),
            _ => None,
        })
    }

    /// `(globals_version, index)` of a `Global` entry.
    #[inline(always)]
    pub fn global(&self) -> Option<(u64, usize)> {
        self.peek(|e| match e {
            CacheEntry::Global {
                globals_version,
                index,
            } => Some((*globals_version, *index as usize)),
            _ => None,
        })
    }

    /// `(type_version, value)` of a `TypeAttr` entry.
    #[inline(always)]
    pub fn type_attr(&self) -> Option<(u32, Value)> {
        self.peek(|e| match e {
            CacheEntry::TypeAttr {
                type_version,
                value,
            } => Some((*type_version, value.clone())),
            _ => None,
        })
    }

    /// A `Methods` entry's method for the receiver type with
    /// `type_version`, and whether that type's instances have a dict.
    #[inline(always)]
    pub fn method_for(&self, type_version: u32) -> Option<(Value, bool)> {
        // SAFETY: as in `peek`: nothing can borrow the entry mutably while
        // the table is scanned, since the scan only compares versions and
        // clones one `Value` (a reference count increment, which runs no
        // code), and no reference into the entry outlives this call.
        let entry = unsafe { self.entry.try_borrow_unguarded() }.ok()?;
        let CacheEntry::Methods(table) = entry else {
            return None;
        };
        table
            .iter()
            .find(|m| m.type_version == type_version)
            .map(|m| (m.method.clone(), m.with_dict))
    }

    /// The address of a `Callable` entry's object: its identity is the
    /// guard of CALL_NO_KW_LEN / _ISINSTANCE / _LIST_APPEND.
    #[inline(always)]
    pub fn callable_addr(&self) -> Option<usize> {
        self.peek(|e| match e {
            CacheEntry::Callable {
                callable: Value::Obj(o),
            } => Some(std::rc::Rc::as_ptr(o) as usize),
            _ => None,
        })
    }

    /// Fresh caches for `n` instructions.
    pub fn for_instructions(n: usize) -> Box<[InlineCache]> {
        (0..n).map(|_| InlineCache::default()).collect()
    }
}

/// What a specialised instruction's guard checks and what it reuses. Type and
/// dict versions are unique across all types and dicts and never reused, so a
/// matching version identifies the very object in the very same state.
#[derive(Default)]
pub enum CacheEntry {
    #[default]
    Empty,
    /// LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN: where the name sits in the
    /// globals (or builtins) dict's entries, and for the builtin form the
    /// globals dict's version when it was last seen without the name.
    Global { globals_version: u64, index: u32 },
    /// LOAD_ATTR_WITH_HINT / STORE_ATTR_WITH_HINT (position in the instance
    /// dict's entries), LOAD_ATTR_SLOT / STORE_ATTR_SLOT (slot index), for
    /// instances of the type with this version; LOAD_ATTR_MODULE (position in
    /// the module dict; the version is unused).
    Attr { type_version: u32, index: u32 },
    /// LOAD_ATTR_METHOD_*, _PROPERTY and _GETSET: the descriptor the type
    /// with this version has under the name.
    TypeAttr { type_version: u32, value: Value },
    /// LOAD_ATTR_NONDESCRIPTOR: the plain value the type with these versions
    /// has under the name (`data_version` moves when a plain class attribute
    /// is rebound, which leaves `type_version` alone).
    DataAttr {
        type_version: u32,
        data_version: u32,
        value: Value,
    },
    /// LOAD_ATTR_CLASS: what the class with these versions has under the
    /// name, while its metaclass (which might add a descriptor) keeps its
    /// version.
    ClassAttr {
        type_version: u32,
        data_version: u32,
        meta_version: u32,
        value: Value,
    },
    /// CALL_NO_KW_LEN / _ISINSTANCE / _LIST_APPEND: the callable the site was
    /// specialised for (the guard is identity).
    Callable { callable: Value },
    /// CALL_ALLOC_AND_ENTER_INIT: the class's version and its `__init__`.
    Init { type_version: u32, init: Value },
    /// LOAD_ATTR_METHOD_POLY: the method of each receiver type seen (at
    /// most `POLY_METHODS`, oldest replaced first).
    Methods(Vec<PolyMethod>),
}

/// How many receiver types a LOAD_ATTR_METHOD_POLY site remembers.
pub const POLY_METHODS: usize = 8;

/// One receiver type of a LOAD_ATTR_METHOD_POLY site.
#[derive(Clone)]
pub struct PolyMethod {
    /// The receiver type's version.
    pub type_version: u32,
    /// Whether the type's instances have a dict, which the guard checks
    /// does not shadow the method.
    pub with_dict: bool,
    pub method: Value,
}

impl CodeObject {
    /// Count a frame start or backward jump (CPython 3.11's `_PyCode_Warmup`,
    /// run by RESUME and JUMP_BACKWARD); the last one of the warm-up puts
    /// the superinstructions in.
    #[inline(always)]
    pub fn warm_up(&self) {
        if self.warmup.get() != 0 {
            self.warm_up_slow();
        }
    }

    #[cold]
    #[inline(never)]
    fn warm_up_slow(&self) {
        let left = self.warmup.get().saturating_sub(1);
        self.warmup.set(left);
        if left == 0 {
            self.quicken();
        }
    }

    /// Put in the superinstructions (CPython 3.11's `_PyCode_Quicken`): each
    /// LOAD_FAST, LOAD_CONST or STORE_FAST followed by one it pairs with
    /// becomes the pair's superinstruction, which runs both in one dispatch.
    /// The second instruction is left as it is (it may be a jump target, and
    /// may itself start a pair), so every path through the code means what
    /// it meant.
    pub fn quicken(&self) {
        use crate::opcode::Opcode;
        self.warmup.set(0);
        let units = &self.instructions;
        for at in 1..units.len() {
            let (Some(first), Some(second)) = (units.get(at - 1), units.get(at)) else {
                continue;
            };
            // `base()` reads a superinstruction put in just before as its
            // first half: CPython pairs by the original opcodes.
            let pair = match (first.op.base(), second.op.base()) {
                (Opcode::LoadFast, Opcode::LoadFast) => Opcode::LoadFastLoadFast,
                (Opcode::LoadFast, Opcode::LoadConst) => Opcode::LoadFastLoadConst,
                (Opcode::LoadConst, Opcode::LoadFast) => Opcode::LoadConstLoadFast,
                (Opcode::StoreFast, Opcode::LoadFast) => Opcode::StoreFastLoadFast,
                (Opcode::StoreFast, Opcode::StoreFast) => Opcode::StoreFastStoreFast,
                _ => continue,
            };
            units.set_op(at - 1, pair);
        }
    }

    #[inline]
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }
    /// Size of the fast-locals area: locals, then cells, then free variables.
    #[inline]
    pub fn nlocalsplus(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }
    pub fn is_generator(&self) -> bool {
        self.flags & code_flags::GENERATOR != 0
    }
    /// The handler for an exception raised at instruction `index`.
    pub fn handler_for(&self, index: u32) -> Option<&ExceptionTableEntry> {
        self.instructions
            .exception_table()
            .iter()
            .find(|e| e.start <= index && index < e.end)
    }
    pub fn line_of(&self, index: usize) -> u32 {
        self.lines.get(index).copied().unwrap_or(self.firstlineno)
    }
}

#[cfg(test)]
mod tests {
    //! The unguarded cache readers (runs under Miri:
    //! `cargo +nightly miri test -p taipan-object code`).
    use super::*;
    use crate::opcode::Opcode;

    fn unit(op: Opcode, arg: u32) -> CodeUnit {
        CodeUnit { op, arg }
    }

    #[test]
    fn instruction_streams_are_checked_when_built() {
        let ret = unit(Opcode::ReturnValue, 0);
        let ok = vec![
            unit(Opcode::LoadConst, 0),
            unit(Opcode::PopJumpIfFalse, 3),
            ret,
            ret,
        ];
        let code = Instructions::new(ok.clone(), Vec::new()).expect("valid stream");
        assert_eq!(code.len(), 4);
        // SAFETY: 3 < len.
        assert_eq!(unsafe { code.get_unchecked(3) }, ret);
        assert_eq!(code.get(4), None);
        // A jump past the end, a fall-through off the end, an empty stream,
        // a handler past the end: all refused.
        let mut far = ok.clone();
        far[1].arg = 4;
        assert!(Instructions::new(far, Vec::new()).is_err());
        assert!(Instructions::new(ok[..2].to_vec(), Vec::new()).is_err());
        assert!(Instructions::new(Vec::new(), Vec::new()).is_err());
        let handler = ExceptionTableEntry {
            start: 0,
            end: 1,
            target: 9,
            depth: 0,
            lasti: false,
        };
        assert!(Instructions::new(ok, vec![handler]).is_err());
    }

    #[test]
    fn set_op_keeps_the_family() {
        let code = Instructions::new(
            vec![unit(Opcode::LoadFast, 0), unit(Opcode::ReturnValue, 0)],
            Vec::new(),
        )
        .expect("valid stream");
        code.set_op(0, Opcode::LoadFastLoadFast);
        assert_eq!(code.get(0).map(|u| u.op), Some(Opcode::LoadFastLoadFast));
        code.set_op(0, Opcode::LoadFast);
        assert_eq!(code.get(0).map(|u| u.op), Some(Opcode::LoadFast));
        code.set_op(9, Opcode::LoadFast);
        assert_eq!(code.len(), 2);
    }

    #[test]
    fn readers_see_their_own_kind_of_entry_only() {
        let c = InlineCache::default();
        assert_eq!(c.attr(), None);
        assert_eq!(c.global(), None);
        c.entry.replace(CacheEntry::Attr {
            type_version: 7,
            index: 3,
        });
        assert_eq!(c.attr(), Some((7, 3)));
        assert_eq!(c.global(), None);
        c.entry.replace(CacheEntry::Global {
            globals_version: 1 << 40,
            index: 9,
        });
        assert_eq!(c.global(), Some((1 << 40, 9)));
        assert!(c.type_attr().is_none());
        assert_eq!(c.callable_addr(), None);
    }

    #[test]
    fn type_attr_clones_the_value_and_a_held_borrow_mut_is_respected() {
        let vm = crate::Vm::new();
        let s = vm.new_str_obj("method");
        let c = InlineCache::default();
        c.entry.replace(CacheEntry::TypeAttr {
            type_version: 5,
            value: Value::Obj(s.clone()),
        });
        assert_eq!(c.callable_addr(), None);
        let (v, value) = c.type_attr().expect("a TypeAttr entry");
        assert_eq!(v, 5);
        assert_eq!(std::rc::Rc::strong_count(&s), 3, "the reader clones");
        drop(value);
        {
            // While the entry is mutably borrowed the readers see nothing.
            let _held = c.entry.borrow_mut();
            assert!(c.type_attr().is_none());
            assert_eq!(c.attr(), None);
        }
        c.entry.replace(CacheEntry::Callable {
            callable: Value::Obj(s.clone()),
        });
        assert_eq!(c.callable_addr(), Some(std::rc::Rc::as_ptr(&s) as usize));
        c.entry.replace(CacheEntry::Empty);
        assert_eq!(std::rc::Rc::strong_count(&s), 1);
    }
}
