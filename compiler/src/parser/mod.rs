//! The parser core: token cursor, locations, error reporting and the three entry points (CPython's `Parser/pegen.c`).
//!
//! The parser is a hand-written recursive descent over the token vector
//! that follows `Grammar/python.gram` rule by rule. CPython's PEG parser
//! makes a second pass with its `invalid_*` rules to find a precise message;
//! here those checks sit where the first pass fails. Generic failures are
//! reported, like CPython does, as `invalid syntax` at the furthest token
//! the parser looked at.

mod args;
mod expr;
mod fstring;
mod pattern;
mod stmt;
mod strings;
mod targets;

use std::cell::Cell;

use bumpalo::Bump;

use crate::ast::{Ast, Expr, ExprKind, Loc, Mode};
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::lexer::{self, char_col, LexError};
use crate::token::{Token, TokenKind};

/// CPython's parser gives up with MemoryError past this many nested rule
/// calls (`MAXSTACK` in pegen.h). Costs below approximate how many rule
/// levels each construct takes in CPython's grammar.
const MAX_LEVEL: u32 = 6000;
/// Rule levels CPython holds while inside an `expression` (a lambda body
/// or conditional `else` part nests at this cost).
const EXPRESSION_COST: u32 = 2;
/// Further levels between `expression` and the inside of a bracketed atom
/// (`disjunction` ... `primary`, `atom`, `group`, `named_expression`).
const BRACKET_COST: u32 = 18;
/// Rule levels of one nested block (`block` -> `statements` -> `statement` -> compound).
const BLOCK_COST: u32 = 5;

/// Why a parse function failed.
#[derive(Debug)]
pub(crate) enum Fail {
    /// No rule matched: `invalid syntax` at the furthest token seen.
    Generic,
    /// A specific error, already located.
    Error(Box<SyntaxError>),
}

pub(crate) type PResult<T> = Result<T, Fail>;

/// Parses `source` in `mode` into an AST allocated in `arena`.
/// Like CPython's `_PyParser_ASTFromString` (`compile(source, filename, mode,
/// ast.PyCF_ONLY_AST)`). The source is text as `compile()` takes it: a BOM
/// is an error, as there; strip it when reading files. `filename` is not
/// needed for messages, which carry no file name.
///
/// Nesting is bounded like CPython's: 200 open brackets, 100 indentation
/// levels, and a parser "stack" of 6000 rule levels (a MemoryError-kind
/// error beyond). The deepest sources CPython accepts (about 3000 nested
/// lambdas) need up to 4 MiB of Rust stack here in a debug build (parse
/// plus `symtable::build`); run the front end on a thread with at least
/// 8 MiB, such as the main thread.
pub fn parse<'a>(
    arena: &'a Bump,
    source: &str,
    mode: Mode,
    filename: &str,
) -> Result<Ast<'a>, SyntaxError> {
    let _ = filename;
    if source.contains('\0') {
        return Err(SyntaxError::new(
            SyntaxErrorKind::SyntaxError,
            "source code string cannot contain null bytes",
            0,
            0,
            0,
            0,
        ));
    }
    let src: &'a str = arena.alloc_str(&lexer::normalize_newlines(source));
    let mut lexed = lexer::tokenize(src);
    if source.is_empty() {
        // CPython's end marker of an empty source is on line 0.
        for t in &mut lexed.tokens {
            t.lineno = 0;
            t.end_lineno = 0;
        }
    }
    let mut parser = Parser::new(arena, src, lexed.tokens, None);
    let result = match mode {
        Mode::Exec => parser.file().map(Ast::Module),
        Mode::Eval => parser.eval().map(Ast::Expression),
        Mode::Single => parser.interactive().map(Ast::Interactive),
    };
    result.map_err(|fail| parser.resolve_error(fail, lexed.error).with_source(src))
}

/// Where the tokens of an f-string replacement field sit in the real
/// source: CPython's `starting_lineno`/`starting_col_offset`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Shift {
    /// Added to every token line.
    pub lines: u32,
    /// The line (after shifting) whose columns get `cols` added.
    pub first_line: u32,
    pub cols: u32,
}

pub(crate) struct Parser<'a> {
    pub(crate) arena: &'a Bump,
    /// The (normalised) text the tokens point into.
    pub(crate) src: &'a str,
    pub(crate) tokens: Vec<Token>,
    pub(crate) pos: usize,
    /// The furthest token index looked at (`p->fill - 1`).
    furthest: Cell<usize>,
    /// Nesting cost so far, against `MAX_LEVEL`.
    level: u32,
    /// The parse of an f-string replacement field: locations are shifted
    /// and errors are reported as `f-string: ...`.
    pub(crate) shift: Option<Shift>,
}

impl<'a> Parser<'a> {
    pub(crate) fn new(
        arena: &'a Bump,
        src: &'a str,
        mut tokens: Vec<Token>,
        shift: Option<Shift>,
    ) -> Parser<'a> {
        if let Some(shift) = shift {
            for t in &mut tokens {
                t.lineno += shift.lines;
                t.end_lineno += shift.lines;
                if t.lineno == shift.first_line {
                    t.col += shift.cols;
                }
                if t.end_lineno == shift.first_line {
                    t.end_col += shift.cols;
                }
            }
        }
        if tokens.is_empty() {
            tokens.push(Token {
                kind: TokenKind::EndMarker,
                start: 0,
                end: 0,
                lineno: 1,
                col: 0,
                end_lineno: 1,
                end_col: 0,
            });
        }
        Parser {
            arena,
            src,
            tokens,
            pos: 0,
            furthest: Cell::new(0),
            level: 0,
            shift,
        }
    }

    // ----- Token cursor -------------------------------------------------

    /// The token `n` ahead of the current one (the last token repeats).
    pub(crate) fn nth(&self, n: usize) -> &Token {
        let i = (self.pos + n).min(self.tokens.len() - 1);
        if i > self.furthest.get() {
            self.furthest.set(i);
        }
        &self.tokens[i]
    }

    /// The kind of the token `n` ahead without counting it as looked at
    /// (for checks of CPython's second pass, which must not move the
    /// location of a generic error).
    pub(crate) fn peek_quiet(&self, n: usize) -> TokenKind {
        self.tokens[(self.pos + n).min(self.tokens.len() - 1)].kind
    }

    pub(crate) fn tok(&self) -> &Token {
        self.nth(0)
    }

    pub(crate) fn kind(&self) -> TokenKind {
        self.nth(0).kind
    }

    pub(crate) fn peek_kind(&self, n: usize) -> TokenKind {
        self.nth(n).kind
    }

    pub(crate) fn at(&self, kind: TokenKind) -> bool {
        self.kind() == kind
    }

    /// The current token is the soft keyword / name `word`.
    pub(crate) fn at_name(&self, word: &str) -> bool {
        self.at(TokenKind::Name) && self.text(self.tok()) == word
    }

    pub(crate) fn advance(&mut self) -> Token {
        let t = *self.tok();
        if self.pos < self.tokens.len() - 1 {
            self.pos += 1;
        }
        t
    }

    pub(crate) fn eat(&mut self, kind: TokenKind) -> Option<Token> {
        if self.at(kind) {
            Some(self.advance())
        } else {
            None
        }
    }

    /// Consumes a `kind` token or fails with `invalid syntax`.
    pub(crate) fn expect(&mut self, kind: TokenKind) -> PResult<Token> {
        self.eat(kind).ok_or(Fail::Generic)
    }

    /// `&&'x'`: a forced token whose absence is `expected 'x'` right here.
    pub(crate) fn expect_forced(&mut self, kind: TokenKind, spelled: &str) -> PResult<Token> {
        match self.eat(kind) {
            Some(t) => Ok(t),
            None => {
                let t = *self.tok();
                Err(self.error_at_token(&t, format!("expected '{spelled}'")))
            }
        }
    }

    pub(crate) fn text(&self, t: &Token) -> &'a str {
        &self.src[t.start as usize..t.end as usize]
    }

    /// The identifier of a NAME token (NFKC-normalized), in the arena.
    pub(crate) fn name_of(&self, t: &Token) -> &'a str {
        let text = self.text(t);
        match lexer::normalize_identifier(text) {
            std::borrow::Cow::Borrowed(_) => text,
            std::borrow::Cow::Owned(normalized) => self.arena.alloc_str(&normalized),
        }
    }

    /// The last consumed token that is not NEWLINE, INDENT or DEDENT
    /// (`_PyPegen_get_last_nonnwhitespace_token`).
    pub(crate) fn last_significant(&self) -> &Token {
        let mut i = self.pos;
        while i > 0 {
            i -= 1;
            let t = &self.tokens[i];
            if !matches!(
                t.kind,
                TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
            ) {
                return t;
            }
        }
        &self.tokens[0]
    }

    /// The location from the start of token `start` to the end of the last
    /// consumed token.
    pub(crate) fn loc_from(&self, start: &Token) -> Loc {
        let end = self.last_significant();
        Loc {
            lineno: start.lineno,
            col_offset: start.col,
            end_lineno: end.end_lineno,
            end_col_offset: end.end_col,
        }
    }

    pub(crate) fn token_loc(t: &Token) -> Loc {
        Loc {
            lineno: t.lineno,
            col_offset: t.col,
            end_lineno: t.end_lineno,
            end_col_offset: t.end_col,
        }
    }

    // ----- Arena helpers -------------------------------------------------

    pub(crate) fn alloc<T: Copy>(&self, value: T) -> &'a T {
        self.arena.alloc(value)
    }

    pub(crate) fn slice<T: Copy>(&self, items: &[T]) -> &'a [T] {
        self.arena.alloc_slice_copy(items)
    }

    pub(crate) fn expr(&self, kind: ExprKind<'a>, loc: Loc) -> Expr<'a> {
        Expr { kind, loc }
    }

    // ----- Nesting limits ------------------------------------------------

    /// Accounts `cost` rule levels; fails like CPython's stack check.
    pub(crate) fn enter(&mut self, cost: u32) -> PResult<()> {
        self.level += cost;
        if self.level > MAX_LEVEL {
            self.level -= cost;
            return Err(Fail::Error(Box::new(SyntaxError::new(
                SyntaxErrorKind::MemoryError,
                "",
                0,
                0,
                0,
                0,
            ))));
        }
        Ok(())
    }

    pub(crate) fn leave(&mut self, cost: u32) {
        self.level -= cost;
    }

    /// Checks that `extra` more levels (a run of prefix operators parsed in
    /// a loop) would still fit.
    pub(crate) fn check_level(&mut self, extra: u32) -> PResult<()> {
        self.enter(extra)?;
        self.leave(extra);
        Ok(())
    }

    // ----- Errors --------------------------------------------------------

    /// The line of source `lineno` (1-based) without its newline.
    pub(crate) fn line_text(&self, lineno: u32) -> &'a str {
        self.src
            .split('\n')
            .nth(lineno.saturating_sub(1) as usize)
            .unwrap_or("")
    }

    /// The 0-based character column of byte column `col` on line `lineno`.
    /// Inside an f-string field, CPython reports columns relative to the
    /// parenthesised field text, so the shift is undone.
    pub(crate) fn char_offset(&self, lineno: u32, col: u32) -> u32 {
        match self.shift {
            Some(shift) => {
                let line = self.line_text(lineno.saturating_sub(shift.lines));
                let col = if lineno == shift.first_line {
                    col.saturating_sub(shift.cols)
                } else {
                    col
                };
                char_col(line, col as usize)
            }
            None => {
                // Past the end of the line (the newline, or the end marker's
                // column) counts one character per byte, like CPython.
                let line = self.line_text(lineno);
                let col = col as usize;
                char_col(line, col) + col.saturating_sub(line.len()) as u32
            }
        }
    }

    /// A SyntaxError spanning `loc` (`RAISE_SYNTAX_ERROR_KNOWN_LOCATION`).
    pub(crate) fn error_at(&self, loc: Loc, msg: impl Into<String>) -> Fail {
        self.error_kind_at(SyntaxErrorKind::SyntaxError, loc, msg)
    }

    pub(crate) fn error_kind_at(
        &self,
        kind: SyntaxErrorKind,
        loc: Loc,
        msg: impl Into<String>,
    ) -> Fail {
        let offset = self.char_offset(loc.lineno, loc.col_offset) + 1;
        let end_offset = self.char_offset(loc.end_lineno, loc.end_col_offset) + 1;
        Fail::Error(Box::new(SyntaxError::new(
            kind,
            msg,
            loc.lineno,
            offset,
            loc.end_lineno,
            end_offset,
        )))
    }

    pub(crate) fn error_at_token(&self, t: &Token, msg: impl Into<String>) -> Fail {
        if t.kind == TokenKind::EndMarker {
            // The end marker has no column in CPython: offsets 0.
            return Fail::Error(Box::new(SyntaxError::new(
                SyntaxErrorKind::SyntaxError,
                msg,
                t.lineno,
                0,
                t.lineno,
                0,
            )));
        }
        self.error_at(Self::token_loc(t), msg)
    }

    /// `RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b)`: from the start of `a` to the end of `b`.
    pub(crate) fn error_range(&self, a: Loc, b: Loc, msg: impl Into<String>) -> Fail {
        self.error_at(a.to(b), msg)
    }

    /// The parser position and furthest token, to undo a speculative parse
    /// of the kind CPython's second pass makes (which must not move the
    /// location of a generic error).
    pub(crate) fn mark(&self) -> (usize, usize) {
        (self.pos, self.furthest.get())
    }

    pub(crate) fn reset(&mut self, mark: (usize, usize)) {
        self.pos = mark.0;
        self.furthest.set(mark.1);
    }

    /// Moves the furthest token looked at back to `index`, where CPython's
    /// first pass would have stopped.
    pub(crate) fn set_furthest(&self, index: usize) {
        self.furthest.set(index);
    }

    /// The furthest token looked at (`p->tokens[p->fill - 1]`).
    pub(crate) fn furthest_token(&self) -> Token {
        self.tokens[self.furthest.get()]
    }

    /// `RAISE_SYNTAX_ERROR(msg)`: located at the last token fetched.
    /// Tokens without a column (end marker, INDENT, DEDENT) are located
    /// where the tokenizer stands, with no end, as CPython does.
    pub(crate) fn error_at_last_fetched(&self, msg: impl Into<String>) -> Fail {
        let t = self.tokens[self.furthest.get()];
        if matches!(
            t.kind,
            TokenKind::EndMarker | TokenKind::Indent | TokenKind::Dedent
        ) {
            let offset = self.char_offset(t.lineno, t.col);
            return Fail::Error(Box::new(SyntaxError::new(
                SyntaxErrorKind::SyntaxError,
                msg,
                t.lineno,
                offset,
                t.lineno,
                0,
            )));
        }
        self.error_at_token(&t, msg)
    }

    /// `RAISE_INDENTATION_ERROR(msg)` at the last token fetched.
    pub(crate) fn indentation_error_at_last_fetched(&self, msg: impl Into<String>) -> Fail {
        let t = self.tokens[self.furthest.get()];
        if matches!(
            t.kind,
            TokenKind::EndMarker | TokenKind::Indent | TokenKind::Dedent
        ) {
            // Tokens without a column: CPython reports where the tokenizer
            // stands, with no end.
            let offset = self.char_offset(t.lineno, t.col);
            return Fail::Error(Box::new(SyntaxError::new(
                SyntaxErrorKind::IndentationError,
                msg,
                t.lineno,
                offset,
                t.lineno,
                0,
            )));
        }
        self.error_kind_at(SyntaxErrorKind::IndentationError, Self::token_loc(&t), msg)
    }

    /// The generic error at the furthest token (`_PyPegen_set_syntax_error`).
    fn generic_error(&self) -> SyntaxError {
        let t = self.tokens[self.furthest.get()];
        let (kind, msg) = match t.kind {
            TokenKind::Indent => (SyntaxErrorKind::IndentationError, "unexpected indent"),
            TokenKind::Dedent => (SyntaxErrorKind::IndentationError, "unexpected unindent"),
            _ => (SyntaxErrorKind::SyntaxError, "invalid syntax"),
        };
        if matches!(t.kind, TokenKind::Indent | TokenKind::Dedent) {
            // Located where the tokenizer stands, with no end.
            let offset = self.char_offset(t.lineno, t.col);
            return SyntaxError::new(kind, msg, t.lineno, offset.max(1), t.lineno, 0);
        }
        match self.error_at_token(&t, msg) {
            Fail::Error(e) => *e,
            Fail::Generic => SyntaxError::new(kind, msg, t.lineno, 1, t.lineno, 1),
        }
    }

    /// Picks the error to report from the parser's failure and the
    /// tokenizer's error, like `_PyPegen_set_syntax_error` and
    /// `_PyPegen_tokenize_full_source_to_check_for_errors`.
    pub(crate) fn resolve_error(&self, fail: Fail, lex_error: Option<LexError>) -> SyntaxError {
        if let Some(lex) = &lex_error {
            let reached = self.furthest.get() >= self.tokens.len() - 1;
            if reached || lex.eager {
                return lex.error.clone();
            }
        }
        let error = match fail {
            Fail::Generic => self.generic_error(),
            Fail::Error(e) => *e,
        };
        if let Some(LexError {
            error: lex,
            unclosed_line: Some(line),
            ..
        }) = lex_error
        {
            let current_line = self.furthest_token().lineno;
            if current_line > line && error.kind != SyntaxErrorKind::MemoryError {
                return lex;
            }
        }
        error
    }
}
