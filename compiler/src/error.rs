//! The error every front-end stage returns: a SyntaxError (or one of its kin) with CPython's message and position.

use std::fmt;

/// Which Python exception the error becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SyntaxErrorKind {
    SyntaxError,
    /// Subclass of SyntaxError: `unexpected indent`, `expected an indented block ...`.
    IndentationError,
    /// Subclass of IndentationError: inconsistent tabs and spaces.
    TabError,
    /// The source nests too deeply to compile: CPython raises
    /// `RecursionError: maximum recursion depth exceeded during compilation`
    /// (or a SyntaxError `too many nested parentheses` from the tokenizer).
    RecursionError,
    /// The source is too big for the compiler's limits.
    MemoryError,
    /// The compiler produced bytecode that fails `Instructions::new`'s
    /// check: a bug in the compiler, reported as CPython reports internal
    /// errors.
    SystemError,
}

impl SyntaxErrorKind {
    /// The Python exception type's name.
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
            SyntaxErrorKind::MemoryError => "MemoryError",
            SyntaxErrorKind::SystemError => "SystemError",
        }
    }
}

/// A compile-time error with the attributes of CPython's `SyntaxError`.
///
/// `lineno`/`end_lineno` are 1-based lines; `offset`/`end_offset` are 1-based
/// *character* columns (CPython converts the parser's byte offsets to
/// character offsets for `SyntaxError.offset`). A value of 0 means unknown,
/// as with `None` in CPython. `text` is the offending source line with its
/// newline, as CPython stores it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub lineno: u32,
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    pub text: Option<String>,
}

impl SyntaxError {
    /// An error of `kind` at the given 1-based line and character columns, without source text.
    pub fn new(
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        lineno: u32,
        offset: u32,
        end_lineno: u32,
        end_offset: u32,
    ) -> SyntaxError {
        SyntaxError {
            kind,
            msg: msg.into(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text: None,
        }
    }

    /// `RecursionError: maximum recursion depth exceeded during compilation`.
    pub fn recursion(lineno: u32, offset: u32) -> SyntaxError {
        SyntaxError::new(
            SyntaxErrorKind::RecursionError,
            "maximum recursion depth exceeded during compilation",
            lineno,
            offset,
            lineno,
            offset,
        )
    }

    /// Fills `text` with the error's line of `source` if it is not set yet.
    pub fn with_source(mut self, source: &str) -> SyntaxError {
        if self.text.is_none() && self.lineno > 0 {
            self.text = source
                .split_inclusive('\n')
                .nth(self.lineno as usize - 1)
                .map(str::to_owned);
        }
        self
    }
}

impl fmt::Display for SyntaxError {
    /// `msg (line N)`, like `str()` of a SyntaxError without a filename.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.lineno > 0 && !matches!(self.kind, SyntaxErrorKind::RecursionError) {
            write!(f, "{} (line {})", self.msg, self.lineno)
        } else {
            f.write_str(&self.msg)
        }
    }
}

impl std::error::Error for SyntaxError {}
