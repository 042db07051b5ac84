//! String literals: prefixes, escape decoding and implicit concatenation (CPython's `Parser/string_parser.c`).

use crate::ast::{Constant, Expr, ExprKind};
use crate::parser::fstring::FStringBuilder;
use crate::parser::{Fail, PResult, Parser};
use crate::token::{Token, TokenKind as T};
use crate::unicode_names::NAME_BLOCKS;

/// What a string token's prefix says about it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Prefix {
    pub bytes: bool,
    pub raw: bool,
    pub fstring: bool,
}

/// Splits a STRING token's text into its prefix flags and its body
/// (between the quotes).
pub(crate) fn split_literal(text: &str) -> (Prefix, &str) {
    let quote_at = text.find(['\'', '"']).unwrap_or(0);
    let (prefix_text, rest) = text.split_at(quote_at);
    let lower = prefix_text.to_ascii_lowercase();
    let prefix = Prefix {
        bytes: lower.contains('b'),
        raw: lower.contains('r'),
        fstring: lower.contains('f'),
    };
    let quote_len = if rest.len() >= 6 && (rest.starts_with("'''") || rest.starts_with("\"\"\"")) {
        3
    } else {
        1
    };
    let body = rest
        .get(quote_len..rest.len().saturating_sub(quote_len))
        .unwrap_or("");
    (prefix, body)
}

/// Why decoding a literal failed: the message after `(unicode error) ` or `(value error) `.
pub(crate) struct DecodeError(pub String);

/// Decodes the escapes of a `str` literal body, like
/// `decode_unicode_with_escapes`. Lone surrogates (`\ud800`) cannot be held
/// in a Rust string and are reported as errors.
pub(crate) fn decode_str(body: &str) -> Result<String, DecodeError> {
    let mut out = String::with_capacity(body.len());
    // Error positions count in CPython's intermediate buffer, where every
    // non-ASCII character became a 10-byte `\UXXXXXXXX` escape.
    let mut position = 0usize;
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            position += if c.is_ascii() { 1 } else { 10 };
            out.push(c);
            continue;
        }
        let start = position;
        position += 1;
        let Some(e) = chars.next() else {
            // A lone backslash at the end cannot happen inside quotes.
            out.push('\\');
            break;
        };
        position += if e.is_ascii() { 1 } else { 10 };
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut value = e as u32 - '0' as u32;
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&d @ '0'..='7') => {
                            value = value * 8 + (d as u32 - '0' as u32);
                            chars.next();
                            position += 1;
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let (count, what) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut value = 0u32;
                for _ in 0..count {
                    match chars.peek().and_then(|d| d.to_digit(16)) {
                        Some(d) => {
                            value = value * 16 + d;
                            chars.next();
                            position += 1;
                        }
                        None => return Err(codec_error(start, position, what)),
                    }
                }
                if (0xD800..0xE000).contains(&value) {
                    return Err(DecodeError(
                        "(unicode error) surrogate characters are not supported in string literals"
                            .into(),
                    ));
                }
                match char::from_u32(value) {
                    Some(ch) => out.push(ch),
                    None => return Err(codec_error(start, position, "illegal Unicode character")),
                }
            }
            'N' => {
                // \N{name}
                let mut name = String::new();
                let mut closed = false;
                if chars.peek() == Some(&'{') {
                    chars.next();
                    position += 1;
                    for d in chars.by_ref() {
                        position += if d.is_ascii() { 1 } else { 10 };
                        if d == '}' {
                            closed = true;
                            break;
                        }
                        name.push(d);
                    }
                }
                if !closed || name.is_empty() {
                    // An empty name's `}` is not part of the bad escape.
                    let end = if closed { position - 1 } else { position };
                    return Err(codec_error(start, end, "malformed \\N character escape"));
                }
                match unicode_name(&name) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(codec_error(
                            start,
                            position,
                            "unknown Unicode character name",
                        ))
                    }
                }
            }
            other => {
                // Unknown escapes keep their backslash (a DeprecationWarning in CPython).
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Jamo short names of Hangul syllables: leading consonants, vowels and
/// trailing consonants (`hangul_syllables` of unicodedata.c).
const JAMO_L: [&str; 19] = [
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P",
    "H",
];
const JAMO_V: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I",
];
const JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];

/// The CJK unified ideograph blocks of Unicode 14.
const CJK_RANGES: [(u32, u32); 8] = [
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B738),
    (0x2B740, 0x2B81D),
    (0x2B820, 0x2CEA1),
    (0x2CEB0, 0x2EBE0),
    (0x30000, 0x3134A),
];

/// The longest jamo name of `table` that `text` starts with (`find_syllable`).
fn jamo(text: &str, table: &[&str]) -> Option<(usize, usize)> {
    table
        .iter()
        .enumerate()
        .filter(|(_, name)| text.starts_with(*name))
        .max_by_key(|(_, name)| name.len())
        .map(|(i, name)| (i, name.len()))
}

/// The character called `name` for `\N{name}` (`_getcode` of
/// unicodedata.c). Taipan carries the names of the commonly used blocks
/// (see `unicode_names`), and computes CJK ideographs and Hangul syllables.
pub(crate) fn unicode_name(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    if upper.starts_with("HANGUL SYLLABLE ") {
        let rest = &name["HANGUL SYLLABLE ".len()..];
        let (l, n1) = jamo(rest, &JAMO_L)?;
        let (v, n2) = jamo(&rest[n1..], &JAMO_V)?;
        let (t, n3) = jamo(&rest[n1 + n2..], &JAMO_T)?;
        if n1 + n2 + n3 != rest.len() {
            return None;
        }
        return char::from_u32(0xAC00 + ((l * 21 + v) * 28 + t) as u32);
    }
    if upper.starts_with("CJK UNIFIED IDEOGRAPH-") {
        let hex = &name["CJK UNIFIED IDEOGRAPH-".len()..];
        let valid = matches!(hex.len(), 4 | 5)
            && hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b));
        let code = u32::from_str_radix(hex, 16).ok().filter(|_| valid)?;
        return CJK_RANGES
            .iter()
            .any(|&(lo, hi)| (lo..=hi).contains(&code))
            .then(|| char::from_u32(code))
            .flatten();
    }
    for &(first, names) in NAME_BLOCKS {
        if let Some(i) = names.split('|').position(|n| n == upper) {
            return char::from_u32(first + i as u32);
        }
    }
    None
}

fn codec_error(start: usize, end: usize, what: &str) -> DecodeError {
    let range = if end - start == 1 {
        format!("byte 0x5c in position {start}")
    } else {
        format!("bytes in position {}-{}", start, end - 1)
    };
    DecodeError(format!(
        "(unicode error) 'unicodeescape' codec can't decode {range}: {what}"
    ))
}

/// Decodes the escapes of a `bytes` literal body, like `_PyBytes_DecodeEscape`.
pub(crate) fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, DecodeError> {
    let bytes = body.as_bytes();
    if raw {
        return Ok(bytes.to_vec());
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = bytes.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut value = (e - b'0') as u32;
                for _ in 0..2 {
                    match bytes.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(value as u8);
            }
            b'x' => {
                let hex = |b: Option<&u8>| b.and_then(|&b| (b as char).to_digit(16));
                match (hex(bytes.get(i)), hex(bytes.get(i + 1))) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(DecodeError(format!(
                            "(value error) invalid \\x escape at position {}",
                            i - 2
                        )))
                    }
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

impl<'a> Parser<'a> {
    /// `strings`: one or more adjacent STRING tokens, concatenated
    /// (`_PyPegen_concatenate_strings`).
    pub(crate) fn strings(&mut self) -> PResult<Expr<'a>> {
        let mut tokens: Vec<Token> = Vec::new();
        while self.at(T::String) {
            tokens.push(self.advance());
        }
        // The action runs after the parser has looked at the next token.
        let _ = self.tok();
        let first = tokens[0];
        let last = tokens[tokens.len() - 1];
        let loc = Self::token_loc(&first).to(Self::token_loc(&last));
        let bytes_mode = split_literal(self.text(&first)).0.bytes;
        let mut any_fstring = false;
        for t in &tokens {
            let prefix = split_literal(self.text(t)).0;
            if prefix.bytes != bytes_mode {
                return Err(self.error_at_last_fetched("cannot mix bytes and nonbytes literals"));
            }
            any_fstring |= prefix.fstring;
        }
        if bytes_mode {
            let mut value = Vec::new();
            for t in &tokens {
                let (prefix, body) = split_literal(self.text(t));
                if !body.is_ascii() {
                    return Err(
                        self.error_at_token(t, "bytes can only contain ASCII literal characters")
                    );
                }
                let decoded =
                    decode_bytes(body, prefix.raw).map_err(|e| self.error_at_last_fetched(e.0))?;
                value.extend_from_slice(&decoded);
            }
            let value = Constant::Bytes(self.arena.alloc_slice_copy(&value));
            return Ok(self.expr(ExprKind::Constant { value }, loc));
        }
        if !any_fstring {
            let mut value = String::new();
            for t in &tokens {
                let (prefix, body) = split_literal(self.text(t));
                if prefix.raw {
                    value.push_str(body);
                } else {
                    value.push_str(&decode_str(body).map_err(|e| self.error_at_last_fetched(e.0))?);
                }
            }
            let value = Constant::Str(self.arena.alloc_str(&value));
            return Ok(self.expr(ExprKind::Constant { value }, loc));
        }
        let mut builder = FStringBuilder::new(loc);
        for t in &tokens {
            let (prefix, body) = split_literal(self.text(t));
            if prefix.fstring {
                self.fstring_parts(&mut builder, t, body, prefix.raw, 0)?;
            } else if prefix.raw {
                builder.push_literal(body);
            } else {
                let decoded = decode_str(body).map_err(|e| self.error_at_last_fetched(e.0))?;
                builder.push_literal(&decoded);
            }
        }
        Ok(builder.finish(self))
    }

    /// A decode error inside an f-string literal part.
    pub(crate) fn decode_error(&self, e: DecodeError) -> Fail {
        self.error_at_last_fetched(e.0)
    }
}
