//! The checks CPython's pattern compiler makes on `match` statements (`compiler_pattern*` of compile.c): unreachable cases, repeated captures, or-patterns binding different names, duplicate mapping keys.

use crate::ast::*;
use crate::dump::{constant_repr, float_repr};
use crate::error::SyntaxError;
use crate::symtable::builder::error_at;

/// A constant mapping key after CPython's constant folding, for the
/// duplicate-key check (Python equality: `1 == 1.0 == True`).
#[derive(Debug, Clone, PartialEq)]
enum KeyValue {
    Number { real: f64, imag: f64 },
    BigInt(String),
    Str(String),
    Bytes(Vec<u8>),
    None,
    Ellipsis,
}

/// State of one case's pattern walk (`pattern_context`).
struct Checker {
    /// Location of the pattern entered last: where CPython reports errors.
    loc: Loc,
    allow_irrefutable: bool,
    /// Names captured so far, in order.
    stores: Vec<String>,
}

type Check = Result<(), SyntaxError>;

/// Checks every case of a match statement; the first error in compile order.
pub(crate) fn check_match(cases: &[MatchCase<'_>]) -> Check {
    let last = cases.len().saturating_sub(1);
    for (i, case) in cases.iter().enumerate() {
        let mut checker = Checker {
            loc: case.pattern.loc,
            allow_irrefutable: case.guard.is_some() || i == last,
            stores: Vec::new(),
        };
        checker.pattern(&case.pattern)?;
    }
    Ok(())
}

impl Checker {
    fn error(&self, msg: impl Into<String>) -> SyntaxError {
        error_at(msg, self.loc)
    }

    /// `pattern_helper_store_name`.
    fn store(&mut self, name: Option<&str>) -> Check {
        let Some(name) = name else {
            return Ok(());
        };
        if name == "__debug__" {
            return Err(self.error("cannot assign to __debug__"));
        }
        if self.stores.iter().any(|n| n == name) {
            return Err(self.error(format!("multiple assignments to name '{name}' in pattern")));
        }
        self.stores.push(name.to_owned());
        Ok(())
    }

    /// `compiler_pattern_subpattern`: nested patterns may be irrefutable.
    fn subpattern(&mut self, p: &Pattern<'_>) -> Check {
        let allow = std::mem::replace(&mut self.allow_irrefutable, true);
        self.pattern(p)?;
        self.allow_irrefutable = allow;
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern<'_>) -> Check {
        self.loc = p.loc;
        match &p.kind {
            PatternKind::MatchValue { value } => {
                if !matches!(
                    value.kind,
                    ExprKind::Constant { .. }
                        | ExprKind::Attribute { .. }
                        | ExprKind::UnaryOp { .. }
                        | ExprKind::BinOp { .. }
                ) {
                    return Err(
                        self.error("patterns may only match literals and attribute lookups")
                    );
                }
                Ok(())
            }
            PatternKind::MatchSingleton { .. } => Ok(()),
            PatternKind::MatchSequence { patterns } => {
                let stars = patterns
                    .iter()
                    .filter(|q| matches!(q.kind, PatternKind::MatchStar { .. }))
                    .count();
                if stars > 1 {
                    return Err(self.error("multiple starred names in sequence pattern"));
                }
                for q in patterns.iter() {
                    self.subpattern(q)?;
                }
                Ok(())
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                let mut seen: Vec<KeyValue> = Vec::new();
                for key in keys.iter() {
                    match fold_key(key) {
                        Some((value, repr)) => {
                            if seen.contains(&value) {
                                return Err(self.error(format!(
                                    "mapping pattern checks duplicate key ({repr})"
                                )));
                            }
                            seen.push(value);
                        }
                        None if matches!(key.kind, ExprKind::Attribute { .. }) => {}
                        None => return Err(self.error(
                            "mapping pattern keys may only match literals and attribute lookups",
                        )),
                    }
                }
                for q in patterns.iter() {
                    self.subpattern(q)?;
                }
                self.store(*rest)
            }
            PatternKind::MatchClass {
                patterns,
                kwd_attrs,
                kwd_patterns,
                ..
            } => {
                // `validate_kwd_attrs`, pointing at the keyword patterns.
                for (i, attr) in kwd_attrs.iter().enumerate() {
                    if let Some(q) = kwd_patterns.get(i) {
                        self.loc = q.loc;
                    }
                    if *attr == "__debug__" {
                        return Err(self.error("cannot assign to __debug__"));
                    }
                    if let Some(j) = (i + 1..kwd_attrs.len()).find(|&j| kwd_attrs[j] == *attr) {
                        if let Some(q) = kwd_patterns.get(j) {
                            self.loc = q.loc;
                        }
                        return Err(
                            self.error(format!("attribute name repeated in class pattern: {attr}"))
                        );
                    }
                }
                for q in patterns.iter().chain(kwd_patterns.iter()) {
                    self.subpattern(q)?;
                }
                Ok(())
            }
            PatternKind::MatchStar { name } => self.store(*name),
            PatternKind::MatchAs {
                pattern: None,
                name,
            } => {
                if !self.allow_irrefutable {
                    return Err(match name {
                        Some(n) => self.error(format!(
                            "name capture '{n}' makes remaining patterns unreachable"
                        )),
                        None => self.error("wildcard makes remaining patterns unreachable"),
                    });
                }
                self.store(*name)
            }
            PatternKind::MatchAs {
                pattern: Some(inner),
                name,
            } => {
                self.pattern(inner)?;
                self.store(*name)
            }
            PatternKind::MatchOr { patterns } => self.or_pattern(patterns),
        }
    }

    /// `compiler_pattern_or`: each alternative must bind the same names.
    fn or_pattern(&mut self, alternatives: &[Pattern<'_>]) -> Check {
        let outer_allow = self.allow_irrefutable;
        let outer_stores = std::mem::take(&mut self.stores);
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alternatives.iter().enumerate() {
            self.loc = alt.loc;
            self.stores = Vec::new();
            self.allow_irrefutable = i == alternatives.len() - 1 && outer_allow;
            self.pattern(alt)?;
            match &control {
                None => control = Some(std::mem::take(&mut self.stores)),
                Some(names) => {
                    let same = names.len() == self.stores.len()
                        && names.iter().all(|n| self.stores.contains(n));
                    if !same {
                        return Err(self.error("alternative patterns bind different names"));
                    }
                }
            }
        }
        self.allow_irrefutable = outer_allow;
        self.stores = outer_stores;
        for name in control.unwrap_or_default() {
            if self.stores.contains(&name) {
                return Err(self.error(format!("multiple assignments to name '{name}' in pattern")));
            }
            self.stores.push(name);
        }
        Ok(())
    }
}

/// A numeric constant as a complex number, if it is one.
fn number(c: &Constant<'_>) -> Option<(f64, f64)> {
    match *c {
        Constant::Bool(b) => Some((f64::from(u8::from(b)), 0.0)),
        Constant::Int(i) => Some((i as f64, 0.0)),
        Constant::Float(f) => Some((f, 0.0)),
        Constant::Complex { real, imag } => Some((real, imag)),
        _ => None,
    }
}

/// Python's `repr()` of a complex number.
fn complex_repr(real: f64, imag: f64) -> String {
    let part = |f: f64| {
        let r = float_repr(f);
        r.strip_suffix(".0").map(str::to_owned).unwrap_or(r)
    };
    if real == 0.0 && real.is_sign_positive() {
        return format!("{}j", part(imag));
    }
    let sign = if imag.is_sign_negative() { "-" } else { "+" };
    format!("({}{sign}{}j)", part(real), part(imag.abs()))
}

/// A mapping-pattern key folded to a constant (as CPython's AST optimizer
/// does before the check), with the `repr()` the error shows.
fn fold_key(key: &Expr<'_>) -> Option<(KeyValue, String)> {
    match &key.kind {
        ExprKind::Constant { value } => {
            let folded = match value {
                Constant::None => KeyValue::None,
                Constant::Ellipsis => KeyValue::Ellipsis,
                Constant::Str(s) => KeyValue::Str((*s).to_owned()),
                Constant::Bytes(b) => KeyValue::Bytes(b.to_vec()),
                Constant::BigInt { digits, radix } => {
                    KeyValue::BigInt(crate::dump::big_int_decimal(digits, *radix))
                }
                other => {
                    let (real, imag) = number(other)?;
                    KeyValue::Number { real, imag }
                }
            };
            Some((folded, constant_repr(value)))
        }
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => {
            let ExprKind::Constant { value } = &operand.kind else {
                return None;
            };
            if let Constant::BigInt { digits, radix } = value {
                let text = format!("-{}", crate::dump::big_int_decimal(digits, *radix));
                return Some((KeyValue::BigInt(text.clone()), text));
            }
            let (real, imag) = number(value)?;
            let repr = match value {
                Constant::Int(i) => format!("{}", -(*i as i128)),
                Constant::Float(f) => float_repr(-f),
                _ => complex_repr(-real, -imag),
            };
            Some((
                KeyValue::Number {
                    real: -real,
                    imag: -imag,
                },
                repr,
            ))
        }
        ExprKind::BinOp { left, op, right } => {
            let (lr, li) = match fold_key(left)?.0 {
                KeyValue::Number { real, imag } => (real, imag),
                _ => return None,
            };
            let (rr, ri) = match fold_key(right)?.0 {
                KeyValue::Number { real, imag } => (real, imag),
                _ => return None,
            };
            let (real, imag) = match op {
                Operator::Add => (lr + rr, li + ri),
                Operator::Sub => (lr - rr, li - ri),
                _ => return None,
            };
            Some((KeyValue::Number { real, imag }, complex_repr(real, imag)))
        }
        _ => None,
    }
}
