//! The abstract syntax tree, node for node CPython 3.11's `Parser/Python.asdl`, allocated in a bumpalo arena.
//!
//! Every node lives in an arena (`bumpalo::Bump`) for the lifetime `'a`;
//! sequences are arena slices and identifiers arena strings. Node and field
//! names follow Python's `ast` module (fields in snake_case, `type` is spelled
//! `type_`), so `ast.dump()` output maps one to one onto these types (see
//! `crate::dump`). All nodes are `Copy`: they only hold references into the
//! arena, so a parser or code generator may copy a node to retarget it (e.g.
//! change its `ctx`) without touching the original.

/// A source span: 1-based lines, 0-based UTF-8 byte columns, end exclusive.
/// Like the `lineno`/`col_offset`/`end_lineno`/`end_col_offset` attributes of
/// CPython's AST nodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Loc {
    pub lineno: u32,
    pub col_offset: u32,
    pub end_lineno: u32,
    pub end_col_offset: u32,
}

impl Loc {
    /// The span from the start of `self` to the end of `end`.
    pub fn to(self, end: Loc) -> Loc {
        Loc {
            lineno: self.lineno,
            col_offset: self.col_offset,
            end_lineno: end.end_lineno,
            end_col_offset: end.end_col_offset,
        }
    }
}

/// The three compile modes of `compile()`: `"exec"`, `"eval"`, `"single"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

/// The result of parsing: one of the three `mod` kinds of the ASDL.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Ast<'a> {
    Module(Module<'a>),
    Expression(Expression<'a>),
    Interactive(Interactive<'a>),
}

/// `Module(stmt* body, type_ignore* type_ignores)` (type_ignores is always empty).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Module<'a> {
    pub body: &'a [Stmt<'a>],
}

/// `Expression(expr body)`: the result of `eval` mode.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Expression<'a> {
    pub body: &'a Expr<'a>,
}

/// `Interactive(stmt* body)`: the result of `single` mode.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interactive<'a> {
    pub body: &'a [Stmt<'a>],
}

/// A statement node (`stmt` in the ASDL).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stmt<'a> {
    pub kind: StmtKind<'a>,
    pub loc: Loc,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum StmtKind<'a> {
    FunctionDef {
        name: &'a str,
        args: &'a Arguments<'a>,
        body: &'a [Stmt<'a>],
        decorator_list: &'a [Expr<'a>],
        returns: Option<&'a Expr<'a>>,
    },
    AsyncFunctionDef {
        name: &'a str,
        args: &'a Arguments<'a>,
        body: &'a [Stmt<'a>],
        decorator_list: &'a [Expr<'a>],
        returns: Option<&'a Expr<'a>>,
    },
    ClassDef {
        name: &'a str,
        bases: &'a [Expr<'a>],
        keywords: &'a [Keyword<'a>],
        body: &'a [Stmt<'a>],
        decorator_list: &'a [Expr<'a>],
    },
    Return {
        value: Option<&'a Expr<'a>>,
    },
    Delete {
        targets: &'a [Expr<'a>],
    },
    /// `a = b = value`: `targets` holds `a` and `b` in source order.
    Assign {
        targets: &'a [Expr<'a>],
        value: &'a Expr<'a>,
    },
    AugAssign {
        target: &'a Expr<'a>,
        op: Operator,
        value: &'a Expr<'a>,
    },
    /// `simple` is true when the target is a bare name not in parentheses.
    AnnAssign {
        target: &'a Expr<'a>,
        annotation: &'a Expr<'a>,
        value: Option<&'a Expr<'a>>,
        simple: bool,
    },
    For {
        target: &'a Expr<'a>,
        iter: &'a Expr<'a>,
        body: &'a [Stmt<'a>],
        orelse: &'a [Stmt<'a>],
    },
    AsyncFor {
        target: &'a Expr<'a>,
        iter: &'a Expr<'a>,
        body: &'a [Stmt<'a>],
        orelse: &'a [Stmt<'a>],
    },
    While {
        test: &'a Expr<'a>,
        body: &'a [Stmt<'a>],
        orelse: &'a [Stmt<'a>],
    },
    /// `elif` chains are nested `If` nodes in `orelse`, as in CPython.
    If {
        test: &'a Expr<'a>,
        body: &'a [Stmt<'a>],
        orelse: &'a [Stmt<'a>],
    },
    With {
        items: &'a [WithItem<'a>],
        body: &'a [Stmt<'a>],
    },
    AsyncWith {
        items: &'a [WithItem<'a>],
        body: &'a [Stmt<'a>],
    },
    Match {
        subject: &'a Expr<'a>,
        cases: &'a [MatchCase<'a>],
    },
    Raise {
        exc: Option<&'a Expr<'a>>,
        cause: Option<&'a Expr<'a>>,
    },
    Try {
        body: &'a [Stmt<'a>],
        handlers: &'a [ExceptHandler<'a>],
        orelse: &'a [Stmt<'a>],
        finalbody: &'a [Stmt<'a>],
    },
    /// `try: ... except* E: ...` (PEP 654).
    TryStar {
        body: &'a [Stmt<'a>],
        handlers: &'a [ExceptHandler<'a>],
        orelse: &'a [Stmt<'a>],
        finalbody: &'a [Stmt<'a>],
    },
    Assert {
        test: &'a Expr<'a>,
        msg: Option<&'a Expr<'a>>,
    },
    Import {
        names: &'a [Alias<'a>],
    },
    /// `from ..mod import x`: `module` is `Some("mod")`, `level` is 2.
    ImportFrom {
        module: Option<&'a str>,
        names: &'a [Alias<'a>],
        level: u32,
    },
    Global {
        names: &'a [&'a str],
    },
    Nonlocal {
        names: &'a [&'a str],
    },
    Expr {
        value: &'a Expr<'a>,
    },
    Pass,
    Break,
    Continue,
}

/// An expression node (`expr` in the ASDL).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Expr<'a> {
    pub kind: ExprKind<'a>,
    pub loc: Loc,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ExprKind<'a> {
    /// `a and b and c` is one node with three values.
    BoolOp {
        op: BoolOp,
        values: &'a [Expr<'a>],
    },
    /// `target := value`; `target` is always a `Name` with `Store` context.
    NamedExpr {
        target: &'a Expr<'a>,
        value: &'a Expr<'a>,
    },
    BinOp {
        left: &'a Expr<'a>,
        op: Operator,
        right: &'a Expr<'a>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: &'a Expr<'a>,
    },
    Lambda {
        args: &'a Arguments<'a>,
        body: &'a Expr<'a>,
    },
    IfExp {
        test: &'a Expr<'a>,
        body: &'a Expr<'a>,
        orelse: &'a Expr<'a>,
    },
    /// A `None` key marks a `**mapping` entry, whose mapping is in `values`.
    Dict {
        keys: &'a [Option<Expr<'a>>],
        values: &'a [Expr<'a>],
    },
    Set {
        elts: &'a [Expr<'a>],
    },
    ListComp {
        elt: &'a Expr<'a>,
        generators: &'a [Comprehension<'a>],
    },
    SetComp {
        elt: &'a Expr<'a>,
        generators: &'a [Comprehension<'a>],
    },
    DictComp {
        key: &'a Expr<'a>,
        value: &'a Expr<'a>,
        generators: &'a [Comprehension<'a>],
    },
    GeneratorExp {
        elt: &'a Expr<'a>,
        generators: &'a [Comprehension<'a>],
    },
    Await {
        value: &'a Expr<'a>,
    },
    Yield {
        value: Option<&'a Expr<'a>>,
    },
    YieldFrom {
        value: &'a Expr<'a>,
    },
    /// `a < b < c`: `ops` and `comparators` have the same length.
    Compare {
        left: &'a Expr<'a>,
        ops: &'a [CmpOp],
        comparators: &'a [Expr<'a>],
    },
    /// `*x` arguments appear in `args` as `Starred`; `**m` arguments are
    /// keywords with `arg: None`.
    Call {
        func: &'a Expr<'a>,
        args: &'a [Expr<'a>],
        keywords: &'a [Keyword<'a>],
    },
    /// One `{value!conversion:format_spec}` field of an f-string.
    /// `conversion` is -1 (none), 115 (`!s`), 114 (`!r`) or 97 (`!a`);
    /// `format_spec` is a `JoinedStr`.
    FormattedValue {
        value: &'a Expr<'a>,
        conversion: i32,
        format_spec: Option<&'a Expr<'a>>,
    },
    /// An f-string: `Constant` string parts and `FormattedValue`s.
    JoinedStr {
        values: &'a [Expr<'a>],
    },
    Constant {
        value: Constant<'a>,
    },
    Attribute {
        value: &'a Expr<'a>,
        attr: &'a str,
        ctx: ExprContext,
    },
    /// `a[i]`; `a[i, j]` has a `Tuple` slice, `a[i:j]` a `Slice`.
    Subscript {
        value: &'a Expr<'a>,
        slice: &'a Expr<'a>,
        ctx: ExprContext,
    },
    Starred {
        value: &'a Expr<'a>,
        ctx: ExprContext,
    },
    Name {
        id: &'a str,
        ctx: ExprContext,
    },
    List {
        elts: &'a [Expr<'a>],
        ctx: ExprContext,
    },
    Tuple {
        elts: &'a [Expr<'a>],
        ctx: ExprContext,
    },
    /// Only ever the `slice` of a `Subscript` (or an element of its tuple).
    Slice {
        lower: Option<&'a Expr<'a>>,
        upper: Option<&'a Expr<'a>>,
        step: Option<&'a Expr<'a>>,
    },
}

/// The value of a `Constant` node.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Constant<'a> {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    /// An integer literal too big for i64: `digits` in base `radix` (2, 8,
    /// 10 or 16), without prefix and underscores.
    BigInt {
        digits: &'a str,
        radix: u32,
    },
    Float(f64),
    /// An imaginary literal `1j` is `Complex { real: 0.0, imag: 1.0 }`.
    Complex {
        real: f64,
        imag: f64,
    },
    /// A string with its escapes decoded (implicit concatenation folded).
    Str(&'a str),
    Bytes(&'a [u8]),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExprContext {
    Load,
    Store,
    Del,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// `for target in iter if ifs...` inside a comprehension (no location, as in CPython).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Comprehension<'a> {
    pub target: Expr<'a>,
    pub iter: Expr<'a>,
    pub ifs: &'a [Expr<'a>],
    pub is_async: bool,
}

/// `except type_ as name: body` (`excepthandler` in the ASDL).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExceptHandler<'a> {
    pub type_: Option<&'a Expr<'a>>,
    pub name: Option<&'a str>,
    pub body: &'a [Stmt<'a>],
    pub loc: Loc,
}

/// The parameter list of a function or lambda (`arguments` in the ASDL).
///
/// `defaults` belong to the last `posonlyargs + args`; `kw_defaults` has one
/// entry per `kwonlyargs`, `None` where there is no default.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Arguments<'a> {
    pub posonlyargs: &'a [Arg<'a>],
    pub args: &'a [Arg<'a>],
    pub vararg: Option<&'a Arg<'a>>,
    pub kwonlyargs: &'a [Arg<'a>],
    pub kw_defaults: &'a [Option<Expr<'a>>],
    pub kwarg: Option<&'a Arg<'a>>,
    pub defaults: &'a [Expr<'a>],
}

impl Arguments<'_> {
    /// An empty parameter list, as for `lambda: 0`.
    pub const EMPTY: Arguments<'static> = Arguments {
        posonlyargs: &[],
        args: &[],
        vararg: None,
        kwonlyargs: &[],
        kw_defaults: &[],
        kwarg: None,
        defaults: &[],
    };
}

/// One parameter (`arg` in the ASDL).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Arg<'a> {
    pub arg: &'a str,
    pub annotation: Option<&'a Expr<'a>>,
    pub loc: Loc,
}

/// `arg=value` in a call or class header; `arg` is `None` for `**value`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Keyword<'a> {
    pub arg: Option<&'a str>,
    pub value: Expr<'a>,
    pub loc: Loc,
}

/// `name as asname` in an import; `name` may be dotted (`a.b.c`) or `*`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Alias<'a> {
    pub name: &'a str,
    pub asname: Option<&'a str>,
    pub loc: Loc,
}

/// `context_expr as optional_vars` in a `with` statement.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WithItem<'a> {
    pub context_expr: Expr<'a>,
    pub optional_vars: Option<&'a Expr<'a>>,
}

/// `case pattern if guard: body` (`match_case` in the ASDL).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MatchCase<'a> {
    pub pattern: Pattern<'a>,
    pub guard: Option<&'a Expr<'a>>,
    pub body: &'a [Stmt<'a>],
}

/// A pattern of a `case` clause (`pattern` in the ASDL).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pattern<'a> {
    pub kind: PatternKind<'a>,
    pub loc: Loc,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PatternKind<'a> {
    /// A literal or dotted name compared with `==`.
    MatchValue {
        value: &'a Expr<'a>,
    },
    /// `None`, `True` or `False`, compared with `is`.
    MatchSingleton {
        value: Constant<'a>,
    },
    MatchSequence {
        patterns: &'a [Pattern<'a>],
    },
    /// `{key: pattern, **rest}`.
    MatchMapping {
        keys: &'a [Expr<'a>],
        patterns: &'a [Pattern<'a>],
        rest: Option<&'a str>,
    },
    /// `cls(patterns..., kwd_attrs=kwd_patterns...)`.
    MatchClass {
        cls: &'a Expr<'a>,
        patterns: &'a [Pattern<'a>],
        kwd_attrs: &'a [&'a str],
        kwd_patterns: &'a [Pattern<'a>],
    },
    /// `*name` in a sequence pattern; `None` for `*_`.
    MatchStar {
        name: Option<&'a str>,
    },
    /// `pattern as name`, a capture `name` (no pattern) or the wildcard `_`
    /// (neither).
    MatchAs {
        pattern: Option<&'a Pattern<'a>>,
        name: Option<&'a str>,
    },
    MatchOr {
        patterns: &'a [Pattern<'a>],
    },
}
