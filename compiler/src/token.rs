//! Token kinds and the token record the lexer hands to the parser (CPython's `Grammar/Tokens`).

/// The kind of a token. Operators and hard keywords each have their own
/// kind (CPython's tokenizer returns NAME for keywords and the parser
/// tells them apart; doing it in the lexer is equivalent and cheaper).
/// Soft keywords (`match`, `case`, `_`) stay `Name`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    Name,
    Number,
    /// Any string literal, prefix and quotes included (f-strings too, as in 3.11).
    String,
    Newline,
    Indent,
    Dedent,
    EndMarker,
    /// A character or pair that is no operator (`$`, `?`, `!`, `` ` ``, `<>`):
    /// CPython's generic `OP`, which no grammar rule accepts.
    UnknownOp,
    /// Stands where the lexer stopped with an error (CPython's `ERRORTOKEN`).
    Error,

    // Operators and delimiters.
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,

    // Hard keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

impl TokenKind {
    /// The hard keyword spelled `word`, if it is one.
    pub fn keyword(word: &str) -> Option<TokenKind> {
        use TokenKind::*;
        Some(match word {
            "False" => False,
            "None" => None,
            "True" => True,
            "and" => And,
            "as" => As,
            "assert" => Assert,
            "async" => Async,
            "await" => Await,
            "break" => Break,
            "class" => Class,
            "continue" => Continue,
            "def" => Def,
            "del" => Del,
            "elif" => Elif,
            "else" => Else,
            "except" => Except,
            "finally" => Finally,
            "for" => For,
            "from" => From,
            "global" => Global,
            "if" => If,
            "import" => Import,
            "in" => In,
            "is" => Is,
            "lambda" => Lambda,
            "nonlocal" => Nonlocal,
            "not" => Not,
            "or" => Or,
            "pass" => Pass,
            "raise" => Raise,
            "return" => Return,
            "try" => Try,
            "while" => While,
            "with" => With,
            "yield" => Yield,
            _ => return Option::None,
        })
    }

    /// True for the hard keywords.
    pub fn is_keyword(self) -> bool {
        (self as u8) >= (TokenKind::False as u8)
    }

    /// The operator spelled by the three, two or one bytes at the start of
    /// `s`, with its length (`PyToken_ThreeChars`/`TwoChars`/`OneChar`).
    pub fn operator(s: &[u8]) -> Option<(TokenKind, usize)> {
        use TokenKind::*;
        let at = |i: usize| s.get(i).copied().unwrap_or(0);
        let three = match (at(0), at(1), at(2)) {
            (b'*', b'*', b'=') => Some(DoubleStarEqual),
            (b'.', b'.', b'.') => Some(Ellipsis),
            (b'/', b'/', b'=') => Some(DoubleSlashEqual),
            (b'<', b'<', b'=') => Some(LeftShiftEqual),
            (b'>', b'>', b'=') => Some(RightShiftEqual),
            _ => Option::None,
        };
        if let Some(kind) = three {
            return Some((kind, 3));
        }
        let two = match (at(0), at(1)) {
            (b'!', b'=') => Some(NotEqual),
            (b'%', b'=') => Some(PercentEqual),
            (b'&', b'=') => Some(AmperEqual),
            (b'*', b'*') => Some(DoubleStar),
            (b'*', b'=') => Some(StarEqual),
            (b'+', b'=') => Some(PlusEqual),
            (b'-', b'=') => Some(MinEqual),
            (b'-', b'>') => Some(RArrow),
            (b'/', b'/') => Some(DoubleSlash),
            (b'/', b'=') => Some(SlashEqual),
            (b':', b'=') => Some(ColonEqual),
            (b'<', b'<') => Some(LeftShift),
            (b'<', b'=') => Some(LessEqual),
            // `<>` is only an operator under `barry_as_FLUFL`.
            (b'<', b'>') => Some(UnknownOp),
            (b'=', b'=') => Some(EqEqual),
            (b'>', b'=') => Some(GreaterEqual),
            (b'>', b'>') => Some(RightShift),
            (b'@', b'=') => Some(AtEqual),
            (b'^', b'=') => Some(CircumflexEqual),
            (b'|', b'=') => Some(VBarEqual),
            _ => Option::None,
        };
        if let Some(kind) = two {
            return Some((kind, 2));
        }
        let one = match at(0) {
            b'%' => Percent,
            b'&' => Amper,
            b'(' => LPar,
            b')' => RPar,
            b'*' => Star,
            b'+' => Plus,
            b',' => Comma,
            b'-' => Minus,
            b'.' => Dot,
            b'/' => Slash,
            b':' => Colon,
            b';' => Semi,
            b'<' => Less,
            b'=' => Equal,
            b'>' => Greater,
            b'@' => At,
            b'[' => LSqb,
            b']' => RSqb,
            b'^' => Circumflex,
            b'{' => LBrace,
            b'|' => VBar,
            b'}' => RBrace,
            b'~' => Tilde,
            0 => return Option::None,
            c if c.is_ascii() => UnknownOp,
            _ => return Option::None,
        };
        Some((one, 1))
    }
}

/// One token: its kind and where it is. Lines are 1-based, columns 0-based
/// UTF-8 byte offsets within their line (like CPython's token positions);
/// `start`/`end` are byte offsets into the (newline-normalised) source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub start: u32,
    pub end: u32,
    pub lineno: u32,
    pub col: u32,
    pub end_lineno: u32,
    pub end_col: u32,
}
