//! Symbol tables: which scope every name of a module belongs to, like CPython's `Python/symtable.c`.

mod analyze;
mod builder;
mod patterns;
mod varnames;

use std::borrow::Cow;
use std::collections::HashMap;

use crate::ast::Ast;
use crate::error::SyntaxError;
use builder::Builder;

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
    /// Keyed by mangled name (see `mangle`).
    pub symbols: HashMap<String, SymbolFlags>,
    /// The names of `symbols` in the order the scope first mentions them.
    pub symbol_order: Vec<String>,
    /// Like `co_varnames`: positional parameters (posonly then regular),
    /// keyword-only parameters, `*args`, `**kwargs`, then the other fast
    /// locals (not cells) in the order CPython's code generator first
    /// touches them. Empty for module and class scopes. Comprehensions start
    /// with their implicit `.0` parameter.
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
    /// The class whose name mangles private names (`__x` -> `_Class__x`)
    /// inside this scope: the class itself for a class body, the enclosing
    /// class for its methods. Symbol names, `varnames`, `cellvars` and
    /// `freevars` are all mangled; `lookup` and `mangle` apply it for you.
    pub private: Option<String>,
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
    /// The flags of `name` (mangled first if private) in this scope, if the
    /// scope mentions it.
    pub fn lookup(&self, name: &str) -> Option<&SymbolFlags> {
        self.symbols.get(self.mangle(name).as_ref())
    }

    /// `name` as this scope stores it: mangled with `private`
    /// (`_Py_Mangle`). Attribute names need the same treatment.
    pub fn mangle<'n>(&self, name: &'n str) -> Cow<'n, str> {
        mangle(self.private.as_deref(), name)
    }
}

/// `_Py_Mangle`: inside class `private`, `__name` (not ending in `__` and
/// without dots) becomes `_Class__name`, with the class's leading
/// underscores stripped. Symbol tables are keyed by mangled names.
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> Cow<'n, str> {
    let Some(private) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let class = private.trim_start_matches('_');
    if class.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{class}{name}"))
}

/// Builds the symbol tables of a parsed module, like `_PySymtable_Build`,
/// then reports the first error CPython's code generator would find among
/// `'return' outside function`, `'yield' outside function`, `'await'
/// outside (async) function`, `'break' outside loop`, `'continue' not
/// properly in loop` and a few more.
///
/// Fails with a RecursionError-kind error when the AST nests deeper than
/// CPython's compiler allows (about 3000 levels); after a successful build
/// every AST walk needs at most that depth.
pub fn build(ast: &Ast<'_>) -> Result<SymbolTable, SyntaxError> {
    let mut builder = Builder::new();
    match ast {
        Ast::Module(m) => builder.module(m.body)?,
        Ast::Interactive(m) => builder.module(m.body)?,
        Ast::Expression(e) => builder.expression_module(e.body)?,
    }
    let deferred = builder.first_deferred();
    let mut raw = builder.scopes;
    let resolved = analyze::analyze(&mut raw)?;
    if let Some(e) = deferred {
        return Err(e);
    }
    let mut table = SymbolTable {
        scopes: Vec::with_capacity(raw.len()),
        by_node: builder.by_node,
    };
    for (raw, info) in raw.into_iter().zip(resolved) {
        table.scopes.push(finish_scope(raw, info));
    }
    varnames::fill(ast, &mut table);
    Ok(table)
}

/// The public scope from a built and analysed block.
fn finish_scope(raw: builder::RawScope, info: analyze::Resolved) -> Scope {
    let mut symbols = HashMap::with_capacity(raw.symbols.len());
    let mut cellvars = Vec::new();
    let mut freevars = Vec::new();
    for (name, flags) in &raw.symbols {
        let scope = info
            .scopes
            .get(name)
            .copied()
            .unwrap_or(SymbolScope::GlobalImplicit);
        match scope {
            SymbolScope::Cell => cellvars.push(name.clone()),
            SymbolScope::Free => freevars.push(name.clone()),
            _ if flags & builder::DEF_FREE_CLASS != 0 => freevars.push(name.clone()),
            _ => {}
        }
        symbols.insert(
            name.clone(),
            SymbolFlags {
                scope,
                is_param: flags & builder::DEF_PARAM != 0,
                is_assigned: flags & builder::DEF_LOCAL != 0,
                is_referenced: flags & builder::USE != 0,
                is_annotated: flags & builder::DEF_ANNOT != 0,
                is_nonlocal_decl: flags & builder::DEF_NONLOCAL != 0,
                is_global_decl: flags & builder::DEF_GLOBAL != 0,
                is_imported: flags & builder::DEF_IMPORT != 0,
                is_free_class: flags & builder::DEF_FREE_CLASS != 0,
            },
        );
    }
    if info.needs_class_closure {
        cellvars.push("__class__".to_owned());
    }
    cellvars.sort();
    freevars.sort();
    Scope {
        kind: raw.kind,
        name: raw.name,
        lineno: raw.lineno,
        symbol_order: raw.symbols.into_iter().map(|(name, _)| name).collect(),
        symbols,
        varnames: raw.params,
        cellvars,
        freevars,
        children: raw.children,
        parent: raw.parent,
        is_generator: raw.is_generator,
        is_coroutine: raw.is_coroutine,
        has_varargs: raw.has_varargs,
        has_varkeywords: raw.has_varkeywords,
        needs_class_cell: info.needs_class_closure,
        is_nested: raw.nested,
        argcount: raw.argcount,
        posonlyargcount: raw.posonlyargcount,
        kwonlyargcount: raw.kwonlyargcount,
        private: raw.private,
    }
}
