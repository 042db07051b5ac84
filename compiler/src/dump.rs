//! Prints an AST exactly as Python's `ast.dump()` does, for golden tests against CPython.

use std::fmt::Write;

use crate::ast::*;
use crate::lexer::is_printable;

/// Like `ast.dump(tree, include_attributes=...)` of CPython 3.11.
pub fn dump(ast: &Ast<'_>, include_attributes: bool) -> String {
    let mut d = Dumper {
        out: String::new(),
        attrs: include_attributes,
    };
    match ast {
        Ast::Module(m) => {
            d.open("Module");
            d.field("body");
            d.stmts(m.body);
            d.sep();
            d.out.push_str("type_ignores=[]");
            d.close();
        }
        Ast::Interactive(m) => {
            d.open("Interactive");
            d.field("body");
            d.stmts(m.body);
            d.close();
        }
        Ast::Expression(m) => {
            d.open("Expression");
            d.field("body");
            d.expr(m.body);
            d.close();
        }
    }
    d.out
}

/// Python's `repr()` of a str.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if (c as u32) < 0x10000 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => {
                let _ = write!(out, "\\U{:08x}", c as u32);
            }
        }
    }
    out.push(quote);
    out
}

/// Python's `repr()` of a bytes object.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote);
    out
}

/// Python's `repr()` of a float: the shortest round-tripping digits, in
/// exponent form below 1e-4 and from 1e16 on.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if f.is_sign_negative() { "-" } else { "" };
    let decpt = exp + 1;
    if !(-4 < decpt && decpt <= 16) {
        let (first, rest) = digits.split_at(1);
        let frac = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        let esign = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{first}{frac}e{esign}{:02}", exp.abs());
    }
    if decpt <= 0 {
        return format!("{sign}0.{}{digits}", "0".repeat((-decpt) as usize));
    }
    let decpt = decpt as usize;
    if digits.len() <= decpt {
        format!("{sign}{digits}{}.0", "0".repeat(decpt - digits.len()))
    } else {
        format!("{sign}{}.{}", &digits[..decpt], &digits[decpt..])
    }
}

/// The decimal digits of an integer written in `radix`.
pub fn big_int_decimal(digits: &str, radix: u32) -> String {
    // Little-endian limbs in base 1e9.
    let mut limbs: Vec<u64> = vec![0];
    for c in digits.chars() {
        let mut carry = c.to_digit(radix).unwrap_or(0) as u64;
        for limb in &mut limbs {
            let v = *limb * radix as u64 + carry;
            *limb = v % 1_000_000_000;
            carry = v / 1_000_000_000;
        }
        while carry > 0 {
            limbs.push(carry % 1_000_000_000);
            carry /= 1_000_000_000;
        }
    }
    let mut out = limbs.last().map_or(String::new(), |l| l.to_string());
    for limb in limbs.iter().rev().skip(1) {
        let _ = write!(out, "{limb:09}");
    }
    out
}

/// Python's `repr()` of a constant value.
pub fn constant_repr(c: &Constant<'_>) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt { digits, radix } => big_int_decimal(digits, *radix),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex { real, imag } => {
            let repr = float_repr(*imag);
            let imag_text = repr.strip_suffix(".0").unwrap_or(&repr);
            if *real == 0.0 && !real.is_sign_negative() {
                format!("{imag_text}j")
            } else {
                format!("({}+{imag_text}j)", float_repr(*real))
            }
        }
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
    }
}

struct Dumper {
    out: String,
    attrs: bool,
}

impl Dumper {
    fn open(&mut self, name: &str) {
        self.out.push_str(name);
        self.out.push('(');
    }

    fn close(&mut self) {
        self.out.push(')');
    }

    /// Starts the next field, with a separator unless it is the first.
    fn sep(&mut self) {
        if !self.out.ends_with('(') {
            self.out.push_str(", ");
        }
    }

    fn field(&mut self, name: &str) {
        self.sep();
        self.out.push_str(name);
        self.out.push('=');
    }

    fn loc(&mut self, loc: Loc) {
        if self.attrs {
            self.sep();
            let _ = write!(
                self.out,
                "lineno={}, col_offset={}, end_lineno={}, end_col_offset={}",
                loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset
            );
        }
    }

    fn raw(&mut self, text: &str) {
        self.out.push_str(text);
    }

    fn name(&mut self, field: &str, value: &str) {
        self.field(field);
        let repr = str_repr(value);
        self.raw(&repr);
    }

    fn opt_name(&mut self, field: &str, value: Option<&str>) {
        if let Some(v) = value {
            self.name(field, v);
        }
    }

    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        self.out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            each(self, item);
        }
        self.out.push(']');
    }

    fn stmts(&mut self, body: &[Stmt<'_>]) {
        self.list(body, |d, s| d.stmt(s));
    }

    fn exprs(&mut self, items: &[Expr<'_>]) {
        self.list(items, |d, e| d.expr(e));
    }

    fn opt_expr(&mut self, field: &str, e: Option<&Expr<'_>>) {
        if let Some(e) = e {
            self.field(field);
            self.expr(e);
        }
    }

    fn ctx(&mut self, ctx: ExprContext) {
        self.field("ctx");
        self.raw(match ctx {
            ExprContext::Load => "Load()",
            ExprContext::Store => "Store()",
            ExprContext::Del => "Del()",
        });
    }

    fn operator(&mut self, op: Operator) {
        self.field("op");
        let name = match op {
            Operator::Add => "Add",
            Operator::Sub => "Sub",
            Operator::Mult => "Mult",
            Operator::MatMult => "MatMult",
            Operator::Div => "Div",
            Operator::Mod => "Mod",
            Operator::Pow => "Pow",
            Operator::LShift => "LShift",
            Operator::RShift => "RShift",
            Operator::BitOr => "BitOr",
            Operator::BitXor => "BitXor",
            Operator::BitAnd => "BitAnd",
            Operator::FloorDiv => "FloorDiv",
        };
        self.raw(name);
        self.raw("()");
    }

    fn func_def(
        &mut self,
        name: &str,
        args: &Arguments<'_>,
        body: &[Stmt<'_>],
        decorators: &[Expr<'_>],
        returns: Option<&Expr<'_>>,
    ) {
        self.name("name", name);
        self.field("args");
        self.arguments(args);
        self.field("body");
        self.stmts(body);
        self.field("decorator_list");
        self.exprs(decorators);
        self.opt_expr("returns", returns);
    }

    fn stmt(&mut self, s: &Stmt<'_>) {
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
            } => {
                self.open("FunctionDef");
                self.func_def(name, args, body, decorator_list, *returns);
            }
            StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
            } => {
                self.open("AsyncFunctionDef");
                self.func_def(name, args, body, decorator_list, *returns);
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.open("ClassDef");
                self.name("name", name);
                self.field("bases");
                self.exprs(bases);
                self.field("keywords");
                self.list(keywords, |d, k| d.keyword(k));
                self.field("body");
                self.stmts(body);
                self.field("decorator_list");
                self.exprs(decorator_list);
            }
            StmtKind::Return { value } => {
                self.open("Return");
                self.opt_expr("value", *value);
            }
            StmtKind::Delete { targets } => {
                self.open("Delete");
                self.field("targets");
                self.exprs(targets);
            }
            StmtKind::Assign { targets, value } => {
                self.open("Assign");
                self.field("targets");
                self.exprs(targets);
                self.field("value");
                self.expr(value);
            }
            StmtKind::AugAssign { target, op, value } => {
                self.open("AugAssign");
                self.field("target");
                self.expr(target);
                self.operator(*op);
                self.field("value");
                self.expr(value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.open("AnnAssign");
                self.field("target");
                self.expr(target);
                self.field("annotation");
                self.expr(annotation);
                self.opt_expr("value", *value);
                self.field("simple");
                self.raw(if *simple { "1" } else { "0" });
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            }
            | StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
            } => {
                self.open(if matches!(s.kind, StmtKind::For { .. }) {
                    "For"
                } else {
                    "AsyncFor"
                });
                self.field("target");
                self.expr(target);
                self.field("iter");
                self.expr(iter);
                self.field("body");
                self.stmts(body);
                self.field("orelse");
                self.stmts(orelse);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.open(if matches!(s.kind, StmtKind::While { .. }) {
                    "While"
                } else {
                    "If"
                });
                self.field("test");
                self.expr(test);
                self.field("body");
                self.stmts(body);
                self.field("orelse");
                self.stmts(orelse);
            }
            StmtKind::With { items, body } | StmtKind::AsyncWith { items, body } => {
                self.open(if matches!(s.kind, StmtKind::With { .. }) {
                    "With"
                } else {
                    "AsyncWith"
                });
                self.field("items");
                self.list(items, |d, item| {
                    d.open("withitem");
                    d.field("context_expr");
                    d.expr(&item.context_expr);
                    d.opt_expr("optional_vars", item.optional_vars);
                    d.close();
                });
                self.field("body");
                self.stmts(body);
            }
            StmtKind::Match { subject, cases } => {
                self.open("Match");
                self.field("subject");
                self.expr(subject);
                self.field("cases");
                self.list(cases, |d, c| {
                    d.open("match_case");
                    d.field("pattern");
                    d.pattern(&c.pattern);
                    d.opt_expr("guard", c.guard);
                    d.field("body");
                    d.stmts(c.body);
                    d.close();
                });
            }
            StmtKind::Raise { exc, cause } => {
                self.open("Raise");
                self.opt_expr("exc", *exc);
                self.opt_expr("cause", *cause);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
            | StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.open(if matches!(s.kind, StmtKind::Try { .. }) {
                    "Try"
                } else {
                    "TryStar"
                });
                self.field("body");
                self.stmts(body);
                self.field("handlers");
                self.list(handlers, |d, h| {
                    d.open("ExceptHandler");
                    d.opt_expr("type", h.type_);
                    d.opt_name("name", h.name);
                    d.field("body");
                    d.stmts(h.body);
                    d.loc(h.loc);
                    d.close();
                });
                self.field("orelse");
                self.stmts(orelse);
                self.field("finalbody");
                self.stmts(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.open("Assert");
                self.field("test");
                self.expr(test);
                self.opt_expr("msg", *msg);
            }
            StmtKind::Import { names } => {
                self.open("Import");
                self.field("names");
                self.list(names, |d, a| d.alias(a));
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.open("ImportFrom");
                self.opt_name("module", *module);
                self.field("names");
                self.list(names, |d, a| d.alias(a));
                self.field("level");
                let _ = write!(self.out, "{level}");
            }
            StmtKind::Global { names } | StmtKind::Nonlocal { names } => {
                self.open(if matches!(s.kind, StmtKind::Global { .. }) {
                    "Global"
                } else {
                    "Nonlocal"
                });
                self.field("names");
                self.list(names, |d, n| d.raw(&str_repr(n)));
            }
            StmtKind::Expr { value } => {
                self.open("Expr");
                self.field("value");
                self.expr(value);
            }
            StmtKind::Pass => self.open("Pass"),
            StmtKind::Break => self.open("Break"),
            StmtKind::Continue => self.open("Continue"),
        }
        self.loc(s.loc);
        self.close();
    }

    fn alias(&mut self, a: &Alias<'_>) {
        self.open("alias");
        self.name("name", a.name);
        self.opt_name("asname", a.asname);
        self.loc(a.loc);
        self.close();
    }

    fn keyword(&mut self, k: &Keyword<'_>) {
        self.open("keyword");
        self.opt_name("arg", k.arg);
        self.field("value");
        self.expr(&k.value);
        self.loc(k.loc);
        self.close();
    }

    fn arg(&mut self, a: &Arg<'_>) {
        self.open("arg");
        self.name("arg", a.arg);
        self.opt_expr("annotation", a.annotation);
        self.loc(a.loc);
        self.close();
    }

    fn arguments(&mut self, a: &Arguments<'_>) {
        self.open("arguments");
        self.field("posonlyargs");
        self.list(a.posonlyargs, |d, x| d.arg(x));
        self.field("args");
        self.list(a.args, |d, x| d.arg(x));
        if let Some(v) = a.vararg {
            self.field("vararg");
            self.arg(v);
        }
        self.field("kwonlyargs");
        self.list(a.kwonlyargs, |d, x| d.arg(x));
        self.field("kw_defaults");
        self.list(a.kw_defaults, |d, x| match x {
            Some(e) => d.expr(e),
            None => d.raw("None"),
        });
        if let Some(k) = a.kwarg {
            self.field("kwarg");
            self.arg(k);
        }
        self.field("defaults");
        self.exprs(a.defaults);
        self.close();
    }

    fn comprehensions(&mut self, generators: &[Comprehension<'_>]) {
        self.field("generators");
        self.list(generators, |d, c| {
            d.open("comprehension");
            d.field("target");
            d.expr(&c.target);
            d.field("iter");
            d.expr(&c.iter);
            d.field("ifs");
            d.exprs(c.ifs);
            d.field("is_async");
            d.raw(if c.is_async { "1" } else { "0" });
            d.close();
        });
    }

    fn expr(&mut self, e: &Expr<'_>) {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                self.open("BoolOp");
                self.field("op");
                self.raw(match op {
                    BoolOp::And => "And()",
                    BoolOp::Or => "Or()",
                });
                self.field("values");
                self.exprs(values);
            }
            ExprKind::NamedExpr { target, value } => {
                self.open("NamedExpr");
                self.field("target");
                self.expr(target);
                self.field("value");
                self.expr(value);
            }
            ExprKind::BinOp { left, op, right } => {
                self.open("BinOp");
                self.field("left");
                self.expr(left);
                self.operator(*op);
                self.field("right");
                self.expr(right);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.open("UnaryOp");
                self.field("op");
                self.raw(match op {
                    UnaryOp::Invert => "Invert()",
                    UnaryOp::Not => "Not()",
                    UnaryOp::UAdd => "UAdd()",
                    UnaryOp::USub => "USub()",
                });
                self.field("operand");
                self.expr(operand);
            }
            ExprKind::Lambda { args, body } => {
                self.open("Lambda");
                self.field("args");
                self.arguments(args);
                self.field("body");
                self.expr(body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.open("IfExp");
                self.field("test");
                self.expr(test);
                self.field("body");
                self.expr(body);
                self.field("orelse");
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                self.open("Dict");
                self.field("keys");
                self.list(keys, |d, k| match k {
                    Some(k) => d.expr(k),
                    None => d.raw("None"),
                });
                self.field("values");
                self.exprs(values);
            }
            ExprKind::Set { elts } => {
                self.open("Set");
                self.field("elts");
                self.exprs(elts);
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.open(match e.kind {
                    ExprKind::ListComp { .. } => "ListComp",
                    ExprKind::SetComp { .. } => "SetComp",
                    _ => "GeneratorExp",
                });
                self.field("elt");
                self.expr(elt);
                self.comprehensions(generators);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.open("DictComp");
                self.field("key");
                self.expr(key);
                self.field("value");
                self.expr(value);
                self.comprehensions(generators);
            }
            ExprKind::Await { value } => {
                self.open("Await");
                self.field("value");
                self.expr(value);
            }
            ExprKind::Yield { value } => {
                self.open("Yield");
                self.opt_expr("value", *value);
            }
            ExprKind::YieldFrom { value } => {
                self.open("YieldFrom");
                self.field("value");
                self.expr(value);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.open("Compare");
                self.field("left");
                self.expr(left);
                self.field("ops");
                self.list(ops, |d, op| {
                    d.raw(match op {
                        CmpOp::Eq => "Eq()",
                        CmpOp::NotEq => "NotEq()",
                        CmpOp::Lt => "Lt()",
                        CmpOp::LtE => "LtE()",
                        CmpOp::Gt => "Gt()",
                        CmpOp::GtE => "GtE()",
                        CmpOp::Is => "Is()",
                        CmpOp::IsNot => "IsNot()",
                        CmpOp::In => "In()",
                        CmpOp::NotIn => "NotIn()",
                    })
                });
                self.field("comparators");
                self.exprs(comparators);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.open("Call");
                self.field("func");
                self.expr(func);
                self.field("args");
                self.exprs(args);
                self.field("keywords");
                self.list(keywords, |d, k| d.keyword(k));
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.open("FormattedValue");
                self.field("value");
                self.expr(value);
                self.field("conversion");
                let _ = write!(self.out, "{conversion}");
                self.opt_expr("format_spec", *format_spec);
            }
            ExprKind::JoinedStr { values } => {
                self.open("JoinedStr");
                self.field("values");
                self.exprs(values);
            }
            ExprKind::Constant { value } => {
                self.open("Constant");
                self.field("value");
                let repr = constant_repr(value);
                self.raw(&repr);
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.open("Attribute");
                self.field("value");
                self.expr(value);
                self.name("attr", attr);
                self.ctx(*ctx);
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.open("Subscript");
                self.field("value");
                self.expr(value);
                self.field("slice");
                self.expr(slice);
                self.ctx(*ctx);
            }
            ExprKind::Starred { value, ctx } => {
                self.open("Starred");
                self.field("value");
                self.expr(value);
                self.ctx(*ctx);
            }
            ExprKind::Name { id, ctx } => {
                self.open("Name");
                self.name("id", id);
                self.ctx(*ctx);
            }
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                self.open(if matches!(e.kind, ExprKind::List { .. }) {
                    "List"
                } else {
                    "Tuple"
                });
                self.field("elts");
                self.exprs(elts);
                self.ctx(*ctx);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.open("Slice");
                self.opt_expr("lower", *lower);
                self.opt_expr("upper", *upper);
                self.opt_expr("step", *step);
            }
        }
        self.loc(e.loc);
        self.close();
    }

    fn pattern(&mut self, p: &Pattern<'_>) {
        match &p.kind {
            PatternKind::MatchValue { value } => {
                self.open("MatchValue");
                self.field("value");
                self.expr(value);
            }
            PatternKind::MatchSingleton { value } => {
                self.open("MatchSingleton");
                self.field("value");
                let repr = constant_repr(value);
                self.raw(&repr);
            }
            PatternKind::MatchSequence { patterns } => {
                self.open("MatchSequence");
                self.field("patterns");
                self.list(patterns, |d, x| d.pattern(x));
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.open("MatchMapping");
                self.field("keys");
                self.exprs(keys);
                self.field("patterns");
                self.list(patterns, |d, x| d.pattern(x));
                self.opt_name("rest", *rest);
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.open("MatchClass");
                self.field("cls");
                self.expr(cls);
                self.field("patterns");
                self.list(patterns, |d, x| d.pattern(x));
                self.field("kwd_attrs");
                self.list(kwd_attrs, |d, n| d.raw(&str_repr(n)));
                self.field("kwd_patterns");
                self.list(kwd_patterns, |d, x| d.pattern(x));
            }
            PatternKind::MatchStar { name } => {
                self.open("MatchStar");
                self.opt_name("name", *name);
            }
            PatternKind::MatchAs { pattern, name } => {
                self.open("MatchAs");
                if let Some(inner) = pattern {
                    self.field("pattern");
                    self.pattern(inner);
                }
                self.opt_name("name", *name);
            }
            PatternKind::MatchOr { patterns } => {
                self.open("MatchOr");
                self.field("patterns");
                self.list(patterns, |d, x| d.pattern(x));
            }
        }
        self.loc(p.loc);
        self.close();
    }
}
