//! The parser: tokens to AST, with CPython 3.11's grammar and error messages.

use bumpalo::Bump;

use crate::ast::{Ast, Mode};
use crate::error::{SyntaxError, SyntaxErrorKind};

/// Parses `source` in `mode` into an AST allocated in `arena`.
/// Like CPython's `_PyParser_ASTFromString`. `filename` is only used for
/// messages.
pub fn parse<'a>(
    arena: &'a Bump,
    source: &str,
    mode: Mode,
    filename: &str,
) -> Result<Ast<'a>, SyntaxError> {
    let _ = (arena, source, mode, filename);
    Err(SyntaxError::new(
        SyntaxErrorKind::SyntaxError,
        "parser not written yet",
        1,
        1,
        1,
        1,
    ))
}
