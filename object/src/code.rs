//! Code objects: compiled bytecode with its constants, names and tables (`PyCodeObject`).

use crate::object::ObjRef;
use crate::value::Value;
use std::cell::Cell;

/// One instruction: an opcode byte (see `taipan_compiler::opcode::Opcode`) and
/// its argument. Cells, because the eval loop rewrites instructions in place
/// when it specialises them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodeUnit {
    pub op: u8,
    pub arg: u32,
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
    pub instructions: Box<[Cell<CodeUnit>]>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    pub exception_table: Vec<ExceptionTableEntry>,
    pub stacksize: u32,
    pub docstring: Option<Value>,
    /// Inline caches, one per instruction: LOAD_GLOBAL keeps its globals and
    /// builtins dict versions there; LOAD_ATTR's method form keeps (type,
    /// type version) in the `globals` fields and the method as the value.
    pub global_cache: Box<[std::cell::RefCell<Option<GlobalCache>>]>,
}

/// What a LOAD_GLOBAL found, valid while neither the globals nor the builtins
/// dict changed (CPython's LOAD_GLOBAL_MODULE/BUILTIN with dict versions).
pub struct GlobalCache {
    pub globals: usize,
    pub globals_version: u64,
    pub builtins: usize,
    pub builtins_version: u64,
    pub value: Value,
}

impl CodeObject {
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
        self.exception_table
            .iter()
            .find(|e| e.start <= index && index < e.end)
    }
    pub fn line_of(&self, index: usize) -> u32 {
        self.lines.get(index).copied().unwrap_or(self.firstlineno)
    }
}
