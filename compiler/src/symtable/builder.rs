//! The first symbol-table pass: walks the AST and records how every name is used in every block (`symtable_visit_*` of symtable.c).

use std::collections::HashMap;

use crate::ast::*;
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::symtable::{mangle, ScopeId, ScopeKind};

/// Symbol flags as symtable.c defines them.
pub(crate) const DEF_GLOBAL: u32 = 1;
pub(crate) const DEF_LOCAL: u32 = 2;
pub(crate) const DEF_PARAM: u32 = 4;
pub(crate) const DEF_NONLOCAL: u32 = 8;
pub(crate) const USE: u32 = 16;
pub(crate) const DEF_FREE_CLASS: u32 = 64;
pub(crate) const DEF_IMPORT: u32 = 128;
pub(crate) const DEF_ANNOT: u32 = 256;
pub(crate) const DEF_COMP_ITER: u32 = 512;
pub(crate) const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// CPython's compiler gives up past this many nested visits
/// (the recursion limit times `COMPILER_STACK_FRAME_SCALE`).
const RECURSION_LIMIT: u32 = 3000;

/// What kind of comprehension a comprehension scope is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Comprehension {
    List,
    Set,
    Dict,
    Generator,
}

/// A block while it is being built (`PySTEntryObject`).
#[derive(Debug)]
pub(crate) struct RawScope {
    pub kind: ScopeKind,
    pub name: String,
    pub lineno: u32,
    /// Names in first-use order with their flags.
    pub symbols: Vec<(String, u32)>,
    pub index: HashMap<String, usize>,
    /// Parameters in declaration order (`ste_varnames`).
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    pub parent: Option<ScopeId>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    pub nested: bool,
    pub comprehension: Option<Comprehension>,
    comp_iter_target: bool,
    comp_iter_expr: u32,
    /// `global`/`nonlocal` statements: name and where, for errors.
    pub directives: Vec<(String, Loc)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// The class name private names are mangled with inside this scope.
    pub private: Option<String>,
    /// Loops enclosing the current point (for `break`/`continue` checks).
    loops: u32,
    /// For each enclosing `except*` handler body, the loop count at its start.
    except_star: Vec<u32>,
}

impl RawScope {
    pub(crate) fn flags(&self, name: &str) -> u32 {
        self.index.get(name).map_or(0, |&i| self.symbols[i].1)
    }

    fn set_flags(&mut self, name: &str, flags: u32) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].1 = flags,
            None => {
                self.index.insert(name.to_owned(), self.symbols.len());
                self.symbols.push((name.to_owned(), flags));
            }
        }
    }
}

/// An error at a node, with CPython's `col_offset + 1` (byte) offsets.
pub(crate) fn error_at(msg: impl Into<String>, loc: Loc) -> SyntaxError {
    SyntaxError::new(
        SyntaxErrorKind::SyntaxError,
        msg,
        loc.lineno,
        loc.col_offset + 1,
        loc.end_lineno,
        loc.end_col_offset + 1,
    )
}

type Visit = Result<(), SyntaxError>;

pub(crate) struct Builder<'x> {
    pub scopes: Vec<RawScope>,
    pub by_node: HashMap<usize, ScopeId>,
    stack: Vec<ScopeId>,
    /// The class whose private names are being mangled (`st_private`).
    private: Option<&'x str>,
    depth: u32,
    future_annotations: bool,
    /// Errors CPython's code generator (not its symbol table) reports,
    /// such as `'return' outside function`; the first in source order is
    /// reported if the symbol table itself finds nothing.
    pub deferred: Vec<SyntaxError>,
    /// Line of the last `from __future__` import at the top of the module
    /// (`ff_lineno`); any later one is an error.
    future_lineno: i64,
    /// The expression about to be visited may be `*x` (an element of a
    /// display or target list, or a call argument).
    starred_ok: bool,
}

impl<'x> Builder<'x> {
    pub(crate) fn new() -> Builder<'x> {
        Builder {
            scopes: Vec::new(),
            by_node: HashMap::new(),
            stack: Vec::new(),
            private: None,
            depth: 0,
            future_annotations: false,
            deferred: Vec::new(),
            future_lineno: -1,
            starred_ok: false,
        }
    }

    fn cur(&self) -> ScopeId {
        self.stack.last().copied().unwrap_or(0)
    }

    fn cur_scope(&mut self) -> &mut RawScope {
        let id = self.cur();
        &mut self.scopes[id]
    }

    fn defer(&mut self, msg: &str, loc: Loc) {
        self.deferred.push(error_at(msg, loc));
    }

    /// `forbidden_name` of compile.c: `__debug__` cannot be bound.
    fn check_debug_name(&mut self, name: &str, ctx: ExprContext, loc: Loc) {
        if name == "__debug__" {
            match ctx {
                ExprContext::Store => self.defer("cannot assign to __debug__", loc),
                ExprContext::Del => self.defer("cannot delete __debug__", loc),
                ExprContext::Load => {}
            }
        }
    }

    /// compile.c's checks of a call's keywords: no `__debug__=`, no
    /// repeated names (`validate_keywords`).
    fn check_keywords(&mut self, keywords: &[Keyword<'x>], call_loc: Loc) {
        for (i, k) in keywords.iter().enumerate() {
            let Some(arg) = k.arg else { continue };
            self.check_debug_name(arg, ExprContext::Store, call_loc);
            if keywords[..i].iter().any(|other| other.arg == Some(arg)) {
                self.defer(&format!("keyword argument repeated: {arg}"), k.loc);
            }
        }
    }

    /// `compiler_check_debug_args`: no parameter may be called `__debug__`.
    fn check_debug_params(&mut self, args: &Arguments<'x>, loc: Loc) {
        let all = args
            .posonlyargs
            .iter()
            .chain(args.args)
            .chain(args.kwonlyargs);
        let named_debug = all
            .chain(args.vararg)
            .chain(args.kwarg)
            .any(|a| a.arg == "__debug__");
        if named_debug {
            self.defer("cannot assign to __debug__", loc);
        }
    }

    /// The deferred error that comes first in the source.
    pub(crate) fn first_deferred(&mut self) -> Option<SyntaxError> {
        self.deferred
            .iter()
            .min_by_key(|e| (e.lineno, e.offset))
            .cloned()
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, node: usize, lineno: u32) {
        let parent = self.stack.last().copied();
        let nested = parent.is_some_and(|p| {
            let p = &self.scopes[p];
            p.nested
                || matches!(
                    p.kind,
                    ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
                )
        });
        let id = self.scopes.len();
        self.scopes.push(RawScope {
            kind,
            name: name.to_owned(),
            lineno,
            symbols: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            is_coroutine: false,
            has_varargs: false,
            has_varkeywords: false,
            nested,
            comprehension: None,
            comp_iter_target: false,
            comp_iter_expr: 0,
            directives: Vec::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            private: self.private.map(str::to_owned),
            loops: 0,
            except_star: Vec::new(),
        });
        if let Some(p) = parent {
            self.scopes[p].children.push(id);
        }
        if node != 0 {
            self.by_node.insert(node, id);
        }
        self.stack.push(id);
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    /// `symtable_add_def`: adds `flag` to `name` in the current scope.
    fn add_def(&mut self, name: &str, flag: u32, loc: Loc) -> Visit {
        let scope = self.cur();
        self.add_def_in(name, flag, scope, loc)
    }

    /// `symtable_add_def_helper`.
    fn add_def_in(&mut self, name: &str, flag: u32, scope: ScopeId, loc: Loc) -> Visit {
        let mangled = mangle(self.private, name);
        let mangled: &str = &mangled;
        let ste = &mut self.scopes[scope];
        let mut val = match ste.index.get(mangled) {
            Some(&i) => {
                let old = ste.symbols[i].1;
                if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
                    return Err(error_at(
                        format!("duplicate argument '{name}' in function definition"),
                        loc,
                    ));
                }
                old | flag
            }
            None => flag,
        };
        if ste.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(error_at(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                    loc,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        ste.set_flags(mangled, val);
        if flag & DEF_PARAM != 0 {
            ste.params.push(mangled.to_owned());
        } else if flag & DEF_GLOBAL != 0 {
            // Global declarations are also recorded in the module's table.
            let module = &mut self.scopes[0];
            let old = module.flags(mangled);
            module.set_flags(mangled, old | flag);
        }
        Ok(())
    }

    fn lookup(&self, name: &str) -> u32 {
        let mangled = mangle(self.private, name);
        self.scopes[self.cur()].flags(&mangled)
    }

    fn deeper(&mut self, loc: Loc) -> Visit {
        self.depth += 1;
        if self.depth > RECURSION_LIMIT {
            let mut e = SyntaxError::recursion(loc.lineno, loc.col_offset + 1);
            e.lineno = 0;
            e.offset = 0;
            e.end_lineno = 0;
            e.end_offset = 0;
            return Err(e);
        }
        Ok(())
    }

    // ----- Modules and statements ---------------------------------------

    pub(crate) fn module(&mut self, body: &[Stmt<'x>]) -> Visit {
        let (annotations, lineno) = future_features(body)?;
        self.future_annotations = annotations;
        self.future_lineno = lineno;
        self.enter(ScopeKind::Module, "top", 0, 0);
        self.stmts(body)?;
        self.exit();
        Ok(())
    }

    pub(crate) fn expression_module(&mut self, body: &Expr<'x>) -> Visit {
        self.enter(ScopeKind::Module, "top", 0, 0);
        self.expr(body)?;
        self.exit();
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt<'x>]) -> Visit {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    /// Elements that may be `*x`: display items, target lists, call arguments.
    fn starred_elements(&mut self, items: &[Expr<'x>]) -> Visit {
        for item in items {
            self.starred_ok = true;
            self.expr(item)?;
        }
        Ok(())
    }

    fn exprs(&mut self, items: &[Expr<'x>]) -> Visit {
        items.iter().try_for_each(|e| self.expr(e))
    }

    fn in_function(&self) -> bool {
        matches!(
            self.scopes[self.cur()].kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }

    fn stmt(&mut self, s: &Stmt<'x>) -> Visit {
        self.deeper(s.loc)?;
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
            }
            | StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
            } => {
                self.check_debug_params(args, s.loc);
                self.check_debug_name(name, ExprContext::Store, s.loc);
                self.add_def(name, DEF_LOCAL, s.loc)?;
                self.exprs(args.defaults)?;
                for d in args.kw_defaults.iter().flatten() {
                    self.expr(d)?;
                }
                self.annotations(args, *returns)?;
                self.exprs(decorator_list)?;
                self.enter(
                    ScopeKind::Function,
                    name,
                    s as *const _ as usize,
                    s.loc.lineno,
                );
                if matches!(s.kind, StmtKind::AsyncFunctionDef { .. }) {
                    self.cur_scope().is_coroutine = true;
                }
                self.arguments(args)?;
                self.stmts(body)?;
                self.exit();
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.check_debug_name(name, ExprContext::Store, s.loc);
                self.check_keywords(keywords, s.loc);
                self.add_def(name, DEF_LOCAL, s.loc)?;
                self.starred_elements(bases)?;
                for k in keywords.iter() {
                    self.expr(&k.value)?;
                }
                self.exprs(decorator_list)?;
                self.enter(ScopeKind::Class, name, s as *const _ as usize, s.loc.lineno);
                let outer_private = self.private.replace(name);
                self.cur_scope().private = Some((*name).to_owned());
                // `self.private` borrows the AST for its lifetime only.
                self.stmts(body)?;
                self.private = outer_private;
                self.exit();
            }
            StmtKind::Return { value } => {
                if !self.in_function() {
                    self.defer("'return' outside function", s.loc);
                }
                // CPython reports a constant return value's location.
                let at = match value {
                    Some(v)
                        if matches!(v.kind, ExprKind::Constant { .. })
                            && v.loc.lineno == s.loc.lineno =>
                    {
                        v.loc
                    }
                    _ => s.loc,
                };
                self.check_except_star_exit(at, true);
                if let Some(v) = value {
                    self.expr(v)?;
                    let scope = &self.scopes[self.cur()];
                    if scope.is_generator && scope.is_coroutine {
                        self.defer("'return' with value in async generator", s.loc);
                    }
                }
            }
            StmtKind::Delete { targets } => self.exprs(targets)?,
            StmtKind::Assign { targets, value } => {
                self.exprs(targets)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = target.kind {
                    self.check_debug_name(id, ExprContext::Store, s.loc);
                    let cur = self.lookup(id);
                    let is_module = self.cur() == 0;
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && !is_module && *simple {
                        let msg = if cur & DEF_GLOBAL != 0 {
                            format!("annotated name '{id}' can't be global")
                        } else {
                            format!("annotated name '{id}' can't be nonlocal")
                        };
                        return Err(error_at(msg, s.loc));
                    }
                    if *simple {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.loc)?;
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL, target.loc)?;
                    }
                } else {
                    self.expr(target)?;
                }
                self.annotation(annotation)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                // An augmented attribute store is not checked for `__debug__`.
                match target.kind {
                    ExprKind::Attribute { value: object, .. } => {
                        self.deeper(target.loc)?;
                        self.expr(object)?;
                        self.depth -= 1;
                    }
                    _ => self.expr(target)?,
                }
                self.expr(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            }
            | StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
            } => {
                if matches!(s.kind, StmtKind::AsyncFor { .. }) {
                    self.check_async("'async for' outside async function", s.loc);
                }
                self.expr(target)?;
                self.expr(iter)?;
                self.loop_body(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.loop_body(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body } | StmtKind::AsyncWith { items, body } => {
                if matches!(s.kind, StmtKind::AsyncWith { .. }) {
                    self.check_async("'async with' outside async function", s.loc);
                }
                for item in items.iter() {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = item.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                if let Err(e) = crate::symtable::patterns::check_match(cases) {
                    self.deferred.push(e);
                }
                for case in cases.iter() {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(case.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                    if let Some(c) = cause {
                        self.expr(c)?;
                    }
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
            | StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                self.stmts(orelse)?;
                for h in handlers.iter() {
                    if h.type_.is_none() && !std::ptr::eq(h, &handlers[handlers.len() - 1]) {
                        self.defer("default 'except:' must be last", h.loc);
                    }
                    if let Some(t) = h.type_ {
                        self.expr(t)?;
                    }
                    if let Some(name) = h.name {
                        self.check_debug_name(name, ExprContext::Store, h.loc);
                        self.add_def(name, DEF_LOCAL, h.loc)?;
                    }
                    if matches!(s.kind, StmtKind::TryStar { .. }) {
                        let loops = self.scopes[self.cur()].loops;
                        self.cur_scope().except_star.push(loops);
                        let result = self.stmts(h.body);
                        self.cur_scope().except_star.pop();
                        result?;
                    } else {
                        self.stmts(h.body)?;
                    }
                }
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                if let StmtKind::ImportFrom {
                    module: Some("__future__"),
                    ..
                } = s.kind
                {
                    if i64::from(s.loc.lineno) > self.future_lineno {
                        self.defer(
                            "from __future__ imports must occur at the beginning of the file",
                            s.loc,
                        );
                    }
                }
                for alias in names.iter() {
                    let stored = alias.asname.unwrap_or(alias.name);
                    let stored = stored.split('.').next().unwrap_or(stored);
                    self.check_debug_name(stored, ExprContext::Store, s.loc);
                    self.alias(alias)?;
                }
            }
            StmtKind::Global { names } => {
                for name in names.iter() {
                    self.declaration(name, s.loc, true)?;
                }
            }
            StmtKind::Nonlocal { names } => {
                for name in names.iter() {
                    self.declaration(name, s.loc, false)?;
                }
            }
            StmtKind::Expr { value } => self.expr(value)?,
            StmtKind::Pass => {}
            StmtKind::Break => {
                if self.scopes[self.cur()].loops == 0 {
                    self.defer("'break' outside loop", s.loc);
                } else {
                    self.check_except_star_exit(s.loc, false);
                }
            }
            StmtKind::Continue => {
                if self.scopes[self.cur()].loops == 0 {
                    self.defer("'continue' not properly in loop", s.loc);
                } else {
                    self.check_except_star_exit(s.loc, false);
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    fn loop_body(&mut self, body: &[Stmt<'x>]) -> Visit {
        self.cur_scope().loops += 1;
        let result = self.stmts(body);
        self.cur_scope().loops -= 1;
        result
    }

    /// `break`/`continue` leaving an `except*` handler for a loop outside
    /// it, or any `return` inside one (`compiler_unwind_fblock`).
    fn check_except_star_exit(&mut self, loc: Loc, is_return: bool) {
        let scope = &self.scopes[self.cur()];
        let leaves = match scope.except_star.last() {
            Some(&loops_at_entry) => is_return || scope.loops == loops_at_entry,
            None => false,
        };
        if leaves {
            self.defer(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                loc,
            );
        }
    }

    /// `'async with'`/`'async for'` need an async function (or a
    /// comprehension, which CPython checks elsewhere).
    fn check_async(&mut self, msg: &str, loc: Loc) {
        let scope = &self.scopes[self.cur()];
        if !(scope.kind == ScopeKind::Function && scope.is_coroutine) {
            self.defer(msg, loc);
        }
    }

    /// A `global` (or `nonlocal`) declaration of `name` at `loc`.
    fn declaration(&mut self, name: &str, loc: Loc, global: bool) -> Visit {
        let cur = self.lookup(name);
        let word = if global { "global" } else { "nonlocal" };
        if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
            let msg = if cur & DEF_PARAM != 0 {
                format!("name '{name}' is parameter and {word}")
            } else if cur & USE != 0 {
                format!("name '{name}' is used prior to {word} declaration")
            } else if cur & DEF_ANNOT != 0 {
                format!("annotated name '{name}' can't be {word}")
            } else {
                format!("name '{name}' is assigned to before {word} declaration")
            };
            return Err(error_at(msg, loc));
        }
        let flag = if global { DEF_GLOBAL } else { DEF_NONLOCAL };
        self.add_def(name, flag, loc)?;
        let mangled = mangle(self.private, name).into_owned();
        self.cur_scope().directives.push((mangled, loc));
        Ok(())
    }

    fn alias(&mut self, a: &Alias<'x>) -> Visit {
        let name = a.asname.unwrap_or(a.name);
        if name == "*" {
            if self.cur() != 0 {
                return Err(error_at("import * only allowed at module level", a.loc));
            }
            return Ok(());
        }
        let store = name.split('.').next().unwrap_or(name);
        self.add_def(store, DEF_IMPORT, a.loc)
    }

    fn arguments(&mut self, args: &Arguments<'x>) -> Visit {
        for a in args
            .posonlyargs
            .iter()
            .chain(args.args)
            .chain(args.kwonlyargs)
        {
            self.add_def(a.arg, DEF_PARAM, a.loc)?;
        }
        if let Some(v) = args.vararg {
            self.add_def(v.arg, DEF_PARAM, v.loc)?;
            self.cur_scope().has_varargs = true;
        }
        if let Some(k) = args.kwarg {
            self.add_def(k.arg, DEF_PARAM, k.loc)?;
            self.cur_scope().has_varkeywords = true;
        }
        let scope = self.cur_scope();
        scope.posonlyargcount = args.posonlyargs.len() as u32;
        scope.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        scope.kwonlyargcount = args.kwonlyargs.len() as u32;
        Ok(())
    }

    /// Annotations of a signature, evaluated in the enclosing scope
    /// (skipped under `from __future__ import annotations`, where they
    /// stay strings).
    fn annotations(&mut self, args: &Arguments<'x>, returns: Option<&Expr<'x>>) -> Visit {
        if self.future_annotations {
            return Ok(());
        }
        for a in args.posonlyargs.iter().chain(args.args) {
            if let Some(ann) = a.annotation {
                self.expr(ann)?;
            }
        }
        if let Some(ann) = args.vararg.and_then(|a| a.annotation) {
            // `*args: *Ts` (PEP 646).
            self.starred_ok = true;
            self.expr(ann)?;
        }
        if let Some(ann) = args.kwarg.and_then(|a| a.annotation) {
            self.expr(ann)?;
        }
        for a in args.kwonlyargs.iter() {
            if let Some(ann) = a.annotation {
                self.expr(ann)?;
            }
        }
        if let Some(r) = returns {
            self.expr(r)?;
        }
        Ok(())
    }

    fn annotation(&mut self, e: &Expr<'x>) -> Visit {
        if self.future_annotations {
            return Ok(());
        }
        self.expr(e)
    }

    // ----- Expressions ----------------------------------------------------

    fn expr(&mut self, e: &Expr<'x>) -> Visit {
        self.deeper(e.loc)?;
        let starred_ok = std::mem::take(&mut self.starred_ok);
        match &e.kind {
            ExprKind::NamedExpr { target, value } => self.named_expr(e, target, value)?,
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.check_debug_params(args, e.loc);
                self.exprs(args.defaults)?;
                for d in args.kw_defaults.iter().flatten() {
                    self.expr(d)?;
                }
                self.enter(
                    ScopeKind::Lambda,
                    "lambda",
                    e as *const _ as usize,
                    e.loc.lineno,
                );
                self.arguments(args)?;
                self.expr(body)?;
                self.exit();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)?;
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                let store = matches!(
                    e.kind,
                    ExprKind::List {
                        ctx: ExprContext::Store,
                        ..
                    } | ExprKind::Tuple {
                        ctx: ExprContext::Store,
                        ..
                    }
                );
                let stars = elts
                    .iter()
                    .filter(|x| matches!(x.kind, ExprKind::Starred { .. }))
                    .count();
                if store && stars > 1 {
                    self.defer("multiple starred expressions in assignment", e.loc);
                }
                self.starred_elements(elts)?
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "listcomp", Comprehension::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "setcomp", Comprehension::Set, generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(
                e,
                "genexpr",
                Comprehension::Generator,
                generators,
                elt,
                None,
            )?,
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(
                e,
                "dictcomp",
                Comprehension::Dict,
                generators,
                key,
                Some(value),
            )?,
            ExprKind::Yield { value } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.yield_seen(e)?;
            }
            ExprKind::YieldFrom { value } => {
                self.expr(value)?;
                let scope = &self.scopes[self.cur()];
                if scope.kind == ScopeKind::Function && scope.is_coroutine {
                    self.defer("'yield from' inside async function", e.loc);
                }
                self.yield_seen(e)?;
            }
            ExprKind::Await { value } => {
                self.expr(value)?;
                let scope = &self.scopes[self.cur()];
                match scope.kind {
                    ScopeKind::Module | ScopeKind::Class => {
                        self.defer("'await' outside function", e.loc)
                    }
                    ScopeKind::Comprehension => self.cur_scope().is_coroutine = true,
                    _ if !scope.is_coroutine => self.defer("'await' outside async function", e.loc),
                    _ => {}
                }
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.check_keywords(keywords, e.loc);
                self.expr(func)?;
                self.starred_elements(args)?;
                for k in keywords.iter() {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                }
            }
            ExprKind::JoinedStr { values } => self.exprs(values)?,
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, attr, ctx } => {
                // Deleting such an attribute is allowed.
                if *ctx == ExprContext::Store {
                    self.check_debug_name(attr, *ctx, e.loc);
                }
                self.expr(value)?
            }
            ExprKind::Starred { value, ctx } => {
                if !starred_ok {
                    let msg = if *ctx == ExprContext::Store {
                        "starred assignment target must be in a list or tuple"
                    } else {
                        "can't use starred expression here"
                    };
                    self.defer(msg, e.loc);
                }
                self.expr(value)?
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part)?;
                }
            }
            ExprKind::Name { id, ctx } => {
                self.check_debug_name(id, *ctx, e.loc);
                let flag = if *ctx == ExprContext::Load {
                    USE
                } else {
                    DEF_LOCAL
                };
                self.add_def(id, flag, e.loc)?;
                // `super()` needs the `__class__` cell of the enclosing class.
                if *ctx == ExprContext::Load && *id == "super" && self.in_function() {
                    self.add_def("__class__", USE, e.loc)?;
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    fn yield_seen(&mut self, e: &Expr<'x>) -> Visit {
        let scope = self.cur_scope();
        scope.is_generator = true;
        if let Some(kind) = scope.comprehension {
            let msg = match kind {
                Comprehension::List => "'yield' inside list comprehension",
                Comprehension::Set => "'yield' inside set comprehension",
                Comprehension::Dict => "'yield' inside dict comprehension",
                Comprehension::Generator => "'yield' inside generator expression",
            };
            return Err(error_at(msg, e.loc));
        }
        if !self.in_function() {
            self.defer("'yield' outside function", e.loc);
        }
        Ok(())
    }

    /// `symtable_handle_namedexpr`.
    fn named_expr(&mut self, e: &Expr<'x>, target: &Expr<'x>, value: &Expr<'x>) -> Visit {
        if self.scopes[self.cur()].comp_iter_expr > 0 {
            return Err(error_at(
                "assignment expression cannot be used in a comprehension iterable expression",
                e.loc,
            ));
        }
        if self.scopes[self.cur()].comprehension.is_some() {
            if let ExprKind::Name { id, .. } = target.kind {
                self.extend_namedexpr_scope(id, target.loc)?;
            }
        }
        self.expr(value)?;
        self.expr(target)
    }

    /// `symtable_extend_namedexpr_scope`: a walrus in a comprehension binds
    /// in the nearest enclosing function (or module) scope.
    fn extend_namedexpr_scope(&mut self, name: &str, loc: Loc) -> Visit {
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let ste = &self.scopes[id];
            if ste.comprehension.is_some() {
                if ste.flags(&mangle(self.private, name)) & DEF_COMP_ITER != 0 {
                    return Err(error_at(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{name}'"
                        ),
                        loc,
                    ));
                }
                continue;
            }
            match ste.kind {
                ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension => {
                    let target = ste.flags(&mangle(self.private, name));
                    let flag = if target & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, loc)?;
                    let mangled = mangle(self.private, name).into_owned();
                    self.cur_scope().directives.push((mangled, loc));
                    return self.add_def_in(name, DEF_LOCAL, id, loc);
                }
                ScopeKind::Module => {
                    self.add_def(name, DEF_GLOBAL, loc)?;
                    let mangled = mangle(self.private, name).into_owned();
                    self.cur_scope().directives.push((mangled, loc));
                    return self.add_def_in(name, DEF_GLOBAL, id, loc);
                }
                ScopeKind::Class => {
                    return Err(error_at(
                        "assignment expression within a comprehension cannot be used in a class body",
                        loc,
                    ));
                }
            }
        }
        Ok(())
    }

    /// `symtable_handle_comprehension`: the first iterable is evaluated
    /// outside; the rest lives in a new function scope taking `.0`.
    fn comprehension(
        &mut self,
        e: &Expr<'x>,
        scope_name: &str,
        kind: Comprehension,
        generators: &[crate::ast::Comprehension<'x>],
        elt: &Expr<'x>,
        value: Option<&Expr<'x>>,
    ) -> Visit {
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        self.cur_scope().comp_iter_expr += 1;
        let result = self.expr(&outermost.iter);
        self.cur_scope().comp_iter_expr -= 1;
        result?;
        self.enter(
            ScopeKind::Comprehension,
            scope_name,
            e as *const _ as usize,
            e.loc.lineno,
        );
        self.cur_scope().comprehension = Some(kind);
        if outermost.is_async {
            self.cur_scope().is_coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, e.loc)?;
        self.cur_scope().argcount = 1;
        self.cur_scope().comp_iter_target = true;
        let result = self.expr(&outermost.target);
        self.cur_scope().comp_iter_target = false;
        result?;
        self.exprs(outermost.ifs)?;
        for g in &generators[1..] {
            self.cur_scope().comp_iter_target = true;
            let result = self.expr(&g.target);
            self.cur_scope().comp_iter_target = false;
            result?;
            self.cur_scope().comp_iter_expr += 1;
            let result = self.expr(&g.iter);
            self.cur_scope().comp_iter_expr -= 1;
            result?;
            self.exprs(g.ifs)?;
            if g.is_async {
                self.cur_scope().is_coroutine = true;
            }
        }
        if let Some(v) = value {
            self.expr(v)?;
        }
        self.expr(elt)?;
        let is_generator = kind == Comprehension::Generator;
        self.cur_scope().is_generator = is_generator;
        let is_async = self.cur_scope().is_coroutine && !is_generator;
        self.exit();
        if is_async {
            // An async list/set/dict comprehension is awaited in place.
            let scope = &self.scopes[self.cur()];
            if !(scope.is_coroutine || scope.kind == ScopeKind::Comprehension) {
                self.defer(
                    "asynchronous comprehension outside of an asynchronous function",
                    e.loc,
                );
            }
            self.cur_scope().is_coroutine = true;
        }
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern<'x>) -> Visit {
        self.deeper(p.loc)?;
        match &p.kind {
            PatternKind::MatchValue { value } => self.expr(value)?,
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                for q in patterns.iter() {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchStar { name } => {
                if let Some(n) = name {
                    self.check_debug_name(n, ExprContext::Store, p.loc);
                    self.add_def(n, DEF_LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys)?;
                for q in patterns.iter() {
                    self.pattern(q)?;
                }
                if let Some(r) = rest {
                    self.check_debug_name(r, ExprContext::Store, p.loc);
                    self.add_def(r, DEF_LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns.iter()) {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.check_debug_name(n, ExprContext::Store, p.loc);
                    self.add_def(n, DEF_LOCAL, p.loc)?;
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }
}

/// The `__future__` features CPython knows (future.c).
const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// `future_parse` of future.c: checks the `from __future__` imports at the
/// top of a module. Returns whether `annotations` is on and the line of
/// the last future import (-1 if none).
pub(crate) fn future_features(body: &[Stmt<'_>]) -> Result<(bool, i64), SyntaxError> {
    let mut rest = body;
    if let Some(Stmt {
        kind: StmtKind::Expr { value },
        ..
    }) = rest.first()
    {
        if matches!(
            value.kind,
            ExprKind::Constant {
                value: Constant::Str(_)
            }
        ) {
            rest = &rest[1..];
        }
    }
    let (mut annotations, mut lineno) = (false, -1i64);
    let (mut done, mut prev_line) = (false, 0u32);
    // Reported without an end, as `PyErr_SyntaxLocationObject` does.
    let located = |msg: String, line: u32, offset: u32| {
        let mut e = error_at(msg, Loc::default());
        (e.lineno, e.offset, e.end_lineno, e.end_offset) = (line, offset, line, 0);
        e
    };
    for s in rest {
        if done && s.loc.lineno > prev_line {
            break;
        }
        prev_line = s.loc.lineno;
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some("__future__"),
                names,
                ..
            } => {
                if done {
                    return Err(located(
                        "from __future__ imports must occur at the beginning of the file".into(),
                        s.loc.lineno,
                        s.loc.col_offset,
                    ));
                }
                for alias in names.iter() {
                    if alias.name == "braces" {
                        return Err(located(
                            "not a chance".into(),
                            s.loc.lineno,
                            s.loc.col_offset + 1,
                        ));
                    }
                    if !FUTURE_FEATURES.contains(&alias.name) {
                        return Err(located(
                            format!("future feature {} is not defined", alias.name),
                            s.loc.lineno,
                            s.loc.col_offset + 1,
                        ));
                    }
                    annotations |= alias.name == "annotations";
                }
                lineno = i64::from(s.loc.lineno);
            }
            _ => done = true,
        }
    }
    Ok((annotations, lineno))
}
