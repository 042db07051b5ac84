//! Code generation for statements: assignments, control flow, exception
//! handling (exception-table regions), `with`, imports, functions and classes.

use super::{docstring_of, CResult, Compiler, FBlock};
use crate::ast::{self, Arguments, Expr, ExprContext, ExprKind, Stmt, StmtKind};
use crate::opcode::{make_function_flags, Opcode};
use crate::symtable::ScopeKind;
use taipan_object::Value;

impl<'a, 'v> Compiler<'a, 'v> {
    pub(crate) fn compile_stmt(&mut self, s: &'a Stmt<'a>) -> CResult {
        self.line_of(s);
        match &s.kind {
            StmtKind::Expr { value } => {
                if self.interactive && self.ur().kind == ScopeKind::Module {
                    self.compile_expr(value)?;
                    self.emit(Opcode::PrintExpr, 0);
                } else if matches!(value.kind, ExprKind::Constant { .. }) {
                    // A constant expression statement has no effect.
                } else {
                    self.compile_expr(value)?;
                    self.emit(Opcode::PopTop, 0);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.compile_expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Opcode::Copy, 1);
                    }
                    self.compile_store(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => {
                self.compile_augassign(target, *op, value)?
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.compile_expr(v)?;
                    self.compile_store(target)?;
                }
                if let ExprKind::Name { id, .. } = target.kind {
                    if *simple && matches!(self.ur().kind, ScopeKind::Module | ScopeKind::Class) {
                        self.compile_annotation(annotation)?;
                        self.load_name("__annotations__")?;
                        self.emit_const_str(id);
                        self.emit(Opcode::StoreSubscr, 0);
                    }
                } else if value.is_none() {
                    // `a.b: int` evaluates the target's object (and the annotation) only.
                    match target.kind {
                        ExprKind::Attribute { value: obj, .. } => {
                            self.compile_expr(obj)?;
                            self.emit(Opcode::PopTop, 0);
                        }
                        ExprKind::Subscript {
                            value: obj, slice, ..
                        } => {
                            self.compile_expr(obj)?;
                            self.emit(Opcode::PopTop, 0);
                            self.compile_expr(slice)?;
                            self.emit(Opcode::PopTop, 0);
                        }
                        _ => {}
                    }
                }
            }
            StmtKind::Delete { targets } => {
                for t in targets.iter() {
                    self.compile_delete(t)?;
                }
            }
            StmtKind::Pass => {}
            StmtKind::If { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.compile_jump_if(test, else_l, false)?;
                self.compile_stmts(body)?;
                if !orelse.is_empty() {
                    self.emit_jump(Opcode::Jump, end);
                }
                self.bind(else_l);
                self.compile_stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.new_label();
                let else_l = self.new_label();
                let exit = self.new_label();
                self.bind(start);
                self.compile_jump_if(test, else_l, false)?;
                self.u().fblocks.push(FBlock::WhileLoop { start, exit });
                self.compile_stmts(body)?;
                self.u().fblocks.pop();
                self.set_line(&s.loc);
                self.emit_jump(Opcode::Jump, start);
                self.bind(else_l);
                self.compile_stmts(orelse)?;
                self.bind(exit);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                let start = self.new_label();
                let cleanup = self.new_label();
                let exit = self.new_label();
                self.compile_expr(iter)?;
                self.emit(Opcode::GetIter, 0);
                self.bind(start);
                self.set_line(&s.loc);
                self.emit_jump(Opcode::ForIter, cleanup);
                self.compile_store(target)?;
                self.u().fblocks.push(FBlock::ForLoop { start, exit });
                self.compile_stmts(body)?;
                self.u().fblocks.pop();
                self.emit_jump(Opcode::Jump, start);
                self.bind(cleanup);
                self.compile_stmts(orelse)?;
                self.bind(exit);
            }
            StmtKind::Break => self.compile_break_continue(s, true)?,
            StmtKind::Continue => self.compile_break_continue(s, false)?,
            StmtKind::Return { value } => {
                if !matches!(self.ur().kind, ScopeKind::Function | ScopeKind::Lambda) {
                    return Err(self.error("'return' outside function", &s.loc));
                }
                let preserve = value.is_some();
                if let Some(v) = value {
                    self.compile_expr(v)?;
                }
                let saved = self.save_blocks();
                self.unwind_all(preserve, false)?;
                self.set_line(&s.loc);
                if preserve {
                    self.emit(Opcode::ReturnValue, 0);
                } else {
                    let i = self.add_const(Value::None);
                    self.emit(Opcode::ReturnConst, i);
                }
                self.restore_blocks(saved);
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.compile_expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.compile_expr(c)?;
                        n = 2;
                    }
                }
                self.set_line(&s.loc);
                self.emit(Opcode::RaiseVarargs, n);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.compile_try_except(body, handlers, orelse)?;
                } else {
                    self.compile_try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::TryStar { .. } => {
                return Err(self.error("exception groups (except*) are not supported yet", &s.loc));
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.compile_jump_if(test, end, true)?;
                self.emit(Opcode::LoadAssertionError, 0);
                if let Some(m) = msg {
                    self.compile_expr(m)?;
                    self.emit(Opcode::Call, 0);
                }
                self.emit(Opcode::RaiseVarargs, 1);
                self.bind(end);
            }
            StmtKind::With { items, body } => self.compile_with(items, body, 0)?,
            StmtKind::Import { names } => {
                for alias in names.iter() {
                    let zero = self.add_const(Value::Int(0));
                    self.emit(Opcode::LoadConst, zero);
                    self.emit_const(Value::None);
                    let ni = self.name_idx(alias.name);
                    self.emit(Opcode::ImportName, ni);
                    match alias.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = alias.name.split('.').collect();
                            if parts.len() > 1 {
                                for (i, p) in parts[1..].iter().enumerate() {
                                    let pi = self.name_idx(p);
                                    self.emit(Opcode::ImportFrom, pi);
                                    if i + 2 < parts.len() {
                                        self.emit(Opcode::Swap, 2);
                                        self.emit(Opcode::PopTop, 0);
                                    }
                                }
                                self.store_name(asname)?;
                                self.emit(Opcode::PopTop, 0);
                            } else {
                                self.store_name(asname)?;
                            }
                        }
                        None => {
                            let top = alias.name.split('.').next().unwrap_or(alias.name);
                            self.store_name(top)?;
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                let lv = self.add_const(Value::Int(*level as i64));
                self.emit(Opcode::LoadConst, lv);
                let star = names.len() == 1 && names[0].name == "*";
                let items: Vec<Value> = names.iter().map(|a| self.str_const(a.name)).collect();
                let t = self.vm.new_tuple(items);
                self.emit_const(t);
                let mi = self.name_idx(module.unwrap_or(""));
                self.emit(Opcode::ImportName, mi);
                if star {
                    if self.ur().kind != ScopeKind::Module {
                        return Err(self.error("import * only allowed at module level", &s.loc));
                    }
                    self.emit(Opcode::ImportStar, 0);
                } else {
                    for a in names.iter() {
                        let ni = self.name_idx(a.name);
                        self.emit(Opcode::ImportFrom, ni);
                        self.store_name(a.asname.unwrap_or(a.name))?;
                    }
                    self.emit(Opcode::PopTop, 0);
                }
            }
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => {}
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
            } => {
                self.compile_function(s, name, args, body, decorator_list, *returns)?;
            }
            StmtKind::AsyncFunctionDef { .. }
            | StmtKind::AsyncFor { .. }
            | StmtKind::AsyncWith { .. } => {
                return Err(self.error("async/await is not supported yet", &s.loc));
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.compile_class(s, name, bases, keywords, body, decorator_list)?;
            }
            StmtKind::Match { .. } => {
                return Err(self.error("match statements are not supported yet", &s.loc));
            }
        }
        Ok(())
    }

    fn compile_augassign(
        &mut self,
        target: &'a Expr<'a>,
        op: ast::Operator,
        value: &'a Expr<'a>,
    ) -> CResult {
        let opnum = super::expr::binop_arg(op) + 13;
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.load_name(id)?;
                self.compile_expr(value)?;
                self.set_line(&target.loc);
                self.emit(Opcode::BinaryOp, opnum);
                self.store_name(id)?;
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.compile_expr(obj)?;
                self.emit(Opcode::Copy, 1);
                let ni = self.attr_idx(attr);
                self.emit(Opcode::LoadAttr, ni << 1);
                self.compile_expr(value)?;
                self.set_line(&target.loc);
                self.emit(Opcode::BinaryOp, opnum);
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::StoreAttr, ni);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.compile_expr(obj)?;
                self.compile_expr(slice)?;
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::BinarySubscr, 0);
                self.compile_expr(value)?;
                self.set_line(&target.loc);
                self.emit(Opcode::BinaryOp, opnum);
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::StoreSubscr, 0);
            }
            _ => return Err(self.error("illegal expression for augmented assignment", &target.loc)),
        }
        Ok(())
    }

    fn compile_annotation(&mut self, ann: &'a Expr<'a>) -> CResult {
        if self.future_annotations {
            let text = self.source_segment(&ann.loc);
            self.emit_const_str(&text);
            Ok(())
        } else {
            self.compile_expr(ann)
        }
    }

    /// The source text of a node (for `from __future__ import annotations`).
    fn source_segment(&self, loc: &ast::Loc) -> String {
        if loc.lineno == loc.end_lineno {
            if let Some(line) = self.source_lines.get(loc.lineno as usize - 1) {
                let (a, b) = (loc.col_offset as usize, loc.end_col_offset as usize);
                if a <= b && b <= line.len() && line.is_char_boundary(a) && line.is_char_boundary(b)
                {
                    return line[a..b].to_string();
                }
            }
        }
        String::new()
    }

    /// Store the value on top of the stack into a target expression.
    pub(crate) fn compile_store(&mut self, t: &'a Expr<'a>) -> CResult {
        match &t.kind {
            ExprKind::Name { id, .. } => self.store_name(id),
            ExprKind::Attribute { value, attr, .. } => {
                self.compile_expr(value)?;
                self.set_line(&t.loc);
                let ni = self.attr_idx(attr);
                self.emit(Opcode::StoreAttr, ni);
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.set_line(&t.loc);
                self.emit(Opcode::StoreSubscr, 0);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let star = elts
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred { .. }));
                match star {
                    Some(i) => {
                        if elts
                            .iter()
                            .filter(|e| matches!(e.kind, ExprKind::Starred { .. }))
                            .count()
                            > 1
                        {
                            return Err(
                                self.error("multiple starred expressions in assignment", &t.loc)
                            );
                        }
                        let after = elts.len() - i - 1;
                        if i >= 256 || after >= (1 << 24) {
                            return Err(self.error(
                                "too many expressions in star-unpacking assignment",
                                &t.loc,
                            ));
                        }
                        self.set_line(&t.loc);
                        self.emit(Opcode::UnpackEx, (i as u32) | ((after as u32) << 8));
                    }
                    None => {
                        self.set_line(&t.loc);
                        self.emit(Opcode::UnpackSequence, elts.len() as u32);
                    }
                }
                for e in elts.iter() {
                    match &e.kind {
                        ExprKind::Starred { value, .. } => self.compile_store(value)?,
                        _ => self.compile_store(e)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred { .. } => Err(self.error(
                "starred assignment target must be in a list or tuple",
                &t.loc,
            )),
            _ => Err(self.error("cannot assign to expression", &t.loc)),
        }
    }

    fn compile_delete(&mut self, t: &'a Expr<'a>) -> CResult {
        match &t.kind {
            ExprKind::Name { id, .. } => self.name_op(id, ExprContext::Del),
            ExprKind::Attribute { value, attr, .. } => {
                self.compile_expr(value)?;
                let ni = self.attr_idx(attr);
                self.emit(Opcode::DeleteAttr, ni);
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.emit(Opcode::DeleteSubscr, 0);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts.iter() {
                    self.compile_delete(e)?;
                }
                Ok(())
            }
            _ => Err(self.error("cannot delete expression", &t.loc)),
        }
    }

    // ----- unwinding (compiler_unwind_fblock) -----

    pub(crate) fn save_blocks(&self) -> (Vec<FBlock<'a>>, Vec<usize>) {
        (self.ur().fblocks.clone(), self.ur().handler_stack.clone())
    }
    pub(crate) fn restore_blocks(&mut self, saved: (Vec<FBlock<'a>>, Vec<usize>)) {
        let u = self.u();
        u.fblocks = saved.0;
        u.handler_stack = saved.1;
    }

    /// Emit the exit code of the innermost block (popping it).
    fn unwind_block(&mut self, b: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match b {
            FBlock::WhileLoop { .. } | FBlock::ExceptionHandler => {}
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop, 0);
            }
            FBlock::TryExcept => self.pop_handler(),
            FBlock::FinallyTry { body } => {
                self.pop_handler();
                if preserve_tos {
                    self.u().fblocks.push(FBlock::PopValue);
                }
                self.compile_stmts(body)?;
                if preserve_tos {
                    self.u().fblocks.pop();
                }
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop, 0);
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.pop_handler();
                self.emit(Opcode::PopExcept, 0);
            }
            FBlock::With => {
                self.pop_handler();
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit_const(Value::None);
                self.emit_const(Value::None);
                self.emit_const(Value::None);
                self.emit(Opcode::Call, 2);
                self.emit(Opcode::PopTop, 0);
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.pop_handler();
                }
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.pop_handler();
                self.emit(Opcode::PopExcept, 0);
                if let Some(n) = name {
                    self.emit_const(Value::None);
                    self.store_name(n)?;
                    self.name_op(n, ExprContext::Del)?;
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop, 0);
            }
        }
        Ok(())
    }

    /// Unwind every block (for `return`); with `loop_stop`, stop at the
    /// innermost loop and return it (for break/continue).
    fn unwind_all(&mut self, preserve_tos: bool, loop_stop: bool) -> CResult<Option<FBlock<'a>>> {
        while let Some(b) = self.u().fblocks.pop() {
            if loop_stop && matches!(b, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
                return Ok(Some(b));
            }
            self.unwind_block(&b, preserve_tos)?;
        }
        Ok(None)
    }

    fn compile_break_continue(&mut self, s: &'a Stmt<'a>, is_break: bool) -> CResult {
        let saved = self.save_blocks();
        let lp = self.unwind_all(false, true)?;
        let Some(lp) = lp else {
            self.restore_blocks(saved);
            return Err(self.error(
                if is_break {
                    "'break' outside loop"
                } else {
                    "'continue' not properly in loop"
                },
                &s.loc,
            ));
        };
        self.set_line(&s.loc);
        match (lp, is_break) {
            (FBlock::ForLoop { exit, .. }, true) => {
                self.emit(Opcode::PopTop, 0);
                self.emit_jump(Opcode::Jump, exit);
            }
            (FBlock::WhileLoop { exit, .. }, true) => self.emit_jump(Opcode::Jump, exit),
            (FBlock::ForLoop { start, .. }, false) | (FBlock::WhileLoop { start, .. }, false) => {
                self.emit_jump(Opcode::Jump, start)
            }
            _ => {}
        }
        self.restore_blocks(saved);
        Ok(())
    }

    // ----- try -----

    fn compile_try_except(
        &mut self,
        body: &'a [Stmt<'a>],
        handlers: &'a [ast::ExceptHandler<'a>],
        orelse: &'a [Stmt<'a>],
    ) -> CResult {
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let d = self.depth();
        self.push_handler(except, d, false);
        self.u().fblocks.push(FBlock::TryExcept);
        self.compile_stmts(body)?;
        self.u().fblocks.pop();
        self.pop_handler();
        self.compile_stmts(orelse)?;
        self.emit_jump(Opcode::Jump, end);
        // Handlers: stack is [exc] (depth d + 1).
        self.bind(except);
        self.set_depth(d + 1);
        let outer = self.push_handler(cleanup, d + 1, true);
        self.emit(Opcode::PushExcInfo, 0);
        self.u().fblocks.push(FBlock::ExceptionHandler);
        for (i, h) in handlers.iter().enumerate() {
            self.set_line(&h.loc);
            if h.type_.is_none() && i + 1 < handlers.len() {
                return Err(self.error("default 'except:' must be last", &h.loc));
            }
            let next = self.new_label();
            if let Some(t) = h.type_ {
                self.compile_expr(t)?;
                self.emit(Opcode::CheckExcMatch, 0);
                self.emit_jump(Opcode::PopJumpIfFalse, next);
            }
            match h.name {
                Some(name) => {
                    self.store_name(name)?;
                    let cleanup_body = self.new_label();
                    let dd = self.depth();
                    self.push_handler(cleanup_body, dd, true);
                    self.u()
                        .fblocks
                        .push(FBlock::HandlerCleanup { name: Some(name) });
                    self.compile_stmts(h.body)?;
                    self.u().fblocks.pop();
                    self.pop_handler();
                    self.pop_handler();
                    self.emit(Opcode::PopExcept, 0);
                    self.emit_const(Value::None);
                    self.store_name(name)?;
                    self.name_op(name, ExprContext::Del)?;
                    self.emit_jump(Opcode::Jump, end);
                    // Exception inside the handler body: clear the name, re-raise.
                    self.u().handler_stack.push(outer);
                    self.bind(cleanup_body);
                    self.set_depth(dd + 2);
                    self.emit_const(Value::None);
                    self.store_name(name)?;
                    self.name_op(name, ExprContext::Del)?;
                    self.emit(Opcode::Reraise, 1);
                }
                None => {
                    self.emit(Opcode::PopTop, 0);
                    self.u().fblocks.push(FBlock::HandlerCleanup { name: None });
                    self.compile_stmts(h.body)?;
                    self.u().fblocks.pop();
                    self.pop_handler();
                    self.emit(Opcode::PopExcept, 0);
                    self.emit_jump(Opcode::Jump, end);
                    self.u().handler_stack.push(outer);
                }
            }
            self.bind(next);
            self.set_depth(d + 2);
        }
        self.u().fblocks.pop();
        self.emit(Opcode::Reraise, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.set_depth(d + 3);
        self.emit(Opcode::Copy, 3);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 1);
        self.bind(end);
        self.set_depth(d);
        Ok(())
    }

    fn compile_try_finally(
        &mut self,
        body: &'a [Stmt<'a>],
        handlers: &'a [ast::ExceptHandler<'a>],
        orelse: &'a [Stmt<'a>],
        finalbody: &'a [Stmt<'a>],
    ) -> CResult {
        let fin = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        let d = self.depth();
        self.push_handler(fin, d, false);
        self.u()
            .fblocks
            .push(FBlock::FinallyTry { body: finalbody });
        if handlers.is_empty() {
            self.compile_stmts(body)?;
        } else {
            self.compile_try_except(body, handlers, orelse)?;
        }
        self.u().fblocks.pop();
        self.pop_handler();
        self.compile_stmts(finalbody)?;
        self.emit_jump(Opcode::Jump, exit);
        // Exceptional path: [exc].
        self.bind(fin);
        self.set_depth(d + 1);
        self.push_handler(cleanup, d + 1, true);
        self.emit(Opcode::PushExcInfo, 0);
        self.u().fblocks.push(FBlock::FinallyEnd);
        self.compile_stmts(finalbody)?;
        self.u().fblocks.pop();
        self.emit(Opcode::Reraise, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.set_depth(d + 3);
        self.emit(Opcode::Copy, 3);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 1);
        self.bind(exit);
        self.set_depth(d);
        Ok(())
    }

    // ----- with -----

    fn compile_with(
        &mut self,
        items: &'a [ast::WithItem<'a>],
        body: &'a [Stmt<'a>],
        i: usize,
    ) -> CResult {
        let Some(item) = items.get(i) else {
            return self.compile_stmts(body);
        };
        let exc = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        self.compile_expr(&item.context_expr)?;
        self.set_line(&item.context_expr.loc);
        self.emit(Opcode::BeforeWith, 0);
        let d = self.depth(); // [exit, enter_result]
        self.push_handler(exc, d - 1, true);
        self.u().fblocks.push(FBlock::With);
        match item.optional_vars {
            Some(t) => self.compile_store(t)?,
            None => self.emit(Opcode::PopTop, 0),
        }
        self.compile_with(items, body, i + 1)?;
        self.u().fblocks.pop();
        self.pop_handler();
        self.set_line(&item.context_expr.loc);
        self.emit_const(Value::None);
        self.emit_const(Value::None);
        self.emit_const(Value::None);
        self.emit(Opcode::Call, 2);
        self.emit(Opcode::PopTop, 0);
        self.emit_jump(Opcode::Jump, exit);
        // Exceptional exit: [exit, lasti, exc].
        self.bind(exc);
        self.set_depth(d + 1);
        self.push_handler(cleanup, d + 1, true);
        self.emit(Opcode::PushExcInfo, 0);
        self.emit(Opcode::WithExceptStart, 0);
        self.emit_jump(Opcode::PopJumpIfTrue, suppress);
        self.emit(Opcode::Reraise, 2);
        self.bind(suppress);
        self.set_depth(d + 2);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopTop, 0);
        self.pop_handler();
        self.emit_jump(Opcode::Jump, exit);
        self.bind(cleanup);
        self.set_depth(d + 3);
        self.emit(Opcode::Copy, 3);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 1);
        self.bind(exit);
        self.set_depth(d - 2);
        Ok(())
    }

    // ----- functions and classes -----

    /// Push defaults / kwdefaults / annotations; returns MAKE_FUNCTION flags.
    pub(crate) fn compile_defaults(
        &mut self,
        args: &'a Arguments<'a>,
        returns: Option<&'a Expr<'a>>,
    ) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in args.defaults.iter() {
                self.compile_expr(d)?;
            }
            self.emit(Opcode::BuildTuple, args.defaults.len() as u32);
            flags |= make_function_flags::DEFAULTS;
        }
        let kw: Vec<(&'a str, &'a Expr<'a>)> = args
            .kwonlyargs
            .iter()
            .zip(args.kw_defaults.iter())
            .filter_map(|(a, d)| d.as_ref().map(|d| (a.arg, d)))
            .collect();
        if !kw.is_empty() {
            for (name, d) in &kw {
                self.emit_const_str(name);
                self.compile_expr(d)?;
            }
            self.emit(Opcode::BuildMap, kw.len() as u32);
            flags |= make_function_flags::KWDEFAULTS;
        }
        // Annotations dict: parameter name -> annotation, then 'return'.
        let mut anns: Vec<(&'a str, &'a Expr<'a>)> = Vec::new();
        for a in args.posonlyargs.iter().chain(args.args.iter()) {
            if let Some(an) = a.annotation {
                anns.push((a.arg, an));
            }
        }
        if let Some(a) = args.vararg {
            if let Some(an) = a.annotation {
                anns.push((a.arg, an));
            }
        }
        for a in args.kwonlyargs.iter() {
            if let Some(an) = a.annotation {
                anns.push((a.arg, an));
            }
        }
        if let Some(a) = args.kwarg {
            if let Some(an) = a.annotation {
                anns.push((a.arg, an));
            }
        }
        if let Some(r) = returns {
            anns.push(("return", r));
        }
        if !anns.is_empty() {
            for (name, an) in &anns {
                self.emit_const_str(name);
                self.compile_annotation(an)?;
            }
            self.emit(Opcode::BuildMap, anns.len() as u32);
            flags |= make_function_flags::ANNOTATIONS;
        }
        Ok(flags)
    }

    /// Push the closure tuple for the finished child unit (if it has free
    /// variables) and the code object, then MAKE_FUNCTION.
    pub(crate) fn make_closure(
        &mut self,
        code: Value,
        freevars: &[String],
        mut flags: u32,
    ) -> CResult {
        if !freevars.is_empty() {
            for name in freevars {
                let idx = self.deref_index(name);
                let Some(i) = idx else {
                    return Err(self.error(
                        format!("no binding for free variable '{name}'"),
                        &ast::Loc::default(),
                    ));
                };
                self.emit(Opcode::LoadClosure, i);
            }
            self.emit(Opcode::BuildTuple, freevars.len() as u32);
            flags |= make_function_flags::CLOSURE;
        }
        self.emit_const(code);
        self.emit(Opcode::MakeFunction, flags);
        Ok(())
    }

    fn compile_function(
        &mut self,
        s: &'a Stmt<'a>,
        name: &'a str,
        args: &'a Arguments<'a>,
        body: &'a [Stmt<'a>],
        decorators: &'a [Expr<'a>],
        returns: Option<&'a Expr<'a>>,
    ) -> CResult {
        for d in decorators.iter() {
            self.compile_expr(d)?;
        }
        self.line_of(s);
        let flags = self.compile_defaults(args, returns)?;
        let scope = self
            .st
            .scope_of(s as *const Stmt<'a> as usize)
            .ok_or_else(|| self.error("internal error: function scope not found", &s.loc))?;
        let qualname = self.qualname_for(name);
        let firstline = decorators.first().map_or(s.loc.lineno, |d| d.loc.lineno);
        self.enter_unit(scope, name.to_string(), qualname, firstline);
        let doc = docstring_of(body);
        let doc_v = match doc {
            Some(d) => self.str_const(d),
            None => Value::None,
        };
        self.add_const(doc_v.clone());
        if doc.is_some() {
            self.u().docstring = Some(doc_v);
        }
        let rest = if doc.is_some() { &body[1..] } else { body };
        self.compile_stmts(rest)?;
        let i = self.add_const(Value::None);
        self.emit(Opcode::ReturnConst, i);
        let unit = self.units.pop().expect("function unit");
        let freevars = unit.freevars.clone();
        let code = self.assemble(unit)?;
        let code_v = self.code_value(code);
        self.set_line(&s.loc);
        self.make_closure(code_v, &freevars, flags)?;
        for _ in decorators.iter() {
            self.emit(Opcode::Call, 0);
        }
        self.store_name(name)
    }

    fn compile_class(
        &mut self,
        s: &'a Stmt<'a>,
        name: &'a str,
        bases: &'a [Expr<'a>],
        keywords: &'a [ast::Keyword<'a>],
        body: &'a [Stmt<'a>],
        decorators: &'a [Expr<'a>],
    ) -> CResult {
        for d in decorators.iter() {
            self.compile_expr(d)?;
        }
        self.line_of(s);
        let scope = self
            .st
            .scope_of(s as *const Stmt<'a> as usize)
            .ok_or_else(|| self.error("internal error: class scope not found", &s.loc))?;
        let qualname = self.qualname_for(name);
        let firstline = decorators.first().map_or(s.loc.lineno, |d| d.loc.lineno);
        self.enter_unit(scope, name.to_string(), qualname.clone(), firstline);
        self.load_name("__name__")?;
        self.store_name("__module__")?;
        self.emit_const_str(&qualname);
        self.store_name("__qualname__")?;
        if body_needs_annotations(body) {
            self.emit(Opcode::SetupAnnotations, 0);
        }
        self.compile_body_with_docstring(body, false)?;
        let needs_cell = self.st.scope(scope).needs_class_cell;
        if needs_cell {
            let idx = self.deref_index("__class__").unwrap_or(0);
            self.emit(Opcode::LoadClosure, idx);
            self.emit(Opcode::Copy, 1);
            self.store_name("__classcell__")?;
            self.emit(Opcode::ReturnValue, 0);
        } else {
            let i = self.add_const(Value::None);
            self.emit(Opcode::ReturnConst, i);
        }
        let unit = self.units.pop().expect("class unit");
        let freevars = unit.freevars.clone();
        let code = self.assemble(unit)?;
        let code_v = self.code_value(code);
        self.set_line(&s.loc);
        self.emit(Opcode::PushNull, 0);
        self.emit(Opcode::LoadBuildClass, 0);
        self.make_closure(code_v, &freevars, 0)?;
        self.emit_const_str(name);
        self.compile_call_args(bases, keywords, 2, &s.loc)?;
        for _ in decorators.iter() {
            self.emit(Opcode::Call, 0);
        }
        self.store_name(name)
    }

    pub(crate) fn code_value(
        &mut self,
        code: std::rc::Rc<taipan_object::code::CodeObject>,
    ) -> Value {
        Value::Obj(taipan_object::Obj::new(
            &self.vm.types.code,
            taipan_object::Payload::Code(code),
        ))
    }
}

fn body_needs_annotations(body: &[Stmt<'_>]) -> bool {
    body.iter()
        .any(|s| matches!(s.kind, StmtKind::AnnAssign { simple: true, .. }))
}
