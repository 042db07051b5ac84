//! Expressions: from `expression` down to `atom`, displays and comprehensions (the EXPRESSIONS part of python.gram).

use crate::ast::{
    BoolOp, CmpOp, Comprehension, Constant, Expr, ExprContext, ExprKind, Operator, UnaryOp,
};
use crate::parser::{Fail, PResult, Parser, BRACKET_COST, EXPRESSION_COST};
use crate::token::{Token, TokenKind as T};

/// Binary operators of `bitwise_or` .. `term` with their precedence.
fn binary_operator(kind: T) -> Option<(Operator, u8)> {
    Some(match kind {
        T::VBar => (Operator::BitOr, 1),
        T::Circumflex => (Operator::BitXor, 2),
        T::Amper => (Operator::BitAnd, 3),
        T::LeftShift => (Operator::LShift, 4),
        T::RightShift => (Operator::RShift, 4),
        T::Plus => (Operator::Add, 5),
        T::Minus => (Operator::Sub, 5),
        T::Star => (Operator::Mult, 6),
        T::Slash => (Operator::Div, 6),
        T::DoubleSlash => (Operator::FloorDiv, 6),
        T::Percent => (Operator::Mod, 6),
        T::At => (Operator::MatMult, 6),
        _ => return None,
    })
}

/// Prefix operators, start token and value of the left side of a `**`
/// whose right side is still being parsed.
type PowerOperand<'a> = (Vec<(UnaryOp, Token)>, Token, Expr<'a>);

/// True if a token of this kind can begin an `expression`.
pub(crate) fn starts_expression(kind: T) -> bool {
    matches!(
        kind,
        T::Name
            | T::Number
            | T::String
            | T::LPar
            | T::LSqb
            | T::LBrace
            | T::Minus
            | T::Plus
            | T::Tilde
            | T::Not
            | T::Lambda
            | T::Await
            | T::None
            | T::True
            | T::False
            | T::Ellipsis
    )
}

/// `_PyPegen_get_expr_name`: how error messages call an expression.
pub(crate) fn expr_name(e: &Expr<'_>) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

impl<'a> Parser<'a> {
    // ----- expression ------------------------------------------------------

    /// `expression`: a conditional expression, a lambda or a disjunction.
    pub(crate) fn expression(&mut self) -> PResult<Expr<'a>> {
        self.enter(EXPRESSION_COST)?;
        let result = self.expression_inner();
        self.leave(EXPRESSION_COST);
        result
    }

    fn expression_inner(&mut self) -> PResult<Expr<'a>> {
        if self.at(T::Lambda) {
            return self.lambdef();
        }
        let start_pos = self.pos;
        let first = self.disjunction()?;
        if !self.at(T::If) {
            self.check_juxtaposed(start_pos, &first)?;
            return Ok(first);
        }
        // `a if b else c if d else e`, parsed in a loop and folded from the right.
        let mut pending: Vec<(Token, Expr<'a>, Expr<'a>)> = Vec::new();
        let mut body = first;
        let mut body_start = self.tokens[start_pos];
        let last = loop {
            self.advance();
            let test = self.disjunction()?;
            if !self.at(T::Else) {
                if !self.at(T::Colon) {
                    return Err(self.error_range(
                        body.loc,
                        test.loc,
                        "expected 'else' after 'if' expression",
                    ));
                }
                return Err(Fail::Generic);
            }
            self.advance();
            pending.push((body_start, body, test));
            self.check_level(2 * pending.len() as u32)?;
            if self.at(T::Lambda) {
                break self.lambdef()?;
            }
            let body_pos = self.pos;
            body_start = *self.tok();
            body = self.disjunction()?;
            if !self.at(T::If) {
                self.check_juxtaposed(body_pos, &body)?;
                break body;
            }
        };
        let mut result = last;
        while let Some((start, body, test)) = pending.pop() {
            let loc = self.loc_from(&start);
            result = self.expr(
                ExprKind::IfExp {
                    test: self.alloc(test),
                    body: self.alloc(body),
                    orelse: self.alloc(result),
                },
                loc,
            );
        }
        Ok(result)
    }

    /// The `invalid_expression` and `invalid_legacy_expression` checks: a
    /// disjunction directly followed by another expression.
    fn check_juxtaposed(&mut self, start_pos: usize, a: &Expr<'a>) -> PResult<()> {
        if !starts_expression(self.kind()) {
            return Ok(());
        }
        let first = self.tokens[start_pos];
        let second_kind = self.tokens.get(start_pos + 1).map(|t| t.kind);
        let legacy =
            matches!(&a.kind, ExprKind::Name { id, .. } if *id == "print" || *id == "exec");
        if legacy {
            if self.at(T::LPar) {
                return Ok(());
            }
            let mark = self.mark();
            let id = self.text(&first);
            if let Ok(b) = self.star_expressions() {
                return Err(self.error_range(
                    a.loc,
                    b.loc,
                    format!("Missing parentheses in call to '{id}'. Did you mean {id}(...)?"),
                ));
            }
            self.reset(mark);
            return Ok(());
        }
        let soft_keyword = first.kind == T::Name && {
            let word = self.text(&first);
            word == "match" || word == "case" || word == "_"
        };
        if soft_keyword || (first.kind == T::Name && second_kind == Some(T::String)) {
            return Ok(());
        }
        let mark = self.mark();
        let b = self.expression_without_invalid();
        let in_brackets = self.bracket_level_before(self.pos) > 0;
        match b {
            Ok(b) if in_brackets => {
                Err(self.error_range(a.loc, b.loc, "invalid syntax. Perhaps you forgot a comma?"))
            }
            Ok(_) | Err(Fail::Generic) => {
                self.reset(mark);
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// `expression_without_invalid`: an expression, without the
    /// juxtaposition checks (used to find the second of two expressions).
    fn expression_without_invalid(&mut self) -> PResult<Expr<'a>> {
        self.enter(EXPRESSION_COST)?;
        let result = (|| {
            if self.at(T::Lambda) {
                return self.lambdef();
            }
            let start = *self.tok();
            let a = self.disjunction()?;
            if !self.at(T::If) {
                return Ok(a);
            }
            self.advance();
            let test = self.disjunction()?;
            self.expect(T::Else)?;
            let orelse = self.expression()?;
            let loc = self.loc_from(&start);
            Ok(self.expr(
                ExprKind::IfExp {
                    test: self.alloc(test),
                    body: self.alloc(a),
                    orelse: self.alloc(orelse),
                },
                loc,
            ))
        })();
        self.leave(EXPRESSION_COST);
        result
    }

    /// The bracket nesting level after the token before index `pos`.
    pub(crate) fn bracket_level_before(&self, pos: usize) -> i32 {
        let mut level = 0i32;
        for t in &self.tokens[..pos.min(self.tokens.len())] {
            match t.kind {
                T::LPar | T::LSqb | T::LBrace => level += 1,
                T::RPar | T::RSqb | T::RBrace => level -= 1,
                _ => {}
            }
        }
        level
    }

    /// `expressions`: the body of eval mode; a tuple if there is a comma.
    pub(crate) fn expressions(&mut self) -> PResult<Expr<'a>> {
        let start = *self.tok();
        let first = self.expression()?;
        if !self.at(T::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma).is_some() {
            if !starts_expression(self.kind()) {
                break;
            }
            elts.push(self.expression()?);
        }
        let loc = self.loc_from(&start);
        Ok(self.expr(
            ExprKind::Tuple {
                elts: self.slice(&elts),
                ctx: ExprContext::Load,
            },
            loc,
        ))
    }

    /// `star_expressions`: a star_expression, or a tuple of them.
    pub(crate) fn star_expressions(&mut self) -> PResult<Expr<'a>> {
        let start = *self.tok();
        let first = self.star_expression()?;
        if !self.at(T::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma).is_some() {
            if !(starts_expression(self.kind()) || self.at(T::Star)) {
                break;
            }
            elts.push(self.star_expression()?);
        }
        let loc = self.loc_from(&start);
        Ok(self.expr(
            ExprKind::Tuple {
                elts: self.slice(&elts),
                ctx: ExprContext::Load,
            },
            loc,
        ))
    }

    /// `star_expression`: `*bitwise_or` or an expression.
    pub(crate) fn star_expression(&mut self) -> PResult<Expr<'a>> {
        if self.at(T::Star) {
            return self.starred_bitwise_or();
        }
        self.expression()
    }

    fn starred_bitwise_or(&mut self) -> PResult<Expr<'a>> {
        let star = self.advance();
        let value = self.bitwise_or()?;
        let loc = self.loc_from(&star);
        Ok(self.expr(
            ExprKind::Starred {
                value: self.alloc(value),
                ctx: ExprContext::Load,
            },
            loc,
        ))
    }

    /// `star_named_expression`: `*bitwise_or` or a named expression.
    pub(crate) fn star_named_expression(&mut self) -> PResult<Expr<'a>> {
        if self.at(T::Star) {
            return self.starred_bitwise_or();
        }
        self.named_expression()
    }

    /// `star_named_expressions` after a first element, up to (not including)
    /// the closing bracket `close`; a trailing comma is allowed.
    fn star_named_expressions_rest(&mut self, elts: &mut Vec<Expr<'a>>, close: T) -> PResult<()> {
        while self.eat(T::Comma).is_some() {
            if self.at(close) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        Ok(())
    }

    /// `named_expression`: `NAME := expression` or an expression, with the
    /// `invalid_named_expression` checks.
    pub(crate) fn named_expression(&mut self) -> PResult<Expr<'a>> {
        if self.at(T::Name) && self.peek_kind(1) == T::ColonEqual {
            return self.assignment_expression();
        }
        let start_pos = self.pos;
        let a = self.expression()?;
        match self.kind() {
            T::ColonEqual => {
                self.invalid_named_expression(start_pos)?;
                Err(Fail::Generic)
            }
            T::Equal => {
                self.invalid_named_expression(start_pos)?;
                Ok(a)
            }
            _ => Ok(a),
        }
    }

    /// `invalid_named_expression` tried at token `start_pos`: misuse of `=`
    /// and `:=` where a named expression is expected. Leaves the parser
    /// where it was when nothing is reported.
    pub(crate) fn invalid_named_expression(&mut self, start_pos: usize) -> PResult<()> {
        let mark = self.mark();
        self.pos = start_pos;
        let result = self.invalid_named_expression_alternatives(start_pos);
        self.reset(mark);
        result
    }

    fn invalid_named_expression_alternatives(&mut self, start_pos: usize) -> PResult<()> {
        if self.at(T::Name) && self.peek_kind(1) == T::ColonEqual {
            // `assignment_expression` comes first and matches.
            return Ok(());
        }
        // a=expression ':=' expression
        match self.expression() {
            Ok(a) if self.at(T::ColonEqual) => {
                self.advance();
                match self.expression() {
                    Ok(_) => {
                        return Err(self.error_at(
                            a.loc,
                            format!("cannot use assignment expressions with {}", expr_name(&a)),
                        ))
                    }
                    Err(e @ Fail::Error(_)) => return Err(e),
                    Err(Fail::Generic) => {}
                }
            }
            Ok(_) | Err(Fail::Generic) => {}
            Err(e) => return Err(e),
        }
        // a=NAME '=' b=bitwise_or !('='|':=')
        self.pos = start_pos;
        if self.at(T::Name) && self.peek_kind(1) == T::Equal {
            let name = self.advance();
            self.advance();
            if let Ok(b) = self.bitwise_or() {
                if !matches!(self.kind(), T::Equal | T::ColonEqual) {
                    return Err(self.error_range(
                        Self::token_loc(&name),
                        b.loc,
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    ));
                }
            }
        }
        // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or '=' bitwise_or !('='|':=')
        self.pos = start_pos;
        if self.starts_with_display() {
            return Ok(());
        }
        self.pos = start_pos;
        if let Ok(a) = self.bitwise_or() {
            if self.eat(T::Equal).is_some()
                && self.bitwise_or().is_ok()
                && !matches!(self.kind(), T::Equal | T::ColonEqual)
            {
                return Err(self.error_at(
                    a.loc,
                    format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        expr_name(&a)
                    ),
                ));
            }
        }
        Ok(())
    }

    /// `&(list|tuple|genexp|'True'|'None'|'False')` at the current token.
    fn starts_with_display(&mut self) -> bool {
        let open = *self.tok();
        let atom = match open.kind {
            T::True | T::None | T::False => return true,
            T::LSqb => self.list_atom(),
            T::LPar => self.paren_atom(),
            _ => return false,
        };
        match atom {
            Ok(Expr {
                kind: ExprKind::List { .. },
                ..
            })
            | Ok(Expr {
                kind: ExprKind::GeneratorExp { .. },
                ..
            }) => true,
            Ok(Expr {
                kind: ExprKind::Tuple { .. },
                loc,
            }) => loc.lineno == open.lineno && loc.col_offset == open.col,
            _ => false,
        }
    }

    /// `assignment_expression`: `NAME := expression`.
    pub(crate) fn assignment_expression(&mut self) -> PResult<Expr<'a>> {
        let name = self.advance();
        self.advance();
        let value = self.expression()?;
        let target = self.expr(
            ExprKind::Name {
                id: self.name_of(&name),
                ctx: ExprContext::Store,
            },
            Self::token_loc(&name),
        );
        let loc = self.loc_from(&name);
        Ok(self.expr(
            ExprKind::NamedExpr {
                target: self.alloc(target),
                value: self.alloc(value),
            },
            loc,
        ))
    }

    /// `yield_expr`: `yield from e`, `yield [star_expressions]`.
    pub(crate) fn yield_expr(&mut self) -> PResult<Expr<'a>> {
        let start = self.advance();
        if self.eat(T::From).is_some() {
            let value = self.expression()?;
            let loc = self.loc_from(&start);
            return Ok(self.expr(
                ExprKind::YieldFrom {
                    value: self.alloc(value),
                },
                loc,
            ));
        }
        let value = if starts_expression(self.kind()) || self.at(T::Star) {
            Some({
                let e = self.star_expressions()?;
                self.alloc(e)
            })
        } else {
            None
        };
        let loc = self.loc_from(&start);
        Ok(self.expr(ExprKind::Yield { value }, loc))
    }

    // ----- Boolean and comparison levels -----------------------------------

    pub(crate) fn disjunction(&mut self) -> PResult<Expr<'a>> {
        let start = *self.tok();
        let first = self.conjunction()?;
        let mut values = vec![first];
        while self.at(T::Or) {
            let before = self.pos;
            self.advance();
            match self.conjunction() {
                Ok(e) => values.push(e),
                Err(Fail::Generic) => {
                    self.pos = before;
                    break;
                }
                Err(e) => return Err(e),
            }
        }
        if values.len() == 1 {
            return Ok(first);
        }
        Ok(self.bool_op(BoolOp::Or, &values, &start))
    }

    fn conjunction(&mut self) -> PResult<Expr<'a>> {
        let start = *self.tok();
        let first = self.inversion()?;
        let mut values = vec![first];
        while self.at(T::And) {
            let before = self.pos;
            self.advance();
            match self.inversion() {
                Ok(e) => values.push(e),
                Err(Fail::Generic) => {
                    self.pos = before;
                    break;
                }
                Err(e) => return Err(e),
            }
        }
        if values.len() == 1 {
            return Ok(values[0]);
        }
        Ok(self.bool_op(BoolOp::And, &values, &start))
    }

    fn bool_op(&self, op: BoolOp, values: &[Expr<'a>], start: &Token) -> Expr<'a> {
        let loc = self.loc_from(start);
        self.expr(
            ExprKind::BoolOp {
                op,
                values: self.slice(values),
            },
            loc,
        )
    }

    /// `inversion`: `not`* comparison, with the `not`s taken in a loop.
    fn inversion(&mut self) -> PResult<Expr<'a>> {
        let mut nots: Vec<Token> = Vec::new();
        while self.at(T::Not) {
            nots.push(self.advance());
        }
        self.check_level(nots.len() as u32)?;
        let mut e = self.comparison()?;
        while let Some(not) = nots.pop() {
            let loc = self.loc_from(&not);
            e = self.expr(
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: self.alloc(e),
                },
                loc,
            );
        }
        Ok(e)
    }

    fn comparison_operator(&self) -> Option<(CmpOp, usize)> {
        Some(match self.kind() {
            T::EqEqual => (CmpOp::Eq, 1),
            T::NotEqual => (CmpOp::NotEq, 1),
            T::Less => (CmpOp::Lt, 1),
            T::LessEqual => (CmpOp::LtE, 1),
            T::Greater => (CmpOp::Gt, 1),
            T::GreaterEqual => (CmpOp::GtE, 1),
            T::In => (CmpOp::In, 1),
            T::Not if self.peek_kind(1) == T::In => (CmpOp::NotIn, 2),
            T::Is if self.peek_kind(1) == T::Not => (CmpOp::IsNot, 2),
            T::Is => (CmpOp::Is, 1),
            _ => return None,
        })
    }

    fn comparison(&mut self) -> PResult<Expr<'a>> {
        let start = *self.tok();
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some((op, len)) = self.comparison_operator() {
            let before = self.pos;
            for _ in 0..len {
                self.advance();
            }
            match self.bitwise_or() {
                Ok(e) => {
                    ops.push(op);
                    comparators.push(e);
                }
                Err(Fail::Generic) => {
                    self.pos = before;
                    break;
                }
                Err(e) => return Err(e),
            }
        }
        if ops.is_empty() {
            return Ok(left);
        }
        let loc = self.loc_from(&start);
        Ok(self.expr(
            ExprKind::Compare {
                left: self.alloc(left),
                ops: self.slice(&ops),
                comparators: self.slice(&comparators),
            },
            loc,
        ))
    }

    // ----- Arithmetic -----------------------------------------------------

    /// `bitwise_or` down to `term`, by precedence climbing.
    pub(crate) fn bitwise_or(&mut self) -> PResult<Expr<'a>> {
        self.binary(1)
    }

    fn binary(&mut self, min_prec: u8) -> PResult<Expr<'a>> {
        let start = *self.tok();
        let mut left = self.factor()?;
        while let Some((op, prec)) = binary_operator(self.kind()) {
            if prec < min_prec {
                break;
            }
            // Like the PEG rules, a missing right operand leaves the
            // operator for the caller (which then fails at the furthest token).
            let before = self.pos;
            self.advance();
            let right = match self.binary(prec + 1) {
                Ok(right) => right,
                Err(Fail::Generic) => {
                    self.pos = before;
                    break;
                }
                Err(e) => return Err(e),
            };
            let loc = self.loc_from(&start);
            left = self.expr(
                ExprKind::BinOp {
                    left: self.alloc(left),
                    op,
                    right: self.alloc(right),
                },
                loc,
            );
        }
        Ok(left)
    }

    /// `factor` and `power`: prefix `+ - ~` and right-associative `**`,
    /// both handled with loops so that long chains need no recursion.
    fn factor(&mut self) -> PResult<Expr<'a>> {
        // Each entry: the prefix operators of one operand and the operand,
        // which is the left side of a `**` still waiting for its right side.
        let mut pending: Vec<PowerOperand<'a>> = Vec::new();
        let mut depth = 0u32;
        let mut pow_positions: Vec<usize> = Vec::new();
        let mut result = loop {
            let mut prefixes = Vec::new();
            loop {
                let op = match self.kind() {
                    T::Plus => UnaryOp::UAdd,
                    T::Minus => UnaryOp::USub,
                    T::Tilde => UnaryOp::Invert,
                    _ => break,
                };
                prefixes.push((op, self.advance()));
            }
            depth += prefixes.len() as u32 + 1;
            self.check_level(depth)?;
            let base_start = *self.tok();
            let base = match self.await_primary() {
                Ok(base) => base,
                Err(Fail::Generic) if prefixes.is_empty() => match pending.pop() {
                    // `a **` with nothing after: `power` falls back to `a`.
                    Some((prefixes, _, base)) => {
                        self.pos = pow_positions.pop().unwrap_or(self.pos);
                        break self.apply_prefixes(prefixes, base);
                    }
                    None => return Err(Fail::Generic),
                },
                Err(e) => return Err(e),
            };
            if self.at(T::DoubleStar) {
                pow_positions.push(self.pos);
                self.advance();
                pending.push((prefixes, base_start, base));
                continue;
            }
            break self.apply_prefixes(prefixes, base);
        };
        while let Some((prefixes, base_start, base)) = pending.pop() {
            let loc = self.loc_from(&base_start);
            let power = self.expr(
                ExprKind::BinOp {
                    left: self.alloc(base),
                    op: Operator::Pow,
                    right: self.alloc(result),
                },
                loc,
            );
            result = self.apply_prefixes(prefixes, power);
        }
        Ok(result)
    }

    fn apply_prefixes(&self, mut prefixes: Vec<(UnaryOp, Token)>, mut e: Expr<'a>) -> Expr<'a> {
        while let Some((op, t)) = prefixes.pop() {
            let loc = self.loc_from(&t);
            e = self.expr(
                ExprKind::UnaryOp {
                    op,
                    operand: self.alloc(e),
                },
                loc,
            );
        }
        e
    }

    fn await_primary(&mut self) -> PResult<Expr<'a>> {
        let Some(start) = self.eat(T::Await) else {
            return self.primary();
        };
        let value = self.primary()?;
        let loc = self.loc_from(&start);
        Ok(self.expr(
            ExprKind::Await {
                value: self.alloc(value),
            },
            loc,
        ))
    }

    /// `primary`: an atom followed by `.name`, calls and subscripts.
    pub(crate) fn primary(&mut self) -> PResult<Expr<'a>> {
        let start = *self.tok();
        let mut e = self.atom()?;
        loop {
            match self.kind() {
                T::Dot => {
                    self.advance();
                    let name = self.expect(T::Name)?;
                    let loc = self.loc_from(&start);
                    e = self.expr(
                        ExprKind::Attribute {
                            value: self.alloc(e),
                            attr: self.name_of(&name),
                            ctx: ExprContext::Load,
                        },
                        loc,
                    );
                }
                T::LPar => {
                    let (args, keywords) = self.call_arguments(true)?;
                    let loc = self.loc_from(&start);
                    e = self.expr(
                        ExprKind::Call {
                            func: self.alloc(e),
                            args,
                            keywords,
                        },
                        loc,
                    );
                }
                T::LSqb => {
                    self.advance();
                    let slice = self.slices()?;
                    self.expect(T::RSqb)?;
                    let loc = self.loc_from(&start);
                    e = self.expr(
                        ExprKind::Subscript {
                            value: self.alloc(e),
                            slice: self.alloc(slice),
                            ctx: ExprContext::Load,
                        },
                        loc,
                    );
                }
                _ => return Ok(e),
            }
        }
    }

    /// `slices`: one slice, or a tuple of slices and starred expressions.
    fn slices(&mut self) -> PResult<Expr<'a>> {
        let start = *self.tok();
        let first = self.slice_item()?;
        if !self.at(T::Comma) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                // `a[*b]` is a one-element tuple only with a comma... CPython
                // still accepts it as a tuple of one starred element.
                let loc = self.loc_from(&start);
                return Ok(self.expr(
                    ExprKind::Tuple {
                        elts: self.slice(&[first]),
                        ctx: ExprContext::Load,
                    },
                    loc,
                ));
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma).is_some() {
            if self.at(T::RSqb) {
                break;
            }
            elts.push(self.slice_item()?);
        }
        let loc = self.loc_from(&start);
        Ok(self.expr(
            ExprKind::Tuple {
                elts: self.slice(&elts),
                ctx: ExprContext::Load,
            },
            loc,
        ))
    }

    /// `slice | starred_expression`.
    fn slice_item(&mut self) -> PResult<Expr<'a>> {
        let start = *self.tok();
        if self.at(T::Star) {
            self.advance();
            let value = self.expression()?;
            let loc = self.loc_from(&start);
            return Ok(self.expr(
                ExprKind::Starred {
                    value: self.alloc(value),
                    ctx: ExprContext::Load,
                },
                loc,
            ));
        }
        let lower = if self.at(T::Colon) {
            None
        } else {
            let e = self.named_expression()?;
            if !self.at(T::Colon) {
                return Ok(e);
            }
            if matches!(e.kind, ExprKind::NamedExpr { .. }) {
                // A slice bound is an `expression`, not a named one.
                return Err(Fail::Generic);
            }
            Some(e)
        };
        self.advance();
        let upper = if starts_expression(self.kind()) {
            Some(self.expression()?)
        } else {
            None
        };
        let step = if self.eat(T::Colon).is_some() && starts_expression(self.kind()) {
            Some(self.expression()?)
        } else {
            None
        };
        let loc = self.loc_from(&start);
        Ok(self.expr(
            ExprKind::Slice {
                lower: lower.map(|e| self.alloc(e)),
                upper: upper.map(|e| self.alloc(e)),
                step: step.map(|e| self.alloc(e)),
            },
            loc,
        ))
    }

    // ----- Atoms -----------------------------------------------------------

    fn atom(&mut self) -> PResult<Expr<'a>> {
        let t = *self.tok();
        let constant = |value| ExprKind::Constant { value };
        let kind = match t.kind {
            T::Name => ExprKind::Name {
                id: self.name_of(&t),
                ctx: ExprContext::Load,
            },
            T::True => constant(Constant::Bool(true)),
            T::False => constant(Constant::Bool(false)),
            T::None => constant(Constant::None),
            T::Ellipsis => constant(Constant::Ellipsis),
            T::Number => constant(self.number_value(&t)?),
            T::String => return self.strings(),
            T::LPar | T::LSqb | T::LBrace => {
                self.enter(BRACKET_COST)?;
                let result = match t.kind {
                    T::LPar => self.paren_atom(),
                    T::LSqb => self.list_atom(),
                    _ => self.brace_atom(),
                };
                self.leave(BRACKET_COST);
                return result;
            }
            _ => return Err(Fail::Generic),
        };
        self.advance();
        Ok(self.expr(kind, Self::token_loc(&t)))
    }

    /// The value of a NUMBER token.
    pub(crate) fn number_value(&self, t: &Token) -> PResult<Constant<'a>> {
        let text = self.text(t);
        let clean: String = text.chars().filter(|&c| c != '_').collect();
        let lower = clean.to_ascii_lowercase();
        if let Some(imag) = lower.strip_suffix('j') {
            let imag = imag.parse::<f64>().map_err(|_| Fail::Generic)?;
            return Ok(Constant::Complex { real: 0.0, imag });
        }
        let (radix, digits) = if let Some(d) = lower.strip_prefix("0x") {
            (16, d)
        } else if let Some(d) = lower.strip_prefix("0o") {
            (8, d)
        } else if let Some(d) = lower.strip_prefix("0b") {
            (2, d)
        } else if lower.contains(['.', 'e']) {
            let value = lower.parse::<f64>().map_err(|_| Fail::Generic)?;
            return Ok(Constant::Float(value));
        } else {
            (10, lower.as_str())
        };
        match i64::from_str_radix(digits, radix) {
            Ok(value) => Ok(Constant::Int(value)),
            Err(_) => {
                let digits = digits.trim_start_matches('0');
                Ok(Constant::BigInt {
                    digits: self.arena.alloc_str(digits),
                    radix,
                })
            }
        }
    }

    /// `(` ... `)`: empty tuple, tuple, group, generator expression or yield.
    fn paren_atom(&mut self) -> PResult<Expr<'a>> {
        let open = self.advance();
        if self.eat(T::RPar).is_some() {
            let loc = self.loc_from(&open);
            return Ok(self.expr(
                ExprKind::Tuple {
                    elts: &[],
                    ctx: ExprContext::Load,
                },
                loc,
            ));
        }
        if self.at(T::Yield) {
            let e = self.yield_expr()?;
            self.expect(T::RPar)?;
            return Ok(e);
        }
        if self.at(T::DoubleStar) {
            let star = self.advance();
            if self.expression().is_ok() && self.at(T::RPar) {
                return Err(self.error_at_token(&star, "cannot use double starred expression here"));
            }
            return Err(Fail::Generic);
        }
        let first = self.star_named_expression()?;
        let starred = matches!(first.kind, ExprKind::Starred { .. });
        match self.kind() {
            T::Comma => {
                let mut elts = vec![first];
                self.star_named_expressions_rest(&mut elts, T::RPar)?;
                self.expect(T::RPar)?;
                let loc = self.loc_from(&open);
                Ok(self.expr(
                    ExprKind::Tuple {
                        elts: self.slice(&elts),
                        ctx: ExprContext::Load,
                    },
                    loc,
                ))
            }
            T::For | T::Async => {
                if starred {
                    return Err(self.unpacking_in_comprehension(&first));
                }
                let generators = self.for_if_clauses()?;
                self.expect(T::RPar)?;
                let loc = self.loc_from(&open);
                Ok(self.expr(
                    ExprKind::GeneratorExp {
                        elt: self.alloc(first),
                        generators,
                    },
                    loc,
                ))
            }
            T::RPar if starred => {
                Err(self.error_at(first.loc, "cannot use starred expression here"))
            }
            _ => {
                self.expect(T::RPar)?;
                Ok(first)
            }
        }
    }

    fn unpacking_in_comprehension(&mut self, starred: &Expr<'a>) -> Fail {
        if self.for_if_clauses().is_ok() {
            return self.error_at(
                starred.loc,
                "iterable unpacking cannot be used in comprehension",
            );
        }
        Fail::Generic
    }

    /// `[` ... `]`: list display or list comprehension.
    fn list_atom(&mut self) -> PResult<Expr<'a>> {
        let open = self.advance();
        if self.eat(T::RSqb).is_some() {
            let loc = self.loc_from(&open);
            return Ok(self.expr(
                ExprKind::List {
                    elts: &[],
                    ctx: ExprContext::Load,
                },
                loc,
            ));
        }
        let first = self.star_named_expression()?;
        if matches!(self.kind(), T::For | T::Async) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(self.unpacking_in_comprehension(&first));
            }
            let generators = self.for_if_clauses()?;
            self.expect(T::RSqb)?;
            let loc = self.loc_from(&open);
            return Ok(self.expr(
                ExprKind::ListComp {
                    elt: self.alloc(first),
                    generators,
                },
                loc,
            ));
        }
        let mut elts = vec![first];
        self.display_rest(&mut elts, T::RSqb)?;
        let loc = self.loc_from(&open);
        Ok(self.expr(
            ExprKind::List {
                elts: self.slice(&elts),
                ctx: ExprContext::Load,
            },
            loc,
        ))
    }

    /// The elements of a list or set display after the first, the closing
    /// bracket included, with the "forgot parentheses around the
    /// comprehension target" check.
    fn display_rest(&mut self, elts: &mut Vec<Expr<'a>>, close: T) -> PResult<()> {
        while let Some(comma) = self.eat(T::Comma) {
            if matches!(self.kind(), T::For | T::Async) {
                let save = self.pos;
                if self.for_if_clauses().is_ok() {
                    return Err(self.error_range(
                        elts[0].loc,
                        Self::token_loc(&comma),
                        "did you forget parentheses around the comprehension target?",
                    ));
                }
                self.pos = save;
                return Err(Fail::Generic);
            }
            if self.at(close) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        if elts.len() > 1 && matches!(self.kind(), T::For | T::Async) {
            let save = self.pos;
            if self.for_if_clauses().is_ok() {
                return Err(self.error_range(
                    elts[0].loc,
                    elts[elts.len() - 1].loc,
                    "did you forget parentheses around the comprehension target?",
                ));
            }
            self.pos = save;
        }
        self.expect(close)?;
        Ok(())
    }

    /// `{` ... `}`: dict, set, dict comprehension or set comprehension.
    fn brace_atom(&mut self) -> PResult<Expr<'a>> {
        let open = self.advance();
        if self.eat(T::RBrace).is_some() {
            let loc = self.loc_from(&open);
            return Ok(self.expr(
                ExprKind::Dict {
                    keys: &[],
                    values: &[],
                },
                loc,
            ));
        }
        if self.at(T::DoubleStar) {
            let star = *self.tok();
            let first = self.double_starred_value()?;
            if matches!(self.kind(), T::For | T::Async) {
                if self.for_if_clauses().is_ok() && self.at(T::RBrace) {
                    return Err(self.error_at_token(
                        &star,
                        "dict unpacking cannot be used in dict comprehension",
                    ));
                }
                return Err(Fail::Generic);
            }
            return self.dict_rest(open, None, first);
        }
        if self.at(T::Star) {
            let first = self.star_named_expression()?;
            if matches!(self.kind(), T::For | T::Async) {
                return Err(self.unpacking_in_comprehension(&first));
            }
            return self.set_rest(open, first);
        }
        let key_pos = self.pos;
        let first = self.named_expression()?;
        if !self.at(T::Colon) {
            if matches!(self.kind(), T::For | T::Async) {
                let generators = self.for_if_clauses()?;
                self.expect(T::RBrace)?;
                let loc = self.loc_from(&open);
                return Ok(self.expr(
                    ExprKind::SetComp {
                        elt: self.alloc(first),
                        generators,
                    },
                    loc,
                ));
            }
            return self.set_rest(open, first);
        }
        if matches!(first.kind, ExprKind::NamedExpr { .. }) && self.tokens[key_pos].kind == T::Name
        {
            // `{a := 1: 2}`: a dict key is an `expression`.
            return Err(Fail::Generic);
        }
        let colon = self.advance();
        let value = self.dict_value(&colon)?;
        if matches!(self.kind(), T::For | T::Async) {
            let generators = self.for_if_clauses()?;
            self.expect(T::RBrace)?;
            let loc = self.loc_from(&open);
            return Ok(self.expr(
                ExprKind::DictComp {
                    key: self.alloc(first),
                    value: self.alloc(value),
                    generators,
                },
                loc,
            ));
        }
        self.dict_rest(open, Some(first), value)
    }

    /// The value after `key:` in a dict display, with the
    /// `invalid_kvpair` checks.
    fn dict_value(&mut self, colon: &Token) -> PResult<Expr<'a>> {
        if self.at(T::Star) {
            let star = *self.tok();
            let save = self.pos;
            self.advance();
            if self.bitwise_or().is_ok() {
                let loc = Self::token_loc(&star);
                return Err(
                    self.error_from(loc, "cannot use a starred expression in a dictionary value")
                );
            }
            self.pos = save;
            return Err(Fail::Generic);
        }
        if matches!(self.kind(), T::RBrace | T::Comma) {
            return Err(
                self.error_at_token(colon, "expression expected after dictionary key and ':'")
            );
        }
        self.expression()
    }

    /// `RAISE_SYNTAX_ERROR_STARTING_FROM(a)`: from `a` to where the
    /// tokenizer stands (the end of the furthest token looked at).
    pub(crate) fn error_from(&self, a: crate::ast::Loc, msg: &str) -> Fail {
        let t = self.furthest_token();
        let end = crate::ast::Loc {
            lineno: t.end_lineno,
            col_offset: t.end_col,
            end_lineno: t.end_lineno,
            end_col_offset: t.end_col,
        };
        match self.error_at(a, msg) {
            Fail::Error(mut e) => {
                e.end_lineno = end.end_lineno;
                e.end_offset = self.char_offset(end.end_lineno, end.end_col_offset);
                Fail::Error(e)
            }
            other => other,
        }
    }

    /// An error from `a` with no known end (end offset -1 in CPython).
    pub(crate) fn error_open_ended(&self, a: crate::ast::Loc, msg: &str) -> Fail {
        match self.error_at(a, msg) {
            Fail::Error(mut e) => {
                e.end_lineno = a.lineno;
                e.end_offset = 0;
                Fail::Error(e)
            }
            other => other,
        }
    }

    /// `**mapping` in a dict display.
    fn double_starred_value(&mut self) -> PResult<Expr<'a>> {
        self.advance();
        self.bitwise_or()
    }

    /// The rest of a dict display after its first entry.
    fn dict_rest(
        &mut self,
        open: Token,
        first_key: Option<Expr<'a>>,
        first_value: Expr<'a>,
    ) -> PResult<Expr<'a>> {
        let mut keys = vec![first_key];
        let mut values = vec![first_value];
        while self.eat(T::Comma).is_some() {
            if self.at(T::RBrace) {
                break;
            }
            if self.at(T::DoubleStar) {
                keys.push(None);
                values.push(self.double_starred_value()?);
                continue;
            }
            let key = self.expression()?;
            if !self.at(T::Colon) {
                if matches!(self.kind(), T::RBrace | T::Comma) {
                    // `invalid_kvpair`: points at the key's last character.
                    let mut loc = key.loc;
                    loc.lineno = key.loc.end_lineno;
                    loc.col_offset = key.loc.end_col_offset.saturating_sub(1);
                    return Err(self.error_open_ended(loc, "':' expected after dictionary key"));
                }
                return Err(Fail::Generic);
            }
            let colon = self.advance();
            keys.push(Some(key));
            values.push(self.dict_value(&colon)?);
        }
        self.expect(T::RBrace)?;
        let loc = self.loc_from(&open);
        Ok(self.expr(
            ExprKind::Dict {
                keys: self.slice(&keys),
                values: self.slice(&values),
            },
            loc,
        ))
    }

    fn set_rest(&mut self, open: Token, first: Expr<'a>) -> PResult<Expr<'a>> {
        let mut elts = vec![first];
        self.display_rest(&mut elts, T::RBrace)?;
        let loc = self.loc_from(&open);
        Ok(self.expr(
            ExprKind::Set {
                elts: self.slice(&elts),
            },
            loc,
        ))
    }

    // ----- Comprehensions --------------------------------------------------

    /// `for_if_clauses`: one or more `[async] for targets in iter [if cond]*`.
    pub(crate) fn for_if_clauses(&mut self) -> PResult<&'a [Comprehension<'a>]> {
        let mut clauses = Vec::new();
        while matches!(self.kind(), T::For | T::Async) {
            let is_async = self.eat(T::Async).is_some();
            self.expect(T::For)?;
            let target = self.for_targets()?;
            self.expect(T::In)?;
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat(T::If).is_some() {
                ifs.push(self.disjunction()?);
            }
            clauses.push(Comprehension {
                target,
                iter,
                ifs: self.slice(&ifs),
                is_async,
            });
        }
        if clauses.is_empty() {
            return Err(Fail::Generic);
        }
        Ok(self.slice(&clauses))
    }

    /// `lambdef`: `lambda [params]: expression`.
    fn lambdef(&mut self) -> PResult<Expr<'a>> {
        let start = self.advance();
        let args = self.parameters(true)?;
        self.expect(T::Colon)?;
        let body = self.expression()?;
        let loc = self.loc_from(&start);
        Ok(self.expr(
            ExprKind::Lambda {
                args: self.alloc(args),
                body: self.alloc(body),
            },
            loc,
        ))
    }
}
