//! f-strings: literal parts, replacement fields and format specs, as CPython 3.11's `string_parser.c` parses them.
//!
//! In 3.11 an f-string is one STRING token; its replacement fields are cut
//! out of the token text, wrapped in parentheses and parsed by a nested
//! parser whose token positions are shifted to the field's place in the
//! source (`fstring_compile_expr`, `fstring_find_expr_location`).

use crate::ast::{Constant, Expr, ExprKind, Loc};
use crate::error::SyntaxError;
use crate::lexer;
use crate::parser::strings::decode_str;
use crate::parser::{Fail, PResult, Parser, Shift};
use crate::token::Token;

/// Bracket nesting allowed inside a replacement field (`MAXLEVEL`).
const MAX_FIELD_NESTING: usize = 200;

/// Collects the parts of a (possibly concatenated) f-string:
/// `FstringParser` of string_parser.c.
pub(crate) struct FStringBuilder<'a> {
    /// Location of constants made while scanning and of FormattedValues:
    /// the whole concatenation.
    whole: Loc,
    /// Location of the final constant and of the JoinedStr itself.
    finish: Loc,
    last_str: String,
    values: Vec<Expr<'a>>,
}

impl<'a> FStringBuilder<'a> {
    pub(crate) fn new(loc: Loc) -> FStringBuilder<'a> {
        FStringBuilder {
            whole: loc,
            finish: loc,
            last_str: String::new(),
            values: Vec::new(),
        }
    }

    pub(crate) fn push_literal(&mut self, text: &str) {
        self.last_str.push_str(text);
    }

    fn flush(&mut self, parser: &Parser<'a>, loc: Loc) {
        if !self.last_str.is_empty() {
            let value = Constant::Str(parser.arena.alloc_str(&self.last_str));
            self.values
                .push(parser.expr(ExprKind::Constant { value }, loc));
            self.last_str.clear();
        }
    }

    fn push_expr(&mut self, parser: &Parser<'a>, e: Expr<'a>) {
        self.flush(parser, self.whole);
        self.values.push(e);
    }

    /// The JoinedStr (`_PyPegen_FstringParser_Finish` in f-string mode).
    pub(crate) fn finish(mut self, parser: &Parser<'a>) -> Expr<'a> {
        self.flush(parser, self.finish);
        parser.expr(
            ExprKind::JoinedStr {
                values: parser.slice(&self.values),
            },
            self.finish,
        )
    }
}

impl<'a> Parser<'a> {
    /// Adds the parts of one f-string token (`body` is its text between
    /// the quotes) to `builder`.
    pub(crate) fn fstring_parts(
        &mut self,
        builder: &mut FStringBuilder<'a>,
        t: &Token,
        body: &'a str,
        raw: bool,
        recurse_lvl: u32,
    ) -> PResult<()> {
        let mut s = 0;
        self.fstring_concat(builder, t, body, &mut s, raw, recurse_lvl)?;
        Ok(())
    }

    /// `_PyPegen_FstringParser_ConcatFstring`: literals and fields up to
    /// the end of `body` (top level) or the `}` closing a format spec.
    fn fstring_concat(
        &mut self,
        builder: &mut FStringBuilder<'a>,
        t: &Token,
        body: &'a str,
        s: &mut usize,
        raw: bool,
        recurse_lvl: u32,
    ) -> PResult<()> {
        let bytes = body.as_bytes();
        loop {
            let literal_start = *s;
            let (literal_end, doubled) = self.fstring_find_literal(body, s, raw, recurse_lvl)?;
            if literal_end > literal_start {
                let text = &body[literal_start..literal_end];
                if raw {
                    builder.push_literal(text);
                } else {
                    let decoded = decode_str(text).map_err(|e| self.decode_error(e))?;
                    builder.push_literal(&decoded);
                }
            }
            if doubled {
                continue;
            }
            if *s >= bytes.len() || bytes[*s] == b'}' {
                break;
            }
            let (expr_text, value) =
                self.fstring_find_expr(builder, t, body, s, raw, recurse_lvl)?;
            if let Some(text) = expr_text {
                builder.push_literal(text);
            }
            builder.push_expr(self, value);
        }
        if recurse_lvl != 0 && bytes.get(*s) != Some(&b'}') {
            return Err(self.error_at_last_fetched("f-string: expecting '}'"));
        }
        Ok(())
    }

    /// `fstring_find_literal`: scans literal text from `*s`. Returns where
    /// the literal text ends and whether it ended at a doubled brace (one
    /// brace of which belongs to the literal).
    fn fstring_find_literal(
        &self,
        body: &str,
        s: &mut usize,
        raw: bool,
        recurse_lvl: u32,
    ) -> PResult<(usize, bool)> {
        let bytes = body.as_bytes();
        while *s < bytes.len() {
            let mut ch = bytes[*s];
            *s += 1;
            if !raw && ch == b'\\' && *s < bytes.len() {
                ch = bytes[*s];
                *s += 1;
                if ch == b'N' {
                    // Skip `\N{name}`, whose braces are not a field.
                    if *s < bytes.len() && bytes[*s] == b'{' {
                        *s += 1;
                        while *s < bytes.len() {
                            *s += 1;
                            if bytes[*s - 1] == b'}' {
                                break;
                            }
                        }
                    }
                    continue;
                }
            }
            if ch == b'{' || ch == b'}' {
                if recurse_lvl == 0 {
                    if *s < bytes.len() && bytes[*s] == ch {
                        let end = *s;
                        *s += 1;
                        return Ok((end, true));
                    }
                    if ch == b'}' {
                        *s -= 1;
                        return Err(
                            self.error_at_last_fetched("f-string: single '}' is not allowed")
                        );
                    }
                }
                *s -= 1;
                break;
            }
        }
        Ok((*s, false))
    }

    /// `fstring_find_expr`: one replacement field starting at the `{` at
    /// `*s`. Returns the `=` text if any and the FormattedValue.
    fn fstring_find_expr(
        &mut self,
        builder: &FStringBuilder<'a>,
        t: &Token,
        body: &'a str,
        s: &mut usize,
        raw: bool,
        recurse_lvl: u32,
    ) -> PResult<(Option<&'a str>, Expr<'a>)> {
        let bytes = body.as_bytes();
        let end = bytes.len();
        if recurse_lvl >= 2 {
            return Err(self.error_at_last_fetched("f-string: expressions nested too deeply"));
        }
        let brace = *s;
        *s += 1;
        let expr_start = *s;
        let mut quote_char = 0u8;
        let mut string_type = 0;
        let mut parens: Vec<u8> = Vec::new();
        while *s < end {
            let ch = bytes[*s];
            if ch == b'\\' {
                return Err(self
                    .error_at_last_fetched("f-string expression part cannot include a backslash"));
            }
            if quote_char != 0 {
                if ch == quote_char {
                    if string_type == 3 {
                        if *s + 2 < end && bytes[*s + 1] == ch && bytes[*s + 2] == ch {
                            *s += 3;
                            string_type = 0;
                            quote_char = 0;
                            continue;
                        }
                    } else {
                        quote_char = 0;
                        string_type = 0;
                        *s += 1;
                        continue;
                    }
                }
            } else if ch == b'\'' || ch == b'"' {
                if *s + 2 < end && bytes[*s + 1] == ch && bytes[*s + 2] == ch {
                    string_type = 3;
                    *s += 2;
                } else {
                    string_type = 1;
                }
                quote_char = ch;
            } else if matches!(ch, b'[' | b'{' | b'(') {
                if parens.len() >= MAX_FIELD_NESTING {
                    return Err(self.error_at_last_fetched("f-string: too many nested parenthesis"));
                }
                parens.push(ch);
            } else if ch == b'#' {
                return Err(
                    self.error_at_last_fetched("f-string expression part cannot include '#'")
                );
            } else if parens.is_empty() && matches!(ch, b'!' | b':' | b'}' | b'=' | b'>' | b'<') {
                if *s + 1 < end {
                    let next = bytes[*s + 1];
                    if next == b'=' && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                        *s += 2;
                        continue;
                    }
                }
                if ch == b'>' || ch == b'<' {
                    *s += 1;
                    continue;
                }
                break;
            } else if matches!(ch, b']' | b'}' | b')') {
                let Some(open) = parens.pop() else {
                    return Err(
                        self.error_at_last_fetched(format!("f-string: unmatched '{}'", ch as char))
                    );
                };
                let matching = matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                if !matching {
                    return Err(self.error_at_last_fetched(format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        ch as char, open as char
                    )));
                }
            }
            *s += 1;
        }
        let expr_end = *s;
        if quote_char != 0 {
            return Err(self.error_at_last_fetched("f-string: unterminated string"));
        }
        if let Some(&open) = parens.last() {
            return Err(
                self.error_at_last_fetched(format!("f-string: unmatched '{}'", open as char))
            );
        }
        let expecting = |p: &Parser<'a>| p.error_at_last_fetched("f-string: expecting '}'");
        if *s >= end {
            return Err(expecting(self));
        }
        let value = self.fstring_compile_expr(t, body, brace, expr_start, expr_end)?;

        let mut expr_text = None;
        if bytes[*s] == b'=' {
            *s += 1;
            while *s < end && bytes[*s].is_ascii_whitespace() {
                *s += 1;
            }
            if *s >= end {
                return Err(expecting(self));
            }
            expr_text = Some(&body[expr_start..*s]);
        }
        let mut conversion = -1;
        if bytes[*s] == b'!' {
            *s += 1;
            if *s >= end {
                return Err(expecting(self));
            }
            let c = bytes[*s];
            *s += 1;
            if !matches!(c, b's' | b'r' | b'a') {
                return Err(self.error_at_last_fetched(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                ));
            }
            conversion = c as i32;
        }
        let mut format_spec = None;
        if *s < end && bytes[*s] == b':' {
            *s += 1;
            if *s >= end {
                return Err(expecting(self));
            }
            let mut spec = FStringBuilder::new(builder.whole);
            spec.finish = Self::token_loc(t);
            self.fstring_concat(&mut spec, t, body, s, raw, recurse_lvl + 1)?;
            format_spec = Some(self.alloc(spec.finish(self)));
        }
        if *s >= end || bytes[*s] != b'}' {
            return Err(expecting(self));
        }
        *s += 1;
        if expr_text.is_some() && format_spec.is_none() && conversion == -1 {
            conversion = 'r' as i32;
        }
        let formatted = self.expr(
            ExprKind::FormattedValue {
                value: self.alloc(value),
                conversion,
                format_spec,
            },
            builder.whole,
        );
        Ok((expr_text, formatted))
    }

    /// `fstring_compile_expr`: parses the field text `body[start..end]` as
    /// `(text)` with positions shifted to where the text is in the source.
    fn fstring_compile_expr(
        &mut self,
        t: &Token,
        body: &'a str,
        brace: usize,
        start: usize,
        end: usize,
    ) -> PResult<Expr<'a>> {
        let text = &body[start..end];
        if text
            .bytes()
            .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\x0c'))
        {
            let next = body.as_bytes().get(end).copied().unwrap_or(0);
            let msg = if matches!(next, b'!' | b':' | b'=') {
                format!("f-string: expression required before '{}'", next as char)
            } else {
                "f-string: empty expression not allowed".to_owned()
            };
            return Err(self.error_at_last_fetched(msg));
        }
        // Where the `{` is within the token (`fstring_find_expr_location`).
        let token_text = self.text(t);
        let body_offset = body.as_ptr() as usize - token_text.as_ptr() as usize;
        let brace_in_token = body_offset + brace;
        let before = &token_text[..brace_in_token];
        let lines = before.matches('\n').count() as u32;
        let newline_after_brace = text
            .bytes()
            .take_while(|&c| c != b'\n')
            .all(|c| matches!(c, b' ' | b'\t' | b'\x0c'))
            && text.contains('\n');
        let cols = if newline_after_brace {
            0
        } else {
            match before.rfind('\n') {
                Some(nl) => (brace_in_token - nl - 1) as u32,
                None => brace_in_token as u32,
            }
        };
        // CPython only adds the token's own column when the field is on
        // the token's first line.
        let shift = Shift {
            lines: t.lineno + lines - 1,
            first_line: t.lineno + lines,
            cols: if lines == 0 { t.col + cols } else { cols },
        };
        let source: &'a str = self.arena.alloc_str(&format!("({text})"));
        let lexed = lexer::tokenize(source);
        let mut sub = Parser::new(self.arena, source, lexed.tokens, Some(shift));
        sub.level = self.level;
        let result = sub.star_expressions();
        match result {
            Ok(e) => Ok(e),
            Err(fail) => {
                let mut error = sub.resolve_error(fail, lexed.error);
                if error.lineno > 0 && error.lineno < shift.first_line {
                    // A tokenizer error, still in the field's own lines.
                    error.lineno += shift.lines;
                    error.end_lineno += shift.lines;
                }
                if !error.msg.starts_with("f-string") && !error.msg.is_empty() {
                    error.msg = format!("f-string: {}", error.msg);
                }
                Err(Fail::Error(Box::new(SyntaxError {
                    text: None,
                    ..error
                })))
            }
        }
    }
}
