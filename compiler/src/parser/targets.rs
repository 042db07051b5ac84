//! Assignment, `for`, `with` and `del` targets: setting `ctx` and finding invalid targets (`_PyPegen_get_invalid_target`).

use crate::ast::{CmpOp, Expr, ExprContext, ExprKind};
use crate::parser::expr::{expr_name, starts_expression};
use crate::parser::{Fail, PResult, Parser};
use crate::token::TokenKind as T;

/// Which kind of target list is being checked (`TARGETS_TYPE`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Targets {
    Star,
    For,
    Del,
}

/// The first sub-expression of `e` that cannot be a target, if any
/// (`_PyPegen_get_invalid_target`).
pub(crate) fn invalid_target<'e, 'a>(e: &'e Expr<'a>, kind: Targets) -> Option<&'e Expr<'a>> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().find_map(|elt| invalid_target(elt, kind))
        }
        ExprKind::Starred { value, .. } => {
            if kind == Targets::Del {
                Some(e)
            } else {
                invalid_target(value, kind)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            // `a in b` of `for a in b` is parsed as a comparison.
            if kind == Targets::For {
                if ops.first() == Some(&CmpOp::In) {
                    return invalid_target(left, kind);
                }
                return None;
            }
            Some(e)
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

impl<'a> Parser<'a> {
    /// A copy of target `e` with context `ctx`, recursively through
    /// tuples, lists and starred (`_PyPegen_set_expr_context`).
    pub(crate) fn with_ctx(&self, e: &Expr<'a>, ctx: ExprContext) -> Expr<'a> {
        let kind = match e.kind {
            ExprKind::Name { id, .. } => ExprKind::Name { id, ctx },
            ExprKind::Attribute { value, attr, .. } => ExprKind::Attribute { value, attr, ctx },
            ExprKind::Subscript { value, slice, .. } => ExprKind::Subscript { value, slice, ctx },
            ExprKind::Starred { value, .. } => ExprKind::Starred {
                value: self.alloc(self.with_ctx(value, ctx)),
                ctx,
            },
            ExprKind::List { elts, .. } => ExprKind::List {
                elts: self.elts_with_ctx(elts, ctx),
                ctx,
            },
            ExprKind::Tuple { elts, .. } => ExprKind::Tuple {
                elts: self.elts_with_ctx(elts, ctx),
                ctx,
            },
            other => other,
        };
        self.expr(kind, e.loc)
    }

    fn elts_with_ctx(&self, elts: &[Expr<'a>], ctx: ExprContext) -> &'a [Expr<'a>] {
        let converted: Vec<Expr<'a>> = elts.iter().map(|e| self.with_ctx(e, ctx)).collect();
        self.slice(&converted)
    }

    /// `e` as a target of `kind`, or the "cannot assign to"/"cannot delete" error.
    pub(crate) fn to_target(&self, e: &Expr<'a>, kind: Targets) -> PResult<Expr<'a>> {
        if let Some(bad) = invalid_target(e, kind) {
            return Err(self.invalid_target_error(bad, kind));
        }
        let ctx = if kind == Targets::Del {
            ExprContext::Del
        } else {
            ExprContext::Store
        };
        Ok(self.with_ctx(e, ctx))
    }

    /// `RAISE_SYNTAX_ERROR_INVALID_TARGET`.
    pub(crate) fn invalid_target_error(&self, bad: &Expr<'a>, kind: Targets) -> Fail {
        let verb = if kind == Targets::Del {
            "cannot delete"
        } else {
            "cannot assign to"
        };
        self.error_at(bad.loc, format!("{verb} {}", expr_name(bad)))
    }

    /// `star_target` as an expression: `*`? followed by a primary-level
    /// expression (operators are parsed too, so that they can be reported).
    fn star_target_expr(&mut self) -> PResult<Expr<'a>> {
        let mut stars = Vec::new();
        while self.at(T::Star) {
            stars.push(self.advance());
        }
        self.check_level(stars.len() as u32)?;
        let mut e = self.bitwise_or()?;
        while let Some(star) = stars.pop() {
            let loc = Self::token_loc(&star).to(e.loc);
            e = self.expr(
                ExprKind::Starred {
                    value: self.alloc(e),
                    ctx: ExprContext::Load,
                },
                loc,
            );
        }
        Ok(e)
    }

    /// `star_targets` as an expression: a target or a tuple of them.
    fn star_targets_expr(&mut self) -> PResult<Expr<'a>> {
        let start = *self.tok();
        let first = self.star_target_expr()?;
        if !self.at(T::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma).is_some() {
            if !(starts_expression(self.kind()) || self.at(T::Star)) {
                break;
            }
            elts.push(self.star_target_expr()?);
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

    /// The targets of a `for` loop or comprehension, up to `in`, with
    /// `invalid_for_target` for the error case.
    pub(crate) fn for_targets(&mut self) -> PResult<Expr<'a>> {
        let start_pos = self.pos;
        let parsed = self.star_targets_expr();
        let failure = match parsed {
            Ok(e) if self.at(T::In) => return self.to_target(&e, Targets::For),
            Ok(e) => match invalid_target(&e, Targets::For) {
                Some(bad) => return Err(self.invalid_target_error(bad, Targets::For)),
                None => Fail::Generic,
            },
            Err(Fail::Generic) => Fail::Generic,
            Err(e) => return Err(e),
        };
        // `invalid_for_target`: the targets read as star_expressions.
        let mark = self.mark();
        self.pos = start_pos;
        if let Ok(e) = self.star_expressions() {
            if let Some(bad) = invalid_target(&e, Targets::For) {
                return Err(self.invalid_target_error(bad, Targets::For));
            }
        }
        self.reset(mark);
        Err(failure)
    }

    /// The target after `as` in a `with` item: a `star_target` followed by
    /// `,`, `)` or `:`, with `invalid_with_item` for the error case.
    pub(crate) fn with_target(&mut self) -> PResult<Expr<'a>> {
        let start_pos = self.pos;
        let parsed = self.star_target_expr();
        if let Ok(e) = &parsed {
            // A NEWLINE instead of `:` is still a target here, so that
            // `invalid_with_stmt` can report "expected ':'".
            if matches!(self.kind(), T::Comma | T::RPar | T::Colon | T::Newline)
                && invalid_target(e, Targets::Star).is_none()
            {
                return Ok(self.with_ctx(e, ExprContext::Store));
            }
        }
        if let Err(e @ Fail::Error(_)) = parsed {
            return Err(e);
        }
        let mark = self.mark();
        self.pos = start_pos;
        if let Ok(e) = self.expression() {
            if matches!(self.kind(), T::Comma | T::RPar | T::Colon) {
                if let Some(bad) = invalid_target(&e, Targets::Star) {
                    return Err(self.invalid_target_error(bad, Targets::Star));
                }
            }
        }
        self.reset(mark);
        Err(Fail::Generic)
    }

    /// `del_targets` followed by `;` or NEWLINE, or `invalid_del_stmt`.
    pub(crate) fn del_targets(&mut self) -> PResult<Vec<Expr<'a>>> {
        let start_pos = self.pos;
        let mut targets = Vec::new();
        let mut ok = true;
        loop {
            match self.star_target_expr() {
                Ok(e) => targets.push(e),
                Err(Fail::Generic) => {
                    ok = false;
                    break;
                }
                Err(e) => return Err(e),
            }
            if self.eat(T::Comma).is_none() || !(starts_expression(self.kind()) || self.at(T::Star))
            {
                break;
            }
        }
        if ok && matches!(self.kind(), T::Semi | T::Newline) {
            if let Some(bad) = targets.iter().find_map(|t| invalid_target(t, Targets::Del)) {
                return Err(self.invalid_target_error(bad, Targets::Del));
            }
            return Ok(targets
                .iter()
                .map(|t| self.with_ctx(t, ExprContext::Del))
                .collect());
        }
        let mark = self.mark();
        self.pos = start_pos;
        if let Ok(e) = self.star_expressions() {
            if let Some(bad) = invalid_target(&e, Targets::Del) {
                return Err(self.invalid_target_error(bad, Targets::Del));
            }
        }
        self.reset(mark);
        Err(Fail::Generic)
    }
}
