//! The tokenizer: source text to a token vector, with CPython 3.11's `Parser/tokenizer.c` rules and errors.
//!
//! The whole source is tokenized up front. A tokenizer error ends the token
//! vector with a `TokenKind::Error` token and is kept in `Lexed::error`; the
//! parser reports it if it reaches that token, and otherwise decides between
//! it and its own error the way CPython's `_PyPegen_set_syntax_error` and
//! `_PyPegen_tokenize_full_source_to_check_for_errors` do.

use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::token::{Token, TokenKind};
use std::borrow::Cow;

use crate::unicode_tables::{NFKC_MULTI, NFKC_RUNS, PRINTABLE, XID_CONTINUE, XID_START};

/// Tab stops of the indentation rules (`tok->tabsize`).
const TABSIZE: u32 = 8;
/// Indentation levels allowed (`MAXINDENT`).
const MAX_INDENT: usize = 100;
/// Open brackets allowed (`MAXLEVEL`).
const MAX_LEVEL: usize = 200;

/// The tokens of a source, and the error that stopped the tokenizer if any.
#[derive(Debug, Clone)]
pub struct Lexed {
    /// Ends with `EndMarker`, or with `Error` if `error` is set.
    pub tokens: Vec<Token>,
    pub error: Option<LexError>,
}

/// A tokenizer error and how it competes with parser errors.
#[derive(Debug, Clone)]
pub struct LexError {
    pub error: SyntaxError,
    /// The error is raised with `syntaxerror()` in tokenizer.c, so a scan of
    /// the full source finds it and it wins over any parser error.
    pub eager: bool,
    /// End of file inside brackets: the line of the innermost open bracket.
    /// It wins over a parser error on a later line.
    pub unclosed_line: Option<u32>,
}

/// Tokenizes `source`, which must already have `\r\n` and `\r` turned into
/// `\n` and end with `\n` (see `normalize_newlines`).
pub fn tokenize(source: &str) -> Lexed {
    let mut lexer = Lexer {
        src: source,
        bytes: source.as_bytes(),
        pos: 0,
        lineno: 1,
        line_start: 0,
        tokens: Vec::new(),
        indents: vec![(0, 0)],
        parens: Vec::new(),
        at_bol: true,
        blank_line: false,
    };
    let error = lexer.run().err();
    Lexed {
        tokens: lexer.tokens,
        error,
    }
}

/// Turns `\r\n` and lone `\r` into `\n` and makes the text end with a
/// newline, as CPython's `translate_newlines` does for string input.
pub fn normalize_newlines(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + 1);
    let mut rest = source;
    while let Some(i) = rest.find('\r') {
        out.push_str(&rest[..i]);
        out.push('\n');
        rest = &rest[i + 1..];
        if rest.starts_with('\n') {
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// The number of characters in the first `byte_col` bytes of `line`
/// (clamped to the line), i.e. a 0-based character column.
pub fn char_col(line: &str, byte_col: usize) -> u32 {
    let mut end = byte_col.min(line.len());
    while !line.is_char_boundary(end) {
        end += 1;
    }
    line[..end].chars().count() as u32
}

/// The NFKC form of a (valid) identifier, as CPython normalizes non-ASCII
/// identifiers (`_PyPegen_new_identifier`). Characters are normalized one
/// by one; the rare compositions across characters are not performed.
pub fn normalize_identifier(name: &str) -> Cow<'_, str> {
    if name.is_ascii() {
        return Cow::Borrowed(name);
    }
    let mut out = String::with_capacity(name.len());
    let mut changed = false;
    for c in name.chars() {
        let code = c as u32;
        let run = NFKC_RUNS
            .binary_search_by(|&(lo, hi, _)| {
                if hi < code {
                    std::cmp::Ordering::Less
                } else if lo > code {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .ok()
            .and_then(|i| {
                let (lo, _, target) = NFKC_RUNS[i];
                char::from_u32(target + (code - lo))
            });
        if let Some(mapped) = run {
            out.push(mapped);
            changed = true;
        } else if let Ok(i) = NFKC_MULTI.binary_search_by_key(&code, |&(k, _)| k) {
            out.push_str(NFKC_MULTI[i].1);
            changed = true;
        } else {
            out.push(c);
        }
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(name)
    }
}

/// True if `c` may start an identifier (XID_Start or `_`).
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_table(XID_START, c)
}

/// True if `c` may continue an identifier (XID_Continue).
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_table(XID_CONTINUE, c)
}

/// Like `str.isprintable()` for one character.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_table(PRINTABLE, c)
}

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// `is_potential_identifier_start` of tokenizer.c: non-ASCII bytes count.
fn ident_start_byte(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 128
}

/// `is_potential_identifier_char` of tokenizer.c.
fn ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 128
}

struct Lexer<'s> {
    src: &'s str,
    bytes: &'s [u8],
    pos: usize,
    lineno: u32,
    line_start: usize,
    tokens: Vec<Token>,
    /// Indentation stack: (column with tabs to 8, column with tabs to 1).
    indents: Vec<(u32, u32)>,
    /// Open brackets: (bracket, line, byte column).
    parens: Vec<(u8, u32, u32)>,
    at_bol: bool,
    /// The current line holds only whitespace and comments.
    blank_line: bool,
}

type LexResult<T> = Result<T, LexError>;

impl<'s> Lexer<'s> {
    fn peek(&self) -> u8 {
        self.bytes.get(self.pos).copied().unwrap_or(0)
    }

    fn peek_at(&self, offset: usize) -> u8 {
        self.bytes.get(self.pos + offset).copied().unwrap_or(0)
    }

    fn at_eof(&self) -> bool {
        self.pos >= self.bytes.len()
    }

    /// The current line without its newline.
    fn line_text(&self, line_start: usize) -> &'s str {
        let rest = &self.src[line_start..];
        match rest.find('\n') {
            Some(i) => &rest[..i],
            None => rest,
        }
    }

    fn col_of(&self, pos: usize) -> u32 {
        (pos - self.line_start) as u32
    }

    fn push(&mut self, kind: TokenKind, start: usize, lineno: u32, col: u32) {
        self.tokens.push(Token {
            kind,
            start: start as u32,
            end: self.pos as u32,
            lineno,
            col,
            end_lineno: self.lineno,
            end_col: self.col_of(self.pos),
        });
    }

    /// Ends the token stream with an `Error` token at the current position.
    fn fail(&mut self, error: SyntaxError, eager: bool) -> LexError {
        let here = self.pos.min(self.bytes.len()) as u32;
        let col = self.col_of(self.pos.min(self.bytes.len()));
        self.tokens.push(Token {
            kind: TokenKind::Error,
            start: here,
            end: here,
            lineno: self.lineno,
            col,
            end_lineno: self.lineno,
            end_col: col,
        });
        LexError {
            error,
            eager,
            unclosed_line: None,
        }
    }

    /// An error raised by tokenizer.c's `syntaxerror()`: at the current
    /// position (`offset` = characters before `self.pos`), text without newline.
    fn syntax_error(&mut self, msg: String) -> LexError {
        let text = self.line_text(self.line_start);
        let offset = char_col(text, self.pos - self.line_start);
        self.syntax_error_range(msg, offset, offset)
    }

    fn syntax_error_range(&mut self, msg: String, offset: u32, end_offset: u32) -> LexError {
        let text = self.line_text(self.line_start);
        let mut error = SyntaxError::new(
            SyntaxErrorKind::SyntaxError,
            msg,
            self.lineno,
            offset,
            self.lineno,
            end_offset,
        );
        error.text = Some(text.to_owned());
        self.fail(error, true)
    }

    /// An error the parser raises when it meets the tokenizer's ERRORTOKEN
    /// (`tokenizer_error` in pegen_errors.c): offset is `col + 1`, end unknown.
    fn parser_level_error(
        &mut self,
        kind: SyntaxErrorKind,
        msg: &str,
        byte_col: usize,
    ) -> LexError {
        let text = self.line_text(self.line_start);
        let offset = char_col(text, byte_col) + 1;
        let mut error = SyntaxError::new(kind, msg, self.lineno, offset, self.lineno, 0);
        error.text = Some(format!("{text}\n"));
        self.fail(error, false)
    }

    fn run(&mut self) -> LexResult<()> {
        loop {
            if self.at_bol {
                self.at_bol = false;
                self.indentation()?;
            }
            // Skip spaces, tabs and form feeds.
            while matches!(self.peek(), b' ' | b'\t' | b'\x0c') {
                self.pos += 1;
            }
            // Comments run to the end of the line.
            if self.peek() == b'#' {
                while !self.at_eof() && self.peek() != b'\n' {
                    self.pos += 1;
                }
            }
            if self.at_eof() {
                return self.end_of_file();
            }
            let start = self.pos;
            let col = self.col_of(start);
            let lineno = self.lineno;
            let c = self.peek();
            if c == b'\n' {
                self.pos += 1;
                let blank = self.blank_line || !self.parens.is_empty();
                if !blank {
                    // CPython leaves the '\n' out of the token: it is empty.
                    self.pos -= 1;
                    self.push(TokenKind::Newline, start, lineno, col);
                    self.pos += 1;
                }
                self.new_line();
                continue;
            }
            if ident_start_byte(c) {
                if let Some(len) = self.string_prefix_len() {
                    self.pos += len;
                    self.string(start, lineno, col)?;
                } else {
                    self.name(start, lineno, col)?;
                }
                continue;
            }
            if c.is_ascii_digit() || (c == b'.' && self.peek_at(1).is_ascii_digit()) {
                self.number(start, lineno, col)?;
                continue;
            }
            if c == b'\'' || c == b'"' {
                self.string(start, lineno, col)?;
                continue;
            }
            if c == b'\\' {
                self.continuation()?;
                continue;
            }
            if c < 0x20 || c == 0x7f {
                self.pos += 1;
                return Err(
                    self.syntax_error(format!("invalid non-printable character U+{:04X}", c))
                );
            }
            let Some((kind, len)) = TokenKind::operator(&self.bytes[self.pos..]) else {
                // Unreachable: every printable ASCII byte is some operator.
                self.pos += 1;
                return Err(self.syntax_error("invalid syntax".into()));
            };
            self.pos += len;
            self.brackets(c)?;
            self.push(kind, start, lineno, col);
        }
    }

    fn new_line(&mut self) {
        self.lineno += 1;
        self.line_start = self.pos;
        self.at_bol = true;
        self.blank_line = false;
    }

    /// Measures the indentation of a new line and queues INDENT/DEDENT tokens.
    fn indentation(&mut self) -> LexResult<()> {
        let (mut col, mut altcol) = (0u32, 0u32);
        // A backslash continuation inside the indentation: the column at
        // the first backslash is the line's indentation.
        let mut cont_line_col: Option<(u32, u32)> = None;
        loop {
            match self.peek() {
                b'\\' => {
                    cont_line_col.get_or_insert((col, altcol));
                    self.continuation()?;
                    continue;
                }
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / TABSIZE + 1) * TABSIZE;
                    altcol += 1;
                }
                b'\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        let c = self.peek();
        if self.at_eof() {
            // The blocks still open are closed by `end_of_file`.
            return Ok(());
        }
        if c == b'#' || c == b'\n' {
            // Lines with only whitespace and comments don't count.
            self.blank_line = true;
            return Ok(());
        }
        if !self.parens.is_empty() {
            return Ok(());
        }
        if let Some((c, a)) = cont_line_col {
            col = c;
            altcol = a;
        }
        let lineno = self.lineno;
        let here = self.col_of(self.pos);
        let (top, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
        if col == top {
            if altcol != top_alt {
                return Err(self.tab_error());
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                return Err(self.parser_level_error(
                    SyntaxErrorKind::IndentationError,
                    "too many levels of indentation",
                    0,
                ));
            }
            if altcol <= top_alt {
                return Err(self.tab_error());
            }
            self.indents.push((col, altcol));
            self.push(TokenKind::Indent, self.pos, lineno, here);
        } else {
            while self.indents.len() > 1 && col < self.indents.last().map_or(0, |i| i.0) {
                self.indents.pop();
                self.push(TokenKind::Dedent, self.pos, lineno, here);
            }
            let (top, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                // The offset is where the tokenizer stands: the end of the line.
                let line_len = self.line_text(self.line_start).len() + 1;
                let text = self.line_text(self.line_start);
                let offset = char_col(text, line_len) + 1;
                let mut error = SyntaxError::new(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    lineno,
                    offset,
                    lineno,
                    0,
                );
                error.text = Some(format!("{text}\n"));
                return Err(self.fail(error, false));
            }
            if altcol != top_alt {
                return Err(self.tab_error());
            }
        }
        Ok(())
    }

    fn tab_error(&mut self) -> LexError {
        self.parser_level_error(
            SyntaxErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation",
            0,
        )
    }

    /// End of input: a final NEWLINE was already produced by the trailing
    /// `\n`; close the open blocks.
    fn end_of_file(&mut self) -> LexResult<()> {
        if let Some(&(bracket, line, col)) = self.parens.last() {
            // `raise_unclosed_parentheses_error`.
            let line_start = self.line_start_of(line);
            let text = self.line_text(line_start);
            let offset = char_col(text, col as usize) + 1;
            let mut error = SyntaxError::new(
                SyntaxErrorKind::SyntaxError,
                format!("'{}' was never closed", bracket as char),
                line,
                offset,
                line,
                0,
            );
            error.text = Some(text.to_owned());
            let mut error = self.fail(error, false);
            error.unclosed_line = Some(line);
            return Err(error);
        }
        // CPython places the final tokens on the last line, at its end
        // (the newline included).
        let here = self.pos;
        let last_start = self.src[..here.saturating_sub(1)]
            .rfind('\n')
            .map_or(0, |i| i + 1);
        let lineno = self.lineno.saturating_sub(1).max(1);
        let col = (here - last_start) as u32;
        let mut close = |kind| {
            self.tokens.push(Token {
                kind,
                start: here as u32,
                end: here as u32,
                lineno,
                col,
                end_lineno: lineno,
                end_col: col,
            })
        };
        for _ in 1..self.indents.len() {
            close(TokenKind::Dedent);
        }
        close(TokenKind::EndMarker);
        self.indents.truncate(1);
        Ok(())
    }

    /// Byte offset of the start of line `line` (1-based).
    fn line_start_of(&self, line: u32) -> usize {
        let mut start = 0;
        for _ in 1..line {
            match self.src[start..].find('\n') {
                Some(i) => start += i + 1,
                None => break,
            }
        }
        start
    }

    /// Tracks bracket nesting for the byte `c` just consumed.
    fn brackets(&mut self, c: u8) -> LexResult<()> {
        match c {
            b'(' | b'[' | b'{' => {
                if self.parens.len() >= MAX_LEVEL {
                    return Err(self.syntax_error("too many nested parentheses".into()));
                }
                let col = self.col_of(self.pos - 1);
                self.parens.push((c, self.lineno, col));
            }
            b')' | b']' | b'}' => {
                let Some((open, line, _)) = self.parens.pop() else {
                    return Err(self.syntax_error(format!("unmatched '{}'", c as char)));
                };
                let matching = matches!((open, c), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                if !matching {
                    let msg = if line != self.lineno {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                            c as char, open as char, line
                        )
                    } else {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, open as char
                        )
                    };
                    return Err(self.syntax_error(msg));
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// A backslash outside a string: must be followed by a newline
    /// (`tok_continuation_line`).
    fn continuation(&mut self) -> LexResult<()> {
        self.pos += 1;
        if self.peek() != b'\n' {
            let byte_col = self.pos - self.line_start;
            return Err(self.parser_level_error(
                SyntaxErrorKind::SyntaxError,
                "unexpected character after line continuation character",
                byte_col,
            ));
        }
        self.pos += 1;
        if self.at_eof() {
            let line_len = self.pos - self.line_start;
            self.pos -= 1;
            return Err(self.parser_level_error(
                SyntaxErrorKind::SyntaxError,
                "unexpected EOF while parsing",
                line_len - 1,
            ));
        }
        // The next physical line continues this one: no NEWLINE, no indentation.
        self.lineno += 1;
        self.line_start = self.pos;
        Ok(())
    }

    /// Length of a string prefix (`rb`, `f`, ...) followed by a quote at the
    /// current position, if there is one.
    fn string_prefix_len(&self) -> Option<usize> {
        let (mut b, mut r, mut u, mut f) = (false, false, false, false);
        let mut len = 0;
        loop {
            let c = self.peek_at(len).to_ascii_lowercase();
            match c {
                b'b' if !(b || u || f) => b = true,
                b'u' if !(b || u || r || f) => u = true,
                b'r' if !(r || u) => r = true,
                b'f' if !(f || b || u) => f = true,
                _ => return None,
            }
            len += 1;
            if matches!(self.peek_at(len), b'\'' | b'"') {
                return Some(len);
            }
        }
    }

    fn name(&mut self, start: usize, lineno: u32, col: u32) -> LexResult<()> {
        let mut non_ascii = false;
        while ident_byte(self.peek()) {
            non_ascii |= self.peek() >= 128;
            self.pos += 1;
        }
        let word = &self.src[start..self.pos];
        if non_ascii {
            self.verify_identifier(start, word)?;
        }
        let kind = TokenKind::keyword(word).unwrap_or(TokenKind::Name);
        self.push(kind, start, lineno, col);
        Ok(())
    }

    /// `verify_identifier` of tokenizer.c: reports the first character that
    /// can't be part of an identifier.
    fn verify_identifier(&mut self, start: usize, word: &str) -> LexResult<()> {
        for (i, (at, c)) in word.char_indices().enumerate() {
            let valid = if i == 0 {
                is_xid_start(c)
            } else {
                is_xid_continue(c)
            };
            if !valid {
                self.pos = start + at + c.len_utf8();
                let msg = if is_printable(c) {
                    format!("invalid character '{c}' (U+{:04X})", c as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                };
                return Err(self.syntax_error(msg));
            }
        }
        Ok(())
    }

    /// A string literal; `self.pos` is at the opening quote.
    fn string(&mut self, start: usize, lineno: u32, col: u32) -> LexResult<()> {
        let quote = self.peek();
        let quote_size = if self.peek_at(1) == quote && self.peek_at(2) == quote {
            3
        } else {
            1
        };
        let first_line_start = self.line_start;
        self.pos += quote_size;
        let mut end_quotes = 0;
        if quote_size == 1 && self.peek() == quote {
            // The empty string ''.
            self.pos += 1;
            end_quotes = 1;
        }
        while end_quotes != quote_size {
            let c = self.peek();
            if self.at_eof() || (quote_size == 1 && c == b'\n') {
                let detected = if self.at_eof() {
                    self.lineno - 1
                } else {
                    self.lineno
                };
                let text = self.line_text(first_line_start);
                let offset = char_col(text, col as usize) + 1;
                let msg = if quote_size == 3 {
                    format!(
                        "unterminated triple-quoted string literal (detected at line {detected})"
                    )
                } else {
                    format!("unterminated string literal (detected at line {detected})")
                };
                let mut error = SyntaxError::new(
                    SyntaxErrorKind::SyntaxError,
                    msg,
                    lineno,
                    offset,
                    lineno,
                    offset,
                );
                error.text = Some(text.to_owned());
                self.pos = start;
                self.lineno = lineno;
                self.line_start = first_line_start;
                return Err(self.fail(error, true));
            }
            self.pos += 1;
            if c == quote {
                end_quotes += 1;
            } else {
                end_quotes = 0;
                if c == b'\\' {
                    // Skip the escaped character (which may be a newline).
                    if self.peek() == b'\n' {
                        self.pos += 1;
                        self.lineno += 1;
                        self.line_start = self.pos;
                    } else if !self.at_eof() {
                        self.pos += 1;
                    }
                }
                if c == b'\n' {
                    self.lineno += 1;
                    self.line_start = self.pos;
                }
            }
        }
        self.push(TokenKind::String, start, lineno, col);
        Ok(())
    }

    /// A number literal (`tok_get`'s number branch).
    fn number(&mut self, start: usize, lineno: u32, col: u32) -> LexResult<()> {
        let c = self.peek();
        if c == b'.' {
            self.pos += 1;
            self.fraction_and_rest()?;
        } else if c == b'0' {
            self.pos += 1;
            match self.peek().to_ascii_lowercase() {
                b'x' => {
                    self.pos += 1;
                    self.radix_digits(16, "hexadecimal")?;
                }
                b'o' => {
                    self.pos += 1;
                    self.radix_digits(8, "octal")?;
                }
                b'b' => {
                    self.pos += 1;
                    self.radix_digits(2, "binary")?;
                }
                _ => self.zero_prefixed(start)?,
            }
        } else {
            self.decimal_tail()?;
            self.after_integer_part()?;
        }
        self.push(TokenKind::Number, start, lineno, col);
        Ok(())
    }

    /// Digits with single underscores between them (`tok_decimal_tail`).
    fn decimal_tail(&mut self) -> LexResult<()> {
        loop {
            while self.peek().is_ascii_digit() {
                self.pos += 1;
            }
            if self.peek() != b'_' {
                return Ok(());
            }
            self.pos += 1;
            if !self.peek().is_ascii_digit() {
                return Err(self.syntax_error("invalid decimal literal".into()));
            }
        }
    }

    /// After the integer digits of a decimal: fraction, exponent, `j`.
    fn after_integer_part(&mut self) -> LexResult<()> {
        if self.peek() == b'.' {
            self.pos += 1;
            return self.fraction_and_rest();
        }
        self.exponent_and_rest()
    }

    /// After the `.` of a float.
    fn fraction_and_rest(&mut self) -> LexResult<()> {
        if self.peek().is_ascii_digit() {
            self.decimal_tail()?;
        }
        self.exponent_and_rest()
    }

    fn exponent_and_rest(&mut self) -> LexResult<()> {
        let c = self.peek();
        if c == b'e' || c == b'E' {
            let e_pos = self.pos;
            self.pos += 1;
            let sign = self.peek();
            if sign == b'+' || sign == b'-' {
                self.pos += 1;
                if !self.peek().is_ascii_digit() {
                    return Err(self.syntax_error("invalid decimal literal".into()));
                }
            } else if !sign.is_ascii_digit() {
                // `1else`: the number ends before the `e`.
                self.pos = e_pos;
                return self.verify_end_of_number("decimal");
            }
            self.decimal_tail()?;
        }
        if matches!(self.peek(), b'j' | b'J') {
            self.pos += 1;
            return self.verify_end_of_number("imaginary");
        }
        self.verify_end_of_number("decimal")
    }

    /// `0...` that is not `0x`/`0o`/`0b`: zeros, or a float, or an error.
    fn zero_prefixed(&mut self, start: usize) -> LexResult<()> {
        loop {
            if self.peek() == b'_' {
                self.pos += 1;
                if !self.peek().is_ascii_digit() {
                    return Err(self.syntax_error("invalid decimal literal".into()));
                }
            }
            if self.peek() != b'0' {
                break;
            }
            self.pos += 1;
        }
        // CPython has consumed one more character at this point.
        let zeros_end = self.pos + 1;
        let mut nonzero = false;
        if self.peek().is_ascii_digit() {
            nonzero = true;
            self.decimal_tail()?;
        }
        match self.peek() {
            b'.' => {
                self.pos += 1;
                self.fraction_and_rest()
            }
            b'e' | b'E' | b'j' | b'J' => self.exponent_and_rest(),
            _ if nonzero => {
                let text = self.line_text(self.line_start);
                let offset = char_col(text, start - self.line_start) + 1;
                let end = char_col(text, zeros_end - self.line_start);
                Err(self.syntax_error_range(
                    "leading zeros in decimal integer literals are not permitted; \
                     use an 0o prefix for octal integers"
                        .into(),
                    offset,
                    end,
                ))
            }
            _ => self.verify_end_of_number("decimal"),
        }
    }

    /// Digits of a `0x`/`0o`/`0b` literal, after the prefix.
    fn radix_digits(&mut self, radix: u32, kind: &str) -> LexResult<()> {
        loop {
            if self.peek() == b'_' {
                self.pos += 1;
            }
            let c = self.peek();
            if !(c as char).is_digit(radix) {
                if radix != 16 && c.is_ascii_digit() {
                    self.pos += 1;
                    return Err(self
                        .syntax_error(format!("invalid digit '{}' in {kind} literal", c as char)));
                }
                return Err(self.syntax_error(format!("invalid {kind} literal")));
            }
            while (self.peek() as char).is_digit(radix) {
                self.pos += 1;
            }
            if self.peek() != b'_' {
                break;
            }
        }
        let c = self.peek();
        if radix != 16 && c.is_ascii_digit() {
            self.pos += 1;
            return Err(
                self.syntax_error(format!("invalid digit '{}' in {kind} literal", c as char))
            );
        }
        self.verify_end_of_number(kind)
    }

    /// `verify_end_of_number`: a number may be directly followed by the
    /// keywords `and else for if in is or not` (deprecated), but by no
    /// other identifier character.
    fn verify_end_of_number(&mut self, kind: &str) -> LexResult<()> {
        let rest = &self.bytes[self.pos..];
        let keyword_follows = |word: &[u8]| {
            rest.starts_with(word) && !rest.get(word.len()).copied().is_some_and(ident_byte)
        };
        let ok = match self.peek() {
            b'a' => keyword_follows(b"and"),
            b'e' => keyword_follows(b"else"),
            b'f' => keyword_follows(b"for"),
            b'i' => matches!(self.peek_at(1), b'f' | b'n' | b's'),
            b'o' => keyword_follows(b"or"),
            b'n' => keyword_follows(b"not"),
            _ => false,
        };
        if !ok && ident_byte(self.peek()) {
            return Err(self.syntax_error(format!("invalid {kind} literal")));
        }
        Ok(())
    }
}
