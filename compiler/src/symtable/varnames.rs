//! Orders each function's fast locals the way CPython's code generator first touches them (its `co_varnames` after the parameters).
//!
//! CPython's symbol table only lists parameters in `ste_varnames`; the
//! compiler appends every other fast local when it first emits a load or
//! store of it. This walk visits the AST in the compiler's evaluation order
//! (value before targets, iterable before loop variable, ...) to reproduce
//! that order.

use std::collections::HashSet;

use crate::ast::*;
use crate::symtable::{mangle, ScopeId, ScopeKind, SymbolScope, SymbolTable};

/// Appends the non-parameter fast locals of every function-like scope to
/// its `varnames`.
pub(crate) fn fill(ast: &Ast<'_>, table: &mut SymbolTable) {
    let seen = table
        .scopes
        .iter()
        .map(|s| s.varnames.iter().cloned().collect())
        .collect();
    let mut walker = Walker {
        table,
        seen,
        scope: SymbolTable::TOP,
        private: None,
    };
    match ast {
        Ast::Module(m) => walker.stmts(m.body),
        Ast::Interactive(m) => walker.stmts(m.body),
        Ast::Expression(e) => walker.expr(e.body),
    }
}

struct Walker<'t, 'x> {
    table: &'t mut SymbolTable,
    /// The names already in each scope's `varnames`.
    seen: Vec<HashSet<String>>,
    scope: ScopeId,
    private: Option<&'x str>,
}

impl<'x> Walker<'_, 'x> {
    /// Records a load or store of `name` in the current scope.
    fn name(&mut self, name: &str) {
        let scope = &mut self.table.scopes[self.scope];
        if !matches!(
            scope.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        ) {
            return;
        }
        let mangled = mangle(self.private, name);
        let is_fast = scope
            .symbols
            .get(mangled.as_ref())
            .is_some_and(|s| s.scope == SymbolScope::Local);
        let seen = &mut self.seen[self.scope];
        if is_fast && !seen.contains(mangled.as_ref()) {
            seen.insert(mangled.to_string());
            scope.varnames.push(mangled.into_owned());
        }
    }

    /// Walks the body of the scope created by `node` (if the symbol table has it).
    fn inside(&mut self, node: usize, private: Option<&'x str>, f: impl FnOnce(&mut Self)) {
        let Some(inner) = self.table.scope_of(node) else {
            return;
        };
        let (outer, outer_private) = (self.scope, self.private);
        self.scope = inner;
        self.private = private;
        f(self);
        self.scope = outer;
        self.private = outer_private;
    }

    fn stmts(&mut self, body: &[Stmt<'x>]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn exprs(&mut self, items: &[Expr<'x>]) {
        for e in items {
            self.expr(e);
        }
    }

    fn defaults(&mut self, args: &Arguments<'x>) {
        self.exprs(args.defaults);
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d);
        }
    }

    fn stmt(&mut self, s: &Stmt<'x>) {
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                ..
            }
            | StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                ..
            } => {
                self.exprs(decorator_list);
                self.defaults(args);
                let private = self.private;
                self.inside(s as *const _ as usize, private, |w| w.stmts(body));
                self.name(name);
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.exprs(decorator_list);
                self.inside(s as *const _ as usize, Some(name), |w| w.stmts(body));
                self.exprs(bases);
                for k in keywords.iter() {
                    self.expr(&k.value);
                }
                self.name(name);
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            StmtKind::Delete { targets } => self.exprs(targets),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                self.exprs(targets);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            StmtKind::AnnAssign { target, value, .. } => match value {
                Some(v) => {
                    self.expr(v);
                    self.expr(target);
                }
                // Without a value only a complex target's parts are evaluated.
                None => match &target.kind {
                    ExprKind::Attribute { value, .. } => self.expr(value),
                    ExprKind::Subscript { value, slice, .. } => {
                        self.expr(value);
                        self.expr(slice);
                    }
                    _ => {}
                },
            },
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
                self.expr(iter);
                self.expr(target);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With { items, body } | StmtKind::AsyncWith { items, body } => {
                for item in items.iter() {
                    self.expr(&item.context_expr);
                    if let Some(v) = item.optional_vars {
                        self.expr(v);
                    }
                }
                self.stmts(body);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for case in cases.iter() {
                    self.pattern(&case.pattern);
                    if let Some(g) = case.guard {
                        self.expr(g);
                    }
                    self.stmts(case.body);
                }
            }
            StmtKind::Raise { exc, cause } => {
                for e in [exc, cause].into_iter().flatten() {
                    self.expr(e);
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
                self.stmts(body);
                self.stmts(orelse);
                for h in handlers.iter() {
                    if let Some(t) = h.type_ {
                        self.expr(t);
                    }
                    if let Some(n) = h.name {
                        self.name(n);
                    }
                    self.stmts(h.body);
                }
                self.stmts(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Import { names } => {
                for a in names.iter() {
                    let stored = a.asname.unwrap_or(a.name);
                    self.name(stored.split('.').next().unwrap_or(stored));
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names.iter() {
                    self.name(a.asname.unwrap_or(a.name));
                }
            }
            StmtKind::Expr { value } => self.expr(value),
            StmtKind::Global { .. }
            | StmtKind::Nonlocal { .. }
            | StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue => {}
        }
    }

    fn expr(&mut self, e: &Expr<'x>) {
        match &e.kind {
            ExprKind::Name { id, .. } => self.name(id),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                self.expr(target);
            }
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { args, body } => {
                self.defaults(args);
                let private = self.private;
                self.inside(e as *const _ as usize, private, |w| w.expr(body));
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values.iter()) {
                    if let Some(k) = k {
                        self.expr(k);
                    }
                    self.expr(v);
                }
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                self.exprs(elts)
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, key, Some(value)),
            ExprKind::Await { value } | ExprKind::YieldFrom { value } => self.expr(value),
            ExprKind::Yield { value } => {
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left);
                self.exprs(comparators);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                self.exprs(args);
                for k in keywords.iter() {
                    self.expr(&k.value);
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value);
                if let Some(spec) = format_spec {
                    self.expr(spec);
                }
            }
            ExprKind::JoinedStr { values } => self.exprs(values),
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value);
                self.expr(slice);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part);
                }
            }
        }
    }

    /// The first iterable in the current scope, everything else inside.
    fn comprehension(
        &mut self,
        e: &Expr<'x>,
        generators: &[Comprehension<'x>],
        elt: &Expr<'x>,
        value: Option<&Expr<'x>>,
    ) {
        let Some(first) = generators.first() else {
            return;
        };
        self.expr(&first.iter);
        let private = self.private;
        self.inside(e as *const _ as usize, private, |w| {
            for (i, g) in generators.iter().enumerate() {
                if i > 0 {
                    w.expr(&g.iter);
                }
                w.expr(&g.target);
                w.exprs(g.ifs);
            }
            w.expr(elt);
            if let Some(v) = value {
                w.expr(v);
            }
        });
    }

    fn pattern(&mut self, p: &Pattern<'x>) {
        match &p.kind {
            PatternKind::MatchValue { value } => self.expr(value),
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                for q in patterns.iter() {
                    self.pattern(q);
                }
            }
            PatternKind::MatchStar { name } => {
                if let Some(n) = name {
                    self.name(n);
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys);
                for q in patterns.iter() {
                    self.pattern(q);
                }
                if let Some(r) = rest {
                    self.name(r);
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls);
                for q in patterns.iter().chain(kwd_patterns.iter()) {
                    self.pattern(q);
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q);
                }
                if let Some(n) = name {
                    self.name(n);
                }
            }
        }
    }
}
