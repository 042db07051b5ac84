//! Symbol tables: which scope every name of a module belongs to, like CPython's `Python/symtable.c`.

use std::collections::HashMap;

use crate::ast::Ast;
use crate::error::{SyntaxError, SyntaxErrorKind};

/// Index of a scope in `SymbolTable::scopes`.
pub type ScopeId = usize;

/// What kind of block a scope is (`_Py_block_ty`, with lambdas and
/// comprehensions told apart from functions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    /// A list/set/dict comprehension or generator expression: in 3.11 each
    /// is its own function scope whose only parameter is `.0`, the iterator
    /// of the first `for` (evaluated in the enclosing scope).
    Comprehension,
}

/// Where a name lives, after resolution (`SCOPE_MASK` values of symtable.c).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SymbolScope {
    /// A fast local (functions) or a name in the scope's namespace dict
    /// (module and class bodies).
    Local,
    /// Declared `global` in this scope.
    GlobalExplicit,
    /// Not bound in any enclosing function: looked up in globals, then builtins.
    GlobalImplicit,
    /// Bound in an enclosing function scope (or declared `nonlocal`).
    Free,
    /// Local here and used by a nested scope: lives in a cell.
    Cell,
}

/// Everything known about one name in one scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SymbolFlags {
    pub scope: SymbolScope,
    /// A parameter of the function (`DEF_PARAM`).
    pub is_param: bool,
    /// Bound in this scope: assignment, import, def, class, for target, ... (`DEF_LOCAL`).
    pub is_assigned: bool,
    /// Read in this scope (`USE`).
    pub is_referenced: bool,
    /// Has an annotation in this scope (`DEF_ANNOT`).
    pub is_annotated: bool,
    pub is_nonlocal_decl: bool,
    pub is_global_decl: bool,
    /// Bound by an import statement (`DEF_IMPORT`).
    pub is_imported: bool,
    /// In a class body: the name is also free in a nested scope, so the
    /// class reads it with `LOAD_CLASSDEREF` (`DEF_FREE_CLASS`).
    pub is_free_class: bool,
}

/// One block of code: module, class body, function, lambda or comprehension
/// (`PySTEntryObject`).
#[derive(Debug, Clone, PartialEq)]
pub struct Scope {
    pub kind: ScopeKind,
    /// `top` for the module, the def/class name, `lambda`, `listcomp`,
    /// `setcomp`, `dictcomp` or `genexpr`.
    pub name: String,
    /// Line of the node that creates the scope (0 for the module).
    pub lineno: u32,
    pub symbols: HashMap<String, SymbolFlags>,
    /// Like `co_varnames`: positional parameters (posonly then regular),
    /// keyword-only parameters, `*args`, `**kwargs`, then the other locals in
    /// first-seen order. Empty for module and class scopes.
    pub varnames: Vec<String>,
    /// Like `co_cellvars`: sorted names that live in cells.
    pub cellvars: Vec<String>,
    /// Like `co_freevars`: sorted names taken from enclosing scopes.
    pub freevars: Vec<String>,
    pub children: Vec<ScopeId>,
    pub parent: Option<ScopeId>,
    /// Contains `yield` or `yield from` (or is a generator expression).
    pub is_generator: bool,
    /// `async def`, or a comprehension containing `await`/`async for`
    /// inside a coroutine.
    pub is_coroutine: bool,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    /// Class scopes only: a method uses `super` or `__class__`, so the class
    /// body gets an implicit `__class__` cell (`ste_needs_class_closure`).
    pub needs_class_cell: bool,
    /// Defined inside a function (`ste_nested`).
    pub is_nested: bool,
    /// Number of positional parameters (posonly + regular), like `co_argcount`.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
}

/// The symbol tables of a whole module (`struct symtable`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// AST node address -> scope it creates.
    by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    /// The module scope.
    pub const TOP: ScopeId = 0;

    /// The scope created by the AST node at `node_addr`: `&Stmt` of a
    /// (Async)FunctionDef or ClassDef, `&Expr` of a Lambda, ListComp,
    /// SetComp, DictComp or GeneratorExp, cast with `node as *const _ as usize`.
    pub fn scope_of(&self, node_addr: usize) -> Option<ScopeId> {
        self.by_node.get(&node_addr).copied()
    }

    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id]
    }

    /// The module scope.
    pub fn top(&self) -> &Scope {
        &self.scopes[Self::TOP]
    }
}

impl Scope {
    /// The flags of `name` in this scope, if the scope mentions it.
    pub fn lookup(&self, name: &str) -> Option<&SymbolFlags> {
        self.symbols.get(name)
    }
}

/// Builds the symbol tables of a parsed module, like `_PySymtable_Build`.
pub fn build(ast: &Ast<'_>) -> Result<SymbolTable, SyntaxError> {
    let _ = ast;
    Err(SyntaxError::new(
        SyntaxErrorKind::SyntaxError,
        "symbol table not written yet",
        1,
        1,
        1,
        1,
    ))
}
