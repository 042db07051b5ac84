//! Call arguments and function/lambda parameter lists, with CPython's `invalid_arguments`/`invalid_parameters` messages.

use crate::ast::{Arg, Arguments, Comprehension, Expr, ExprContext, ExprKind, Keyword, Loc};
use crate::parser::{Fail, PResult, Parser};
use crate::token::{Token, TokenKind as T};

/// Where a parameter list is in its `*`/`**` structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ParamState {
    Positional,
    AfterStar,
    AfterDoubleStar,
}

/// `_PyPegen_get_last_comprehension_item`: the last `if`, or the iterable.
fn last_comprehension_item(generators: &[Comprehension<'_>]) -> Loc {
    match generators.last() {
        Some(last) => last.ifs.last().map_or(last.iter.loc, |e| e.loc),
        None => Loc::default(),
    }
}

impl<'a> Parser<'a> {
    /// `'(' [arguments] ')'` of a call, or a lone generator expression
    /// argument (`primary genexp`) if `allow_genexp` (not in class headers).
    pub(crate) fn call_arguments(
        &mut self,
        allow_genexp: bool,
    ) -> PResult<(&'a [Expr<'a>], &'a [Keyword<'a>])> {
        let open = self.advance();
        let mut args: Vec<Expr<'a>> = Vec::new();
        let mut keywords: Vec<Keyword<'a>> = Vec::new();
        // CPython's first pass stops at a positional argument after
        // keywords; generic errors further on are reported there.
        let mut first_pass_furthest: Option<usize> = None;
        let result = self.call_argument_list(
            &open,
            allow_genexp,
            &mut args,
            &mut keywords,
            &mut first_pass_furthest,
        );
        match result {
            Ok(Some(genexp)) => return Ok((self.slice(&[genexp]), &[])),
            Ok(None) => {}
            Err(Fail::Generic) => {
                if let Some(furthest) = first_pass_furthest {
                    self.set_furthest(furthest);
                }
                return Err(Fail::Generic);
            }
            Err(e) => return Err(e),
        }
        Ok((self.slice(&args), self.slice(&keywords)))
    }

    /// The arguments of a call up to and including `)`; returns the
    /// generator expression if it is the lone argument.
    fn call_argument_list(
        &mut self,
        open: &Token,
        allow_genexp: bool,
        args: &mut Vec<Expr<'a>>,
        keywords: &mut Vec<Keyword<'a>>,
        first_pass_furthest: &mut Option<usize>,
    ) -> PResult<Option<Expr<'a>>> {
        let mut seen_keyword = false;
        let mut seen_double_star = false;
        let mut pending_error: Option<&'static str> = None;
        while !self.at(T::RPar) {
            let start = *self.tok();
            let first_pass_at = self.pos;
            match self.kind() {
                T::Star => {
                    if seen_double_star && pending_error.is_none() {
                        return Err(self.error_at_token(
                            &start,
                            "iterable argument unpacking follows keyword argument unpacking",
                        ));
                    }
                    self.advance();
                    let value = self.expression()?;
                    let loc = self.loc_from(&start);
                    if args.is_empty()
                        && keywords.is_empty()
                        && matches!(self.kind(), T::For | T::Async)
                    {
                        // `f(*a for a in b)`: the `genexp` of `primary genexp`.
                        let mark = self.mark();
                        if self.for_if_clauses().is_ok() {
                            return Err(self.error_at(
                                loc,
                                "iterable unpacking cannot be used in comprehension",
                            ));
                        }
                        self.reset(mark);
                    }
                    args.push(self.expr(
                        ExprKind::Starred {
                            value: self.alloc(value),
                            ctx: ExprContext::Load,
                        },
                        loc,
                    ));
                }
                T::DoubleStar => {
                    self.advance();
                    let value = self.expression()?;
                    let loc = self.loc_from(&start);
                    keywords.push(Keyword {
                        arg: None,
                        value,
                        loc,
                    });
                    seen_double_star = true;
                }
                T::Name if self.peek_kind(1) == T::Equal => {
                    self.advance();
                    let eq = self.advance();
                    let value = self.expression()?;
                    if matches!(self.kind(), T::For | T::Async) {
                        return Err(self.error_range(
                            Self::token_loc(&start),
                            Self::token_loc(&eq),
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        ));
                    }
                    let loc = self.loc_from(&start);
                    keywords.push(Keyword {
                        arg: Some(self.name_of(&start)),
                        value,
                        loc,
                    });
                    seen_keyword = true;
                }
                T::True | T::False | T::None if self.peek_kind(1) == T::Equal => {
                    let eq = *self.nth(1);
                    return Err(self.error_range(
                        Self::token_loc(&start),
                        Self::token_loc(&eq),
                        format!("cannot assign to {}", self.text(&start)),
                    ));
                }
                _ => {
                    if first_pass_furthest.is_none() && (seen_keyword || seen_double_star) {
                        *first_pass_furthest = Some(first_pass_at);
                    }
                    let walrus = self.at(T::Name) && self.peek_kind(1) == T::ColonEqual;
                    let e = if walrus {
                        self.assignment_expression()?
                    } else {
                        self.expression()?
                    };
                    if self.at(T::Equal) && !walrus {
                        let eq = *self.tok();
                        return Err(self.error_range(
                            e.loc,
                            Self::token_loc(&eq),
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                        ));
                    }
                    if matches!(self.kind(), T::For | T::Async) {
                        let mark = self.mark();
                        let generators = self.for_if_clauses()?;
                        let alone = args.is_empty() && keywords.is_empty();
                        if alone && !allow_genexp && self.at(T::RPar) {
                            // A class header takes no bare generator: the
                            // first pass fails at the `for`.
                            self.reset(mark);
                            return Err(Fail::Generic);
                        }
                        if alone && self.at(T::RPar) {
                            self.advance();
                            let loc = self.loc_from(open);
                            let genexp = self.expr(
                                ExprKind::GeneratorExp {
                                    elt: self.alloc(e),
                                    generators,
                                },
                                loc,
                            );
                            return Ok(Some(genexp));
                        }
                        return Err(self.error_range(
                            e.loc,
                            last_comprehension_item(generators),
                            "Generator expression must be parenthesized",
                        ));
                    }
                    if pending_error.is_none() {
                        if seen_double_star {
                            pending_error =
                                Some("positional argument follows keyword argument unpacking");
                        } else if seen_keyword {
                            pending_error = Some("positional argument follows keyword argument");
                        }
                    }
                    args.push(e);
                }
            }
            if self.eat(T::Comma).is_none() {
                break;
            }
        }
        if let Some(msg) = pending_error {
            let _ = self.tok();
            return Err(self.error_at_last_fetched(msg));
        }
        self.expect(T::RPar)?;
        Ok(None)
    }

    /// One parameter: `NAME [':' annotation]`.
    fn param(&mut self, annotated: bool, star_annotation: bool) -> PResult<Arg<'a>> {
        let name = self.expect(T::Name)?;
        let annotation = if annotated && self.eat(T::Colon).is_some() {
            let e = if star_annotation {
                self.star_expression()?
            } else {
                self.expression()?
            };
            Some(self.alloc(e))
        } else {
            None
        };
        Ok(Arg {
            arg: self.name_of(&name),
            annotation,
            loc: self.loc_from(&name),
        })
    }

    /// A parameter list: of a `def` (`params`, up to `)`) or of a lambda
    /// (`lambda_params`, up to `:`).
    pub(crate) fn parameters(&mut self, lambda: bool) -> PResult<Arguments<'a>> {
        let close = if lambda { T::Colon } else { T::RPar };
        let annotated = !lambda;
        let mut posonly: Vec<Arg<'a>> = Vec::new();
        let mut args: Vec<Arg<'a>> = Vec::new();
        let mut defaults: Vec<Expr<'a>> = Vec::new();
        let mut vararg: Option<Arg<'a>> = None;
        let mut kwonly: Vec<Arg<'a>> = Vec::new();
        let mut kw_defaults: Vec<Option<Expr<'a>>> = Vec::new();
        let mut kwarg: Option<Arg<'a>> = None;
        let mut state = ParamState::Positional;
        let mut seen_slash = false;
        let mut seen_default = false;
        while !self.at(close) {
            let t = *self.tok();
            match t.kind {
                T::Slash => {
                    if state == ParamState::AfterDoubleStar {
                        return Err(
                            self.error_at_token(&t, "arguments cannot follow var-keyword argument")
                        );
                    }
                    if state != ParamState::Positional {
                        return Err(self.error_at_token(&t, "/ must be ahead of *"));
                    }
                    if seen_slash {
                        return Err(self.error_at_token(&t, "/ may appear only once"));
                    }
                    if args.is_empty() {
                        if self.peek_quiet(1) == T::Comma {
                            return Err(
                                self.error_at_token(&t, "at least one argument must precede /")
                            );
                        }
                        return Err(Fail::Generic);
                    }
                    self.advance();
                    posonly.append(&mut args);
                    seen_slash = true;
                    if self.at(T::Star) {
                        let star = *self.tok();
                        return Err(self.error_at_token(&star, "expected comma between / and *"));
                    }
                }
                T::Star => {
                    if state == ParamState::AfterDoubleStar {
                        return Err(
                            self.error_at_token(&t, "arguments cannot follow var-keyword argument")
                        );
                    }
                    if state == ParamState::AfterStar {
                        return Err(self.error_at_token(&t, "* argument may appear only once"));
                    }
                    self.advance();
                    state = ParamState::AfterStar;
                    if self.at(T::Comma) || self.at(close) {
                        let bare_end = self.at(close)
                            || matches!(self.peek_kind(1), T::DoubleStar)
                            || self.peek_kind(1) == close;
                        if bare_end {
                            return Err(self.bare_star_error(&t, lambda));
                        }
                    } else {
                        let arg = self.param(annotated, true)?;
                        if self.at(T::Equal) {
                            let eq = *self.tok();
                            return Err(self.error_at_token(
                                &eq,
                                "var-positional argument cannot have default value",
                            ));
                        }
                        vararg = Some(arg);
                    }
                }
                T::DoubleStar => {
                    if state == ParamState::AfterDoubleStar {
                        return Err(
                            self.error_at_token(&t, "arguments cannot follow var-keyword argument")
                        );
                    }
                    self.advance();
                    let arg = self.param(annotated, false)?;
                    if self.at(T::Equal) {
                        let eq = *self.tok();
                        return Err(self.error_at_token(
                            &eq,
                            "var-keyword argument cannot have default value",
                        ));
                    }
                    kwarg = Some(arg);
                    state = ParamState::AfterDoubleStar;
                }
                T::Name => {
                    let arg = self.param(annotated, false)?;
                    if state == ParamState::AfterDoubleStar {
                        return Err(
                            self.error_at(arg.loc, "arguments cannot follow var-keyword argument")
                        );
                    }
                    let default = match self.eat(T::Equal) {
                        Some(eq) => {
                            if self.at(T::Comma) || self.at(close) {
                                return Err(
                                    self.error_at_token(&eq, "expected default value expression")
                                );
                            }
                            Some(self.expression()?)
                        }
                        None => None,
                    };
                    if state == ParamState::Positional {
                        match default {
                            Some(d) => {
                                defaults.push(d);
                                seen_default = true;
                            }
                            None if seen_default => {
                                return Err(self.error_at(
                                    arg.loc,
                                    "non-default argument follows default argument",
                                ));
                            }
                            None => {}
                        }
                        args.push(arg);
                    } else {
                        kwonly.push(arg);
                        kw_defaults.push(default);
                    }
                }
                T::LPar if state == ParamState::Positional && !seen_default => {
                    return Err(self.parenthesized_params(&t, lambda));
                }
                _ => return Err(Fail::Generic),
            }
            if self.eat(T::Comma).is_none() {
                break;
            }
        }
        Ok(Arguments {
            posonlyargs: self.slice(&posonly),
            args: self.slice(&args),
            vararg: vararg.map(|a| self.alloc(a)),
            kwonlyargs: self.slice(&kwonly),
            kw_defaults: self.slice(&kw_defaults),
            kwarg: kwarg.map(|a| self.alloc(a)),
            defaults: self.slice(&defaults),
        })
    }

    fn bare_star_error(&self, star: &Token, lambda: bool) -> Fail {
        if lambda {
            self.error_at_last_fetched("named arguments must follow bare *")
        } else {
            self.error_at_token(star, "named arguments must follow bare *")
        }
    }

    /// `def f((a, b))`: "parameters cannot be parenthesized", if the
    /// parentheses hold only plain names.
    fn parenthesized_params(&mut self, open: &Token, lambda: bool) -> Fail {
        let save = self.pos;
        self.advance();
        let mut names = 0;
        while self.at(T::Name) {
            self.advance();
            if !lambda && self.eat(T::Colon).is_some() && self.expression().is_err() {
                break;
            }
            names += 1;
            if self.eat(T::Comma).is_none() {
                break;
            }
        }
        if names > 0 {
            if let Some(close) = self.eat(T::RPar) {
                let msg = if lambda {
                    "Lambda expression parameters cannot be parenthesized"
                } else {
                    "Function parameters cannot be parenthesized"
                };
                return self.error_range(Self::token_loc(open), Self::token_loc(&close), msg);
            }
        }
        self.pos = save;
        Fail::Generic
    }
}
