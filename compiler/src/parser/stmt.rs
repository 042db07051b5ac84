//! Statements: the three start rules, simple statements, assignments and compound statements (python.gram's statement rules).

use crate::ast::{
    Alias, Expr, ExprContext, ExprKind, Expression, Interactive, Loc, Module, Operator, Stmt,
    StmtKind, WithItem,
};
use crate::parser::expr::{expr_name, starts_expression};
use crate::parser::targets::{invalid_target, Targets};
use crate::parser::{Fail, PResult, Parser, BLOCK_COST};
use crate::token::{Token, TokenKind as T};

/// The operator of an augmented assignment token.
fn aug_operator(kind: T) -> Option<Operator> {
    Some(match kind {
        T::PlusEqual => Operator::Add,
        T::MinEqual => Operator::Sub,
        T::StarEqual => Operator::Mult,
        T::AtEqual => Operator::MatMult,
        T::SlashEqual => Operator::Div,
        T::PercentEqual => Operator::Mod,
        T::AmperEqual => Operator::BitAnd,
        T::VBarEqual => Operator::BitOr,
        T::CircumflexEqual => Operator::BitXor,
        T::LeftShiftEqual => Operator::LShift,
        T::RightShiftEqual => Operator::RShift,
        T::DoubleStarEqual => Operator::Pow,
        T::DoubleSlashEqual => Operator::FloorDiv,
        _ => return None,
    })
}

impl<'a> Parser<'a> {
    // ----- Start rules -------------------------------------------------------

    /// `file: [statements] ENDMARKER`.
    pub(crate) fn file(&mut self) -> PResult<Module<'a>> {
        let mut body = Vec::new();
        while !self.at(T::EndMarker) {
            self.statement(&mut body)?;
        }
        Ok(Module {
            body: self.slice(&body),
        })
    }

    /// `eval: expressions NEWLINE* ENDMARKER`.
    pub(crate) fn eval(&mut self) -> PResult<Expression<'a>> {
        let body = self.expressions()?;
        while self.eat(T::Newline).is_some() {}
        self.expect(T::EndMarker)?;
        Ok(Expression {
            body: self.alloc(body),
        })
    }

    /// `interactive: statement_newline`, plus CPython's check that nothing
    /// but comments follows the statement (`bad_single_statement`).
    pub(crate) fn interactive(&mut self) -> PResult<Interactive<'a>> {
        let mut body = Vec::new();
        if self.at(T::EndMarker) {
            return Err(Fail::Generic);
        }
        if self.is_compound_start() {
            self.statement(&mut body)?;
            if !self.at(T::EndMarker) {
                return Err(Fail::Generic);
            }
        } else {
            self.simple_stmts(&mut body)?;
            let newline = *self.last_token();
            if !self.at(T::EndMarker) {
                return Err(self.error_at_token(
                    &newline,
                    "multiple statements found while compiling a single statement",
                ));
            }
        }
        Ok(Interactive {
            body: self.slice(&body),
        })
    }

    /// The token just consumed.
    fn last_token(&self) -> &Token {
        &self.tokens[self.pos.saturating_sub(1)]
    }

    fn is_compound_start(&self) -> bool {
        match self.kind() {
            T::Def | T::At | T::If | T::Class | T::With | T::For | T::Try | T::While => true,
            T::Async => matches!(self.peek_kind(1), T::Def | T::With | T::For),
            _ => self.at_name("match"),
        }
    }

    // ----- Statements ------------------------------------------------------

    /// `statement: compound_stmt | simple_stmts`, appended to `out`.
    pub(crate) fn statement(&mut self, out: &mut Vec<Stmt<'a>>) -> PResult<()> {
        match self.kind() {
            T::Def | T::At | T::Class => out.push(self.decorated()?),
            T::Async if matches!(self.peek_kind(1), T::Def) => out.push(self.decorated()?),
            T::If => out.push(self.if_stmt()?),
            T::While => out.push(self.while_stmt()?),
            T::For => out.push(self.for_stmt(None)?),
            T::With => out.push(self.with_stmt(None)?),
            T::Try => out.push(self.try_stmt()?),
            T::Async if matches!(self.peek_kind(1), T::For | T::With) => {
                let async_tok = self.advance();
                let stmt = if self.at(T::For) {
                    self.for_stmt(Some(async_tok))?
                } else {
                    self.with_stmt(Some(async_tok))?
                };
                out.push(stmt);
            }
            T::Name if self.at_name("match") => match self.match_stmt()? {
                Some(stmt) => out.push(stmt),
                None => self.simple_stmts(out)?,
            },
            _ => self.simple_stmts(out)?,
        }
        Ok(())
    }

    /// `simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE`.
    pub(crate) fn simple_stmts(&mut self, out: &mut Vec<Stmt<'a>>) -> PResult<()> {
        loop {
            out.push(self.simple_stmt()?);
            if self.eat(T::Semi).is_none() || self.at(T::Newline) {
                break;
            }
        }
        self.expect(T::Newline)?;
        Ok(())
    }

    fn stmt(&self, kind: StmtKind<'a>, start: &Token) -> Stmt<'a> {
        Stmt {
            kind,
            loc: self.loc_from(start),
        }
    }

    fn simple_stmt(&mut self) -> PResult<Stmt<'a>> {
        let start = *self.tok();
        let kind = match start.kind {
            T::Pass => {
                self.advance();
                StmtKind::Pass
            }
            T::Break => {
                self.advance();
                StmtKind::Break
            }
            T::Continue => {
                self.advance();
                StmtKind::Continue
            }
            T::Return => {
                self.advance();
                let value = if starts_expression(self.kind()) || self.at(T::Star) {
                    Some({
                        let e = self.star_expressions()?;
                        self.alloc(e)
                    })
                } else {
                    None
                };
                StmtKind::Return { value }
            }
            T::Raise => {
                self.advance();
                let (mut exc, mut cause) = (None, None);
                if starts_expression(self.kind()) {
                    exc = Some({
                        let e = self.expression()?;
                        self.alloc(e)
                    });
                    if self.eat(T::From).is_some() {
                        cause = Some({
                            let e = self.expression()?;
                            self.alloc(e)
                        });
                    }
                }
                StmtKind::Raise { exc, cause }
            }
            T::Global | T::Nonlocal => {
                self.advance();
                let mut names = vec![{
                    let t = self.expect(T::Name)?;
                    self.name_of(&t)
                }];
                while self.eat(T::Comma).is_some() {
                    names.push({
                        let t = self.expect(T::Name)?;
                        self.name_of(&t)
                    });
                }
                let names = self.slice(&names);
                if start.kind == T::Global {
                    StmtKind::Global { names }
                } else {
                    StmtKind::Nonlocal { names }
                }
            }
            T::Del => {
                self.advance();
                let targets = self.del_targets()?;
                StmtKind::Delete {
                    targets: self.slice(&targets),
                }
            }
            T::Assert => {
                self.advance();
                let test = self.expression()?;
                let msg = if self.eat(T::Comma).is_some() {
                    Some({
                        let e = self.expression()?;
                        self.alloc(e)
                    })
                } else {
                    None
                };
                StmtKind::Assert {
                    test: self.alloc(test),
                    msg,
                }
            }
            T::Import => return self.import_name(),
            T::From => return self.import_from(),
            T::Yield => {
                let value = self.yield_expr()?;
                if self.at(T::Equal) {
                    return Err(
                        self.error_at(value.loc, "assignment to yield expression not possible")
                    );
                }
                StmtKind::Expr {
                    value: self.alloc(value),
                }
            }
            _ => return self.expression_statement(),
        };
        Ok(self.stmt(kind, &start))
    }

    // ----- Assignments and expression statements ---------------------------

    /// An expression statement, assignment, augmented or annotated assignment.
    fn expression_statement(&mut self) -> PResult<Stmt<'a>> {
        let start = *self.tok();
        let start_pos = self.pos;
        if self.at(T::Name) && self.peek_kind(1) == T::Colon {
            let name = self.advance();
            self.advance();
            let annotation = self.expression()?;
            let value = self.annotated_value()?;
            let target = self.expr(
                ExprKind::Name {
                    id: self.name_of(&name),
                    ctx: ExprContext::Store,
                },
                Self::token_loc(&name),
            );
            return Ok(self.stmt(
                StmtKind::AnnAssign {
                    target: self.alloc(target),
                    annotation: self.alloc(annotation),
                    value,
                    simple: true,
                },
                &start,
            ));
        }
        let first = self.star_expressions()?;
        match self.kind() {
            T::Colon => self.annotated_assignment(&start, first),
            T::Equal => self.assignment(&start, start_pos, first),
            T::ColonEqual => {
                self.check_first_target(start_pos, &first)?;
                Err(Fail::Generic)
            }
            kind => {
                if let Some(op) = aug_operator(kind) {
                    self.advance();
                    let value = self.assignment_value()?;
                    if !matches!(
                        first.kind,
                        ExprKind::Name { .. }
                            | ExprKind::Attribute { .. }
                            | ExprKind::Subscript { .. }
                    ) {
                        return Err(self.error_at(
                            first.loc,
                            format!(
                                "'{}' is an illegal expression for augmented assignment",
                                expr_name(&first)
                            ),
                        ));
                    }
                    let target = self.with_ctx(&first, ExprContext::Store);
                    return Ok(self.stmt(
                        StmtKind::AugAssign {
                            target: self.alloc(target),
                            op,
                            value: self.alloc(value),
                        },
                        &start,
                    ));
                }
                Ok(self.stmt(
                    StmtKind::Expr {
                        value: self.alloc(first),
                    },
                    &start,
                ))
            }
        }
    }

    /// `yield_expr | star_expressions` on the right of `=`.
    fn assignment_value(&mut self) -> PResult<Expr<'a>> {
        if self.at(T::Yield) {
            self.yield_expr()
        } else {
            self.star_expressions()
        }
    }

    /// `['=' annotated_rhs]` after an annotation.
    fn annotated_value(&mut self) -> PResult<Option<&'a Expr<'a>>> {
        if self.eat(T::Equal).is_some() {
            Ok(Some({
                let e = self.assignment_value()?;
                self.alloc(e)
            }))
        } else {
            Ok(None)
        }
    }

    /// `target: annotation [= value]` for a target other than a bare name.
    fn annotated_assignment(&mut self, start: &Token, first: Expr<'a>) -> PResult<Stmt<'a>> {
        self.advance();
        let annotation = self.expression()?;
        match first.kind {
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
            ExprKind::List { .. } => {
                return Err(
                    self.error_at(first.loc, "only single target (not list) can be annotated")
                )
            }
            ExprKind::Tuple { elts, .. } => {
                let parenthesized = start.kind == T::LPar
                    && first.loc.col_offset == start.col
                    && first.loc.lineno == start.lineno;
                let loc = match elts.first() {
                    Some(e) if !parenthesized => e.loc,
                    _ => first.loc,
                };
                return Err(self.error_at(loc, "only single target (not tuple) can be annotated"));
            }
            _ => return Err(self.error_at(first.loc, "illegal target for annotation")),
        }
        let value = self.annotated_value()?;
        let target = self.with_ctx(&first, ExprContext::Store);
        Ok(self.stmt(
            StmtKind::AnnAssign {
                target: self.alloc(target),
                annotation: self.alloc(annotation),
                value,
                simple: false,
            },
            start,
        ))
    }

    /// `(star_targets '=')+ (yield_expr | star_expressions)`, with the
    /// `invalid_assignment` errors.
    fn assignment(
        &mut self,
        start: &Token,
        start_pos: usize,
        first: Expr<'a>,
    ) -> PResult<Stmt<'a>> {
        let mut parts = vec![first];
        while self.eat(T::Equal).is_some() {
            match self.assignment_value() {
                Ok(e) => parts.push(e),
                Err(fail) => {
                    // The targets before a broken right side still get checked.
                    self.check_targets(start_pos, &parts)?;
                    return Err(fail);
                }
            }
        }
        let value = parts.pop().unwrap_or(first);
        self.check_targets(start_pos, &parts)?;
        let targets: Vec<Expr<'a>> = parts
            .iter()
            .map(|t| self.with_ctx(t, ExprContext::Store))
            .collect();
        Ok(self.stmt(
            StmtKind::Assign {
                targets: self.slice(&targets),
                value: self.alloc(value),
            },
            start,
        ))
    }

    /// Reports the first invalid assignment target the way CPython's second
    /// pass finds it.
    fn check_targets(&mut self, start_pos: usize, targets: &[Expr<'a>]) -> PResult<()> {
        let first_bad = targets.iter().find(|t| {
            matches!(t.kind, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. })
                || invalid_target(t, Targets::Star).is_some()
        });
        let Some(bad) = first_bad else {
            return Ok(());
        };
        self.check_first_target(start_pos, &targets[0])?;
        if matches!(
            bad.kind,
            ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }
        ) {
            return Err(self.error_at(bad.loc, "assignment to yield expression not possible"));
        }
        match invalid_target(bad, Targets::Star) {
            Some(e) => Err(self.invalid_target_error(e, Targets::Star)),
            None => Ok(()),
        }
    }

    /// `invalid_assignment`'s `star_named_expression ',' star_named_expressions*`
    /// alternative: each element of the first target, up to the first `=`,
    /// passes through `invalid_named_expression`.
    fn check_first_target(&mut self, start_pos: usize, _first: &Expr<'a>) -> PResult<()> {
        let mut depth = 0i32;
        let mut element_start = start_pos;
        let mut i = start_pos;
        while let Some(t) = self.tokens.get(i) {
            match t.kind {
                T::LPar | T::LSqb | T::LBrace => depth += 1,
                T::RPar | T::RSqb | T::RBrace => depth -= 1,
                T::Comma if depth == 0 => element_start = i + 1,
                T::Equal | T::ColonEqual if depth == 0 => {
                    return self.invalid_named_expression(element_start);
                }
                T::Newline | T::Semi | T::EndMarker | T::Error => break,
                _ => {}
            }
            i += 1;
        }
        Ok(())
    }

    // ----- Imports -----------------------------------------------------------

    /// `dotted_name`: `a.b.c` as one string.
    fn dotted_name(&mut self) -> PResult<&'a str> {
        let first = self.expect(T::Name)?;
        if !self.at(T::Dot) {
            return Ok(self.name_of(&first));
        }
        let mut name = self.name_of(&first).to_owned();
        while self.eat(T::Dot).is_some() {
            let part = self.expect(T::Name)?;
            name.push('.');
            name.push_str(self.name_of(&part));
        }
        Ok(self.arena.alloc_str(&name))
    }

    /// `import_name: 'import' dotted_as_names`.
    fn import_name(&mut self) -> PResult<Stmt<'a>> {
        let start = self.advance();
        let mut names = Vec::new();
        loop {
            let first = *self.tok();
            let name = self.dotted_name()?;
            let asname = if self.eat(T::As).is_some() {
                Some({
                    let t = self.expect(T::Name)?;
                    self.name_of(&t)
                })
            } else {
                None
            };
            names.push(Alias {
                name,
                asname,
                loc: self.loc_from(&first),
            });
            if self.eat(T::Comma).is_none() {
                break;
            }
        }
        Ok(self.stmt(
            StmtKind::Import {
                names: self.slice(&names),
            },
            &start,
        ))
    }

    /// `import_from: 'from' ('.' | '...')* dotted_name 'import' targets`.
    fn import_from(&mut self) -> PResult<Stmt<'a>> {
        let start = self.advance();
        let mut level = 0;
        loop {
            match self.kind() {
                T::Dot => level += 1,
                T::Ellipsis => level += 3,
                _ => break,
            }
            self.advance();
        }
        let module = if level == 0 || self.at(T::Name) {
            Some(self.dotted_name()?)
        } else {
            None
        };
        self.expect(T::Import)?;
        let mut names = Vec::new();
        if let Some(star) = self.eat(T::Star) {
            names.push(Alias {
                name: "*",
                asname: None,
                loc: Self::token_loc(&star),
            });
        } else {
            let parenthesized = self.eat(T::LPar).is_some();
            loop {
                let name = self.expect(T::Name)?;
                let asname = if self.eat(T::As).is_some() {
                    Some({
                        let t = self.expect(T::Name)?;
                        self.name_of(&t)
                    })
                } else {
                    None
                };
                names.push(Alias {
                    name: self.name_of(&name),
                    asname,
                    loc: self.loc_from(&name),
                });
                if self.eat(T::Comma).is_none() {
                    break;
                }
                if parenthesized && self.at(T::RPar) {
                    break;
                }
                if !parenthesized && self.at(T::Newline) {
                    return Err(self.error_at_last_fetched(
                        "trailing comma not allowed without surrounding parentheses",
                    ));
                }
            }
            if parenthesized {
                self.expect(T::RPar)?;
            }
        }
        Ok(self.stmt(
            StmtKind::ImportFrom {
                module,
                names: self.slice(&names),
                level,
            },
            &start,
        ))
    }

    // ----- Blocks --------------------------------------------------------------

    /// `block`: an indented suite or simple statements on the same line.
    /// `owner` names the statement for "expected an indented block after ...".
    pub(crate) fn block(&mut self, owner: &str, owner_line: u32) -> PResult<&'a [Stmt<'a>]> {
        let mut body = Vec::new();
        if self.eat(T::Newline).is_none() {
            self.simple_stmts(&mut body)?;
            return Ok(self.slice(&body));
        }
        if self.eat(T::Indent).is_none() {
            return Err(self.indentation_error_at_last_fetched(format!(
                "expected an indented block after {owner} on line {owner_line}"
            )));
        }
        self.enter(BLOCK_COST)?;
        let result = (|| {
            while !self.at(T::Dedent) {
                if self.at(T::EndMarker) {
                    return Err(Fail::Generic);
                }
                self.statement(&mut body)?;
            }
            self.advance();
            Ok(())
        })();
        self.leave(BLOCK_COST);
        result?;
        Ok(self.slice(&body))
    }

    /// The `:` ending a compound statement header: `expected ':'` when the
    /// line ends instead (the `invalid_*_stmt` rules).
    fn header_colon(&mut self) -> PResult<()> {
        if self.eat(T::Colon).is_some() {
            return Ok(());
        }
        if self.at(T::Newline) {
            return Err(self.error_at_last_fetched("expected ':'"));
        }
        Err(Fail::Generic)
    }

    /// `else_block`: `'else' &&':' block`, if present.
    fn else_block(&mut self) -> PResult<&'a [Stmt<'a>]> {
        let Some(else_tok) = self.eat(T::Else) else {
            return Ok(&[]);
        };
        self.expect_forced(T::Colon, ":")?;
        self.block("'else' statement", else_tok.lineno)
    }

    // ----- Compound statements -------------------------------------------------

    fn if_stmt(&mut self) -> PResult<Stmt<'a>> {
        let start = self.advance();
        let test = self.named_expression()?;
        self.header_colon()?;
        let body = self.block("'if' statement", start.lineno)?;
        let orelse = self.elif_or_else()?;
        Ok(self.stmt(
            StmtKind::If {
                test: self.alloc(test),
                body,
                orelse,
            },
            &start,
        ))
    }

    /// The `elif` chain (as nested `If`s, folded from the last one so that
    /// long chains need no recursion) or `else` block after an `if` body.
    fn elif_or_else(&mut self) -> PResult<&'a [Stmt<'a>]> {
        let mut elifs: Vec<(Token, Expr<'a>, &'a [Stmt<'a>])> = Vec::new();
        while self.at(T::Elif) {
            let start = self.advance();
            let test = self.named_expression()?;
            self.header_colon()?;
            let body = self.block("'elif' statement", start.lineno)?;
            elifs.push((start, test, body));
            // CPython's `elif_stmt` recurses once per `elif`.
            self.check_level(elifs.len() as u32)?;
        }
        let mut orelse = self.else_block()?;
        let end = *self.last_significant();
        while let Some((start, test, body)) = elifs.pop() {
            let stmt = Stmt {
                kind: StmtKind::If {
                    test: self.alloc(test),
                    body,
                    orelse,
                },
                loc: Loc {
                    lineno: start.lineno,
                    col_offset: start.col,
                    end_lineno: end.end_lineno,
                    end_col_offset: end.end_col,
                },
            };
            orelse = self.slice(&[stmt]);
        }
        Ok(orelse)
    }

    fn while_stmt(&mut self) -> PResult<Stmt<'a>> {
        let start = self.advance();
        let test = self.named_expression()?;
        self.header_colon()?;
        let body = self.block("'while' statement", start.lineno)?;
        let orelse = self.else_block()?;
        Ok(self.stmt(
            StmtKind::While {
                test: self.alloc(test),
                body,
                orelse,
            },
            &start,
        ))
    }

    fn for_stmt(&mut self, async_tok: Option<Token>) -> PResult<Stmt<'a>> {
        let for_tok = self.advance();
        let start = async_tok.unwrap_or(for_tok);
        let target = self.for_targets()?;
        self.expect(T::In)?;
        let iter = self.star_expressions()?;
        self.header_colon()?;
        let body = self.block("'for' statement", for_tok.lineno)?;
        let orelse = self.else_block()?;
        let (target, iter) = (self.alloc(target), self.alloc(iter));
        let kind = if async_tok.is_some() {
            StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
            }
        } else {
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            }
        };
        Ok(self.stmt(kind, &start))
    }

    /// `with_item: expression ['as' star_target]`.
    fn with_item(&mut self) -> PResult<WithItem<'a>> {
        let context_expr = self.expression()?;
        let optional_vars = if self.eat(T::As).is_some() {
            Some({
                let e = self.with_target()?;
                self.alloc(e)
            })
        } else {
            None
        };
        Ok(WithItem {
            context_expr,
            optional_vars,
        })
    }

    /// `','.with_item+`, up to (not including) `close`.
    fn with_items(&mut self, parenthesized: bool) -> PResult<Vec<WithItem<'a>>> {
        let mut items = vec![self.with_item()?];
        while self.eat(T::Comma).is_some() {
            if parenthesized && self.at(T::RPar) {
                break;
            }
            items.push(self.with_item()?);
        }
        Ok(items)
    }

    fn with_stmt(&mut self, async_tok: Option<Token>) -> PResult<Stmt<'a>> {
        let with_tok = self.advance();
        let start = async_tok.unwrap_or(with_tok);
        let mut items = None;
        let mut first_error = None;
        if self.at(T::LPar) {
            // `with (a, b):` groups items; `with (a, b) as c:` is an expression.
            let save = self.pos;
            self.advance();
            match self.with_items(true) {
                Ok(parsed) if self.eat(T::RPar).is_some() => {
                    if self.at(T::Colon) {
                        items = Some(parsed);
                    } else if self.at(T::Newline) {
                        return Err(self.error_at_last_fetched("expected ':'"));
                    }
                }
                Ok(_) | Err(Fail::Generic) => {}
                Err(e) => first_error = Some(e),
            }
            if items.is_none() {
                self.pos = save;
            }
        }
        let items = match items {
            Some(items) => items,
            None => match self.with_items(false) {
                Ok(items) => items,
                Err(Fail::Generic) => return Err(first_error.unwrap_or(Fail::Generic)),
                Err(e) => return Err(e),
            },
        };
        self.header_colon()?;
        let body = self.block("'with' statement", with_tok.lineno)?;
        let items = self.slice(&items);
        let kind = if async_tok.is_some() {
            StmtKind::AsyncWith { items, body }
        } else {
            StmtKind::With { items, body }
        };
        Ok(self.stmt(kind, &start))
    }

    fn try_stmt(&mut self) -> PResult<Stmt<'a>> {
        let start = self.advance();
        self.expect_forced(T::Colon, ":")?;
        let body = self.block("'try' statement", start.lineno)?;
        let mut handlers = Vec::new();
        let mut star = None;
        while self.at(T::Except) {
            let except = *self.tok();
            let is_star = self.peek_kind(1) == T::Star;
            match star {
                Some(previous) if previous != is_star => {
                    let msg = "cannot have both 'except' and 'except*' on the same 'try'";
                    return Err(if is_star {
                        let star_tok = *self.nth(1);
                        self.error_range(Self::token_loc(&except), Self::token_loc(&star_tok), msg)
                    } else {
                        self.error_at_token(&except, msg)
                    });
                }
                _ => star = Some(is_star),
            }
            handlers.push(self.except_block(is_star)?);
        }
        let orelse = if handlers.is_empty() {
            &[][..]
        } else {
            self.else_block()?
        };
        let finalbody = match self.eat(T::Finally) {
            Some(finally) => {
                self.expect_forced(T::Colon, ":")?;
                self.block("'finally' statement", finally.lineno)?
            }
            None => &[][..],
        };
        if handlers.is_empty() && finalbody.is_empty() {
            let _ = self.tok();
            return Err(self.error_at_last_fetched("expected 'except' or 'finally' block"));
        }
        let handlers = self.slice(&handlers);
        let kind = if star == Some(true) {
            StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            }
        } else {
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
        };
        Ok(self.stmt(kind, &start))
    }

    /// `except_block` / `except_star_block`.
    fn except_block(&mut self, is_star: bool) -> PResult<crate::ast::ExceptHandler<'a>> {
        let start = self.advance();
        if is_star {
            self.advance();
            if matches!(self.kind(), T::Newline | T::Colon) {
                return Err(self.error_at_last_fetched("expected one or more exception types"));
            }
        }
        let mut type_ = None;
        let mut name = None;
        if !self.at(T::Colon) {
            if self.at(T::Newline) {
                return Err(self.error_at_last_fetched("expected ':'"));
            }
            let e = self.expression()?;
            if self.at(T::Comma) {
                let save = self.pos;
                self.advance();
                if self.expressions().is_ok() {
                    if self.eat(T::As).is_some() {
                        let _ = self.eat(T::Name);
                    }
                    if self.at(T::Colon) {
                        return Err(self
                            .error_from(e.loc, "multiple exception types must be parenthesized"));
                    }
                }
                self.pos = save;
                return Err(Fail::Generic);
            }
            type_ = Some(self.alloc(e));
            if self.eat(T::As).is_some() {
                name = Some({
                    let t = self.expect(T::Name)?;
                    self.name_of(&t)
                });
            }
        }
        self.header_colon()?;
        let owner = if is_star {
            "'except*' statement"
        } else {
            "'except' statement"
        };
        let body = self.block(owner, start.lineno)?;
        Ok(crate::ast::ExceptHandler {
            type_,
            name,
            body,
            loc: self.loc_from(&start),
        })
    }

    /// Decorators followed by a function or class definition.
    fn decorated(&mut self) -> PResult<Stmt<'a>> {
        let mut decorators = Vec::new();
        while self.eat(T::At).is_some() {
            decorators.push(self.named_expression()?);
            self.expect(T::Newline)?;
        }
        let decorator_list = self.slice(&decorators);
        match self.kind() {
            T::Class => self.class_def(decorator_list),
            T::Def => self.function_def(None, decorator_list),
            T::Async if self.peek_kind(1) == T::Def => {
                let async_tok = self.advance();
                self.function_def(Some(async_tok), decorator_list)
            }
            _ => Err(Fail::Generic),
        }
    }

    fn function_def(
        &mut self,
        async_tok: Option<Token>,
        decorator_list: &'a [Expr<'a>],
    ) -> PResult<Stmt<'a>> {
        let def = self.advance();
        let start = async_tok.unwrap_or(def);
        let name = self.expect(T::Name)?;
        self.expect_forced(T::LPar, "(")?;
        let args = self.parameters(false)?;
        self.expect(T::RPar)?;
        let returns = if self.eat(T::RArrow).is_some() {
            Some({
                let e = self.expression()?;
                self.alloc(e)
            })
        } else {
            None
        };
        self.expect_forced(T::Colon, ":")?;
        let body = self.block("function definition", def.lineno)?;
        let (name, args) = (self.name_of(&name), self.alloc(args));
        let kind = if async_tok.is_some() {
            StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
            }
        } else {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
            }
        };
        Ok(self.stmt(kind, &start))
    }

    fn class_def(&mut self, decorator_list: &'a [Expr<'a>]) -> PResult<Stmt<'a>> {
        let start = self.advance();
        let name = self.expect(T::Name)?;
        let (mut bases, mut keywords) = (&[][..], &[][..]);
        if self.at(T::LPar) {
            (bases, keywords) = self.call_arguments(false)?;
        }
        self.header_colon()?;
        let body = self.block("class definition", start.lineno)?;
        Ok(self.stmt(
            StmtKind::ClassDef {
                name: self.name_of(&name),
                bases,
                keywords,
                body,
                decorator_list,
            },
            &start,
        ))
    }
}
