//! The `match` statement and its patterns (python.gram's "Match statement" rules, PEP 634).

use crate::ast::{
    Constant, Expr, ExprContext, ExprKind, MatchCase, Operator, Pattern, PatternKind, Stmt,
    StmtKind, UnaryOp,
};
use crate::parser::{Fail, PResult, Parser, BLOCK_COST};
use crate::token::{Token, TokenKind as T};

/// A key/pattern or keyword/pattern pair of a mapping or class pattern.
type KeyPattern<'a, K> = (K, Pattern<'a>);

impl<'a> Parser<'a> {
    /// `match_stmt`, tried before simple statements because `match` is a
    /// soft keyword: returns `None` (with the position restored) when the
    /// statement is not a match statement after all.
    pub(crate) fn match_stmt(&mut self) -> PResult<Option<Stmt<'a>>> {
        let save = self.pos;
        let start = self.advance();
        let subject = self.subject_expr();
        let committed = subject.is_ok() && self.at(T::Colon) && self.peek_kind(1) == T::Newline;
        if !committed {
            // Not a match statement: parse a simple statement instead, and
            // only if that fails too report what the match attempt found.
            let match_error = match subject {
                Ok(_) if self.at(T::Newline) => Some(self.error_at_last_fetched("expected ':'")),
                Ok(_) | Err(Fail::Generic) => None,
                Err(e) => Some(e),
            };
            self.pos = save;
            let mut body = Vec::new();
            return match self.simple_stmts(&mut body) {
                Ok(()) => {
                    // simple_stmts may hold several statements: hand them
                    // back one at a time through the caller's vector.
                    self.pos = save;
                    Ok(None)
                }
                Err(Fail::Generic) => Err(match_error.unwrap_or(Fail::Generic)),
                Err(e) => Err(match_error.unwrap_or(e)),
            };
        }
        let subject = subject?;
        self.advance();
        self.advance();
        if self.eat(T::Indent).is_none() {
            return Err(self.indentation_error_at_last_fetched(format!(
                "expected an indented block after 'match' statement on line {}",
                start.lineno
            )));
        }
        self.enter(BLOCK_COST)?;
        let cases = self.case_blocks();
        self.leave(BLOCK_COST);
        let cases = cases?;
        Ok(Some(Stmt {
            kind: StmtKind::Match {
                subject: self.alloc(subject),
                cases: self.slice(&cases),
            },
            loc: self.loc_from(&start),
        }))
    }

    /// `subject_expr`: a tuple of star_named_expressions or a named expression.
    fn subject_expr(&mut self) -> PResult<Expr<'a>> {
        let start = *self.tok();
        let first = self.star_named_expression()?;
        if !self.at(T::Comma) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(Fail::Generic);
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma).is_some() {
            if !(crate::parser::expr::starts_expression(self.kind()) || self.at(T::Star)) {
                break;
            }
            elts.push(self.star_named_expression()?);
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

    /// `case_block+ DEDENT`.
    fn case_blocks(&mut self) -> PResult<Vec<MatchCase<'a>>> {
        let mut cases = Vec::new();
        loop {
            if !self.at_name("case") {
                return Err(Fail::Generic);
            }
            let case = self.advance();
            let pattern = self.patterns()?;
            let guard = if self.eat(T::If).is_some() {
                Some({
                    let e = self.named_expression()?;
                    self.alloc(e)
                })
            } else {
                None
            };
            if self.at(T::Newline) {
                return Err(self.error_at_last_fetched("expected ':'"));
            }
            self.expect(T::Colon)?;
            let body = self.block("'case' statement", case.lineno)?;
            cases.push(MatchCase {
                pattern,
                guard,
                body,
            });
            if self.eat(T::Dedent).is_some() {
                return Ok(cases);
            }
        }
    }

    fn pattern_node(&self, kind: PatternKind<'a>, start: &Token) -> Pattern<'a> {
        Pattern {
            kind,
            loc: self.loc_from(start),
        }
    }

    /// `patterns`: an open sequence (`case a, b:`) or one pattern.
    fn patterns(&mut self) -> PResult<Pattern<'a>> {
        let start = *self.tok();
        let first = self.maybe_star_pattern()?;
        if !self.at(T::Comma) {
            if matches!(first.kind, PatternKind::MatchStar { .. }) {
                return Err(Fail::Generic);
            }
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat(T::Comma).is_some() {
            if matches!(self.kind(), T::Colon | T::If) {
                break;
            }
            items.push(self.maybe_star_pattern()?);
        }
        Ok(self.pattern_node(
            PatternKind::MatchSequence {
                patterns: self.slice(&items),
            },
            &start,
        ))
    }

    /// `maybe_star_pattern: star_pattern | pattern`.
    fn maybe_star_pattern(&mut self) -> PResult<Pattern<'a>> {
        if !self.at(T::Star) {
            return self.pattern();
        }
        let start = self.advance();
        let name = self.expect(T::Name)?;
        let name = match self.name_of(&name) {
            "_" => None,
            text => Some(text),
        };
        if matches!(self.kind(), T::Dot | T::LPar | T::Equal) {
            return Err(Fail::Generic);
        }
        Ok(self.pattern_node(PatternKind::MatchStar { name }, &start))
    }

    /// `pattern: as_pattern | or_pattern`.
    fn pattern(&mut self) -> PResult<Pattern<'a>> {
        let start = *self.tok();
        let or = self.or_pattern()?;
        if self.eat(T::As).is_none() {
            return Ok(or);
        }
        if self.at_name("_") {
            let t = *self.tok();
            return Err(self.error_at_token(&t, "cannot use '_' as a target"));
        }
        if !self.at(T::Name) {
            let save = self.pos;
            if let Ok(e) = self.expression() {
                return Err(self.error_at(e.loc, "invalid pattern target"));
            }
            self.pos = save;
            return Err(Fail::Generic);
        }
        let name = self.capture_target()?;
        Ok(self.pattern_node(
            PatternKind::MatchAs {
                pattern: Some(self.alloc(or)),
                name: Some(name),
            },
            &start,
        ))
    }

    /// `pattern_capture_target: !"_" NAME !('.' | '(' | '=')`.
    fn capture_target(&mut self) -> PResult<&'a str> {
        if self.at_name("_") {
            return Err(Fail::Generic);
        }
        let name = self.expect(T::Name)?;
        if matches!(self.kind(), T::Dot | T::LPar | T::Equal) {
            return Err(Fail::Generic);
        }
        Ok(self.name_of(&name))
    }

    /// `or_pattern: '|'.closed_pattern+`.
    fn or_pattern(&mut self) -> PResult<Pattern<'a>> {
        let start = *self.tok();
        let first = self.closed_pattern()?;
        if !self.at(T::VBar) {
            return Ok(first);
        }
        let mut alternatives = vec![first];
        while self.eat(T::VBar).is_some() {
            alternatives.push(self.closed_pattern()?);
        }
        Ok(self.pattern_node(
            PatternKind::MatchOr {
                patterns: self.slice(&alternatives),
            },
            &start,
        ))
    }

    fn closed_pattern(&mut self) -> PResult<Pattern<'a>> {
        let start = *self.tok();
        self.enter(crate::parser::EXPRESSION_COST)?;
        let result = self.closed_pattern_inner(start);
        self.leave(crate::parser::EXPRESSION_COST);
        result
    }

    fn closed_pattern_inner(&mut self, start: Token) -> PResult<Pattern<'a>> {
        match start.kind {
            T::None | T::True | T::False => {
                self.advance();
                let value = match start.kind {
                    T::None => Constant::None,
                    T::True => Constant::Bool(true),
                    _ => Constant::Bool(false),
                };
                Ok(self.pattern_node(PatternKind::MatchSingleton { value }, &start))
            }
            T::Number | T::Minus | T::String => {
                let value = self.literal_expr()?;
                Ok(self.pattern_node(
                    PatternKind::MatchValue {
                        value: self.alloc(value),
                    },
                    &start,
                ))
            }
            T::Name => self.name_pattern(start),
            T::LPar => self.paren_pattern(start),
            T::LSqb => {
                self.advance();
                let patterns = self.sequence_items(T::RSqb)?;
                self.expect(T::RSqb)?;
                Ok(self.pattern_node(
                    PatternKind::MatchSequence {
                        patterns: self.slice(&patterns),
                    },
                    &start,
                ))
            }
            T::LBrace => self.mapping_pattern(start),
            _ => Err(Fail::Generic),
        }
    }

    /// `','.maybe_star_pattern+ ','?` up to `close` (which is not consumed).
    fn sequence_items(&mut self, close: T) -> PResult<Vec<Pattern<'a>>> {
        let mut items = Vec::new();
        while !self.at(close) {
            items.push(self.maybe_star_pattern()?);
            if self.eat(T::Comma).is_none() {
                break;
            }
        }
        Ok(items)
    }

    /// `(` ... `)`: a group pattern or a parenthesized sequence.
    fn paren_pattern(&mut self, start: Token) -> PResult<Pattern<'a>> {
        self.advance();
        if self.eat(T::RPar).is_some() {
            return Ok(self.pattern_node(PatternKind::MatchSequence { patterns: &[] }, &start));
        }
        let first = self.maybe_star_pattern()?;
        if self.at(T::RPar) && !matches!(first.kind, PatternKind::MatchStar { .. }) {
            self.advance();
            return Ok(first);
        }
        self.expect(T::Comma)?;
        let mut items = vec![first];
        items.extend(self.sequence_items(T::RPar)?);
        self.expect(T::RPar)?;
        Ok(self.pattern_node(
            PatternKind::MatchSequence {
                patterns: self.slice(&items),
            },
            &start,
        ))
    }

    /// Patterns starting with a name: wildcard, capture, value (dotted
    /// name) or class pattern.
    fn name_pattern(&mut self, start: Token) -> PResult<Pattern<'a>> {
        let name_or_attr = self.name_or_attr()?;
        if self.at(T::LPar) {
            return self.class_pattern(start, name_or_attr);
        }
        if matches!(self.kind(), T::Dot | T::Equal) {
            return Err(Fail::Generic);
        }
        match name_or_attr.kind {
            ExprKind::Name { id: "_", .. } => Ok(self.pattern_node(
                PatternKind::MatchAs {
                    pattern: None,
                    name: None,
                },
                &start,
            )),
            ExprKind::Name { id, .. } => Ok(self.pattern_node(
                PatternKind::MatchAs {
                    pattern: None,
                    name: Some(id),
                },
                &start,
            )),
            _ => Ok(self.pattern_node(
                PatternKind::MatchValue {
                    value: self.alloc(name_or_attr),
                },
                &start,
            )),
        }
    }

    /// `name_or_attr`: `NAME ('.' NAME)*` as a Name or Attribute chain.
    fn name_or_attr(&mut self) -> PResult<Expr<'a>> {
        let start = self.expect(T::Name)?;
        let mut e = self.expr(
            ExprKind::Name {
                id: self.name_of(&start),
                ctx: ExprContext::Load,
            },
            Self::token_loc(&start),
        );
        while self.at(T::Dot) && self.peek_kind(1) == T::Name {
            self.advance();
            let attr = self.advance();
            e = self.expr(
                ExprKind::Attribute {
                    value: self.alloc(e),
                    attr: self.name_of(&attr),
                    ctx: ExprContext::Load,
                },
                self.loc_from(&start),
            );
        }
        Ok(e)
    }

    /// `class_pattern`: `cls(positional..., keyword=pattern...)`.
    fn class_pattern(&mut self, start: Token, cls: Expr<'a>) -> PResult<Pattern<'a>> {
        self.advance();
        let mut patterns: Vec<Pattern<'a>> = Vec::new();
        let mut keywords: Vec<KeyPattern<'a, &'a str>> = Vec::new();
        let mut misplaced: Vec<Pattern<'a>> = Vec::new();
        while !self.at(T::RPar) {
            if self.at(T::Name) && self.peek_kind(1) == T::Equal {
                let name = self.advance();
                self.advance();
                let value = self.pattern()?;
                keywords.push((self.name_of(&name), value));
            } else {
                let p = self.pattern()?;
                if keywords.is_empty() {
                    patterns.push(p);
                } else {
                    // `invalid_class_argument_pattern`: the first run of
                    // positional patterns after keyword patterns.
                    misplaced.push(p);
                    if self.at(T::Comma)
                        && !(self.peek_kind(1) == T::Name && self.peek_kind(2) == T::Equal)
                        && self.peek_kind(1) != T::RPar
                    {
                        self.advance();
                        continue;
                    }
                    break;
                }
            }
            if self.eat(T::Comma).is_none() {
                break;
            }
        }
        if let (Some(first), Some(last)) = (misplaced.first(), misplaced.last()) {
            return Err(self.error_range(
                first.loc,
                last.loc,
                "positional patterns follow keyword patterns",
            ));
        }
        self.expect(T::RPar)?;
        let kwd_attrs: Vec<&'a str> = keywords.iter().map(|(k, _)| *k).collect();
        let kwd_patterns: Vec<Pattern<'a>> = keywords.iter().map(|(_, p)| *p).collect();
        Ok(self.pattern_node(
            PatternKind::MatchClass {
                cls: self.alloc(cls),
                patterns: self.slice(&patterns),
                kwd_attrs: self.slice(&kwd_attrs),
                kwd_patterns: self.slice(&kwd_patterns),
            },
            &start,
        ))
    }

    /// `mapping_pattern`: `{key: pattern, ..., **rest}`.
    fn mapping_pattern(&mut self, start: Token) -> PResult<Pattern<'a>> {
        self.advance();
        let mut items: Vec<KeyPattern<'a, Expr<'a>>> = Vec::new();
        let mut rest = None;
        while !self.at(T::RBrace) {
            if self.eat(T::DoubleStar).is_some() {
                rest = Some(self.capture_target()?);
                self.eat(T::Comma);
                break;
            }
            let key = if self.at(T::Name) {
                let attr = self.name_or_attr()?;
                if !matches!(attr.kind, ExprKind::Attribute { .. }) {
                    return Err(Fail::Generic);
                }
                attr
            } else {
                self.literal_expr()?
            };
            self.expect(T::Colon)?;
            let value = self.pattern()?;
            items.push((key, value));
            if self.eat(T::Comma).is_none() {
                break;
            }
        }
        self.expect(T::RBrace)?;
        let keys: Vec<Expr<'a>> = items.iter().map(|(k, _)| *k).collect();
        let patterns: Vec<Pattern<'a>> = items.iter().map(|(_, p)| *p).collect();
        Ok(self.pattern_node(
            PatternKind::MatchMapping {
                keys: self.slice(&keys),
                patterns: self.slice(&patterns),
                rest,
            },
            &start,
        ))
    }

    /// `literal_expr`: signed numbers, complex literals, strings, None/True/False.
    fn literal_expr(&mut self) -> PResult<Expr<'a>> {
        let start = *self.tok();
        match start.kind {
            T::String => self.strings(),
            T::None | T::True | T::False => {
                self.advance();
                let value = match start.kind {
                    T::None => Constant::None,
                    T::True => Constant::Bool(true),
                    _ => Constant::Bool(false),
                };
                Ok(self.expr(ExprKind::Constant { value }, Self::token_loc(&start)))
            }
            T::Number | T::Minus => {
                let real = self.signed_number()?;
                let op = match self.kind() {
                    T::Plus => Operator::Add,
                    T::Minus => Operator::Sub,
                    _ => return Ok(real),
                };
                self.advance();
                let imag_tok = self.expect(T::Number)?;
                let imag = self.number_expr(&imag_tok)?;
                self.ensure_real(&real)?;
                if !matches!(
                    imag.kind,
                    ExprKind::Constant {
                        value: Constant::Complex { .. }
                    }
                ) {
                    return Err(
                        self.error_at(imag.loc, "imaginary number required in complex literal")
                    );
                }
                let loc = real.loc.to(imag.loc);
                Ok(self.expr(
                    ExprKind::BinOp {
                        left: self.alloc(real),
                        op,
                        right: self.alloc(imag),
                    },
                    loc,
                ))
            }
            _ => Err(Fail::Generic),
        }
    }

    /// `_PyPegen_ensure_real` for the left side of a complex literal.
    fn ensure_real(&self, e: &Expr<'a>) -> PResult<()> {
        let number = match &e.kind {
            ExprKind::UnaryOp { operand, .. } => operand,
            _ => e,
        };
        if matches!(
            number.kind,
            ExprKind::Constant {
                value: Constant::Complex { .. }
            }
        ) {
            return Err(self.error_at(number.loc, "real number required in complex literal"));
        }
        Ok(())
    }

    /// `signed_number: NUMBER | '-' NUMBER`.
    fn signed_number(&mut self) -> PResult<Expr<'a>> {
        let start = *self.tok();
        if self.eat(T::Minus).is_some() {
            let t = self.expect(T::Number)?;
            let number = self.number_expr(&t)?;
            return Ok(self.expr(
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: self.alloc(number),
                },
                self.loc_from(&start),
            ));
        }
        let t = self.expect(T::Number)?;
        self.number_expr(&t)
    }

    fn number_expr(&self, t: &Token) -> PResult<Expr<'a>> {
        let value = self.number_value(t)?;
        Ok(self.expr(ExprKind::Constant { value }, Self::token_loc(t)))
    }
}
