//! Arithmetic on unboxed ints and floats without going through the types'
//! slots: the first step of `Vm::binary_op`, and what the eval loop runs
//! inline for operator and operand pairs that have no specialised
//! instruction (int `//`, `%`, `&`, `|`, `^`, `<<`, `>>`, `**`, `/`; float `/`;
//! int mixed with float). CPython 3.11 runs these through `PyNumber_*` and
//! the slots; the results here are the same, and every case that could raise
//! or needs a big int is left to that general path (`None`).

use crate::number::i64_divmod;
use crate::typeobj::BinOp;
use crate::value::Value;

/// BINARY_OP's argument (`NB_*`, in-place forms at +13), reduced to the
/// operator: `BinOp`'s numbering, named for matching on the argument.
const ADD: u32 = BinOp::Add as u32;
const AND: u32 = BinOp::And as u32;
const FLOOR_DIVIDE: u32 = BinOp::FloorDiv as u32;
const LSHIFT: u32 = BinOp::LShift as u32;
const MULTIPLY: u32 = BinOp::Mul as u32;
const REMAINDER: u32 = BinOp::Mod as u32;
const OR: u32 = BinOp::Or as u32;
const POWER: u32 = BinOp::Pow as u32;
const RSHIFT: u32 = BinOp::RShift as u32;
const SUBTRACT: u32 = BinOp::Sub as u32;
const TRUE_DIVIDE: u32 = BinOp::TrueDiv as u32;
const XOR: u32 = BinOp::Xor as u32;

/// Largest magnitude whose conversion to `f64` is exact.
const EXACT_IN_F64: i64 = 1 << 53;

/// Whether BINARY_OP with these operands is done inline instead of going
/// through the adaptive generic instruction. Int and float `+`, `-`, `*` are
/// excluded: they have specialised forms, which the adaptive path installs.
#[inline(always)]
pub fn is_inline_candidate(lhs: &Value, rhs: &Value, arg: u32) -> bool {
    match (lhs, rhs) {
        (Value::Int(_), Value::Int(_)) | (Value::Float(_), Value::Float(_)) => {
            !matches!(arg % 13, ADD | SUBTRACT | MULTIPLY)
        }
        (Value::Int(_), Value::Float(_)) | (Value::Float(_), Value::Int(_)) => true,
        _ => false,
    }
}

/// The result of `lhs <op> rhs` for unboxed operands, or `None` when the
/// general path must decide (it raises, or the result is a big int).
#[inline]
pub fn scalar_binary_op(lhs: &Value, rhs: &Value, arg: u32) -> Option<Value> {
    let op = arg % 13;
    match (lhs, rhs) {
        (Value::Int(a), Value::Int(b)) => int_op(*a, *b, op),
        (Value::Float(a), Value::Float(b)) => float_op(**a, **b, op),
        // int op float converts the int (`PyLong_AsDouble`: round half to
        // even, which `as` does too; an i64 never overflows an f64).
        (Value::Int(a), Value::Float(b)) => float_op(*a as f64, **b, op),
        (Value::Float(a), Value::Int(b)) => float_op(**a, *b as f64, op),
        _ => None,
    }
}

fn int_op(a: i64, b: i64, op: u32) -> Option<Value> {
    let r = match op {
        ADD => a.checked_add(b)?,
        SUBTRACT => a.checked_sub(b)?,
        MULTIPLY => a.checked_mul(b)?,
        FLOOR_DIVIDE => i64_divmod(a, b)?.0,
        REMAINDER => i64_divmod(a, b)?.1,
        AND => a & b,
        OR => a | b,
        XOR => a ^ b,
        LSHIFT => {
            if !(0..64).contains(&b) {
                return None;
            }
            let r = a << b;
            if r >> b != a {
                return None;
            }
            r
        }
        RSHIFT => {
            if b < 0 {
                return None;
            }
            a >> b.min(63)
        }
        POWER => {
            // Negative exponents give floats (`int_pow`'s rules): general path.
            let e = u32::try_from(b).ok()?;
            a.checked_pow(e)?
        }
        TRUE_DIVIDE => {
            // Both exactly representable: one correctly rounded division,
            // as CPython's `long_true_divide` fast path.
            let exact = |x: i64| x.unsigned_abs() <= EXACT_IN_F64 as u64;
            if b == 0 || !exact(a) || !exact(b) {
                return None;
            }
            return Some(Value::float(a as f64 / b as f64));
        }
        _ => return None,
    };
    Some(Value::Int(r))
}

fn float_op(a: f64, b: f64, op: u32) -> Option<Value> {
    let r = match op {
        ADD => a + b,
        SUBTRACT => a - b,
        MULTIPLY => a * b,
        TRUE_DIVIDE if b != 0.0 => a / b,
        // `//`, `%` and `**` on floats have CPython-specific rules (signs,
        // infinities, complex results): the general path.
        _ => return None,
    };
    Some(Value::float(r))
}

#[cfg(test)]
mod tests {
    //! Expected values from CPython 3.11 (`python3 -c 'print(...)'`).
    use super::*;

    fn int(v: Option<Value>) -> Option<i64> {
        match v? {
            Value::Int(i) => Some(i),
            _ => None,
        }
    }
    fn float(v: Option<Value>) -> Option<f64> {
        match v? {
            Value::Float(f) => Some(*f),
            _ => None,
        }
    }

    #[test]
    fn int_operators_follow_python() {
        let op = |a, b, o| int(scalar_binary_op(&Value::Int(a), &Value::Int(b), o));
        assert_eq!(op(-7, 2, FLOOR_DIVIDE), Some(-4)); // -7 // 2
        assert_eq!(op(-7, 2, REMAINDER), Some(1)); // -7 % 2
        assert_eq!(op(7, -2, REMAINDER), Some(-1)); // 7 % -2
        assert_eq!(op(-8, 1, RSHIFT), Some(-4)); // -8 >> 1
        assert_eq!(op(-1, 200, RSHIFT), Some(-1)); // -1 >> 200
        assert_eq!(op(5, 200, RSHIFT), Some(0)); // 5 >> 200
        assert_eq!(op(3, 4, LSHIFT), Some(48)); // 3 << 4
        assert_eq!(op(-3, 2, LSHIFT + 13), Some(-12)); // x = -3; x <<= 2
        assert_eq!(op(6, 3, XOR), Some(5));
        assert_eq!(op(3, 13, POWER), Some(1594323)); // 3 ** 13
                                                     // Big results, errors and floats from `**` go to the general path.
        assert_eq!(op(1, 63, LSHIFT), None); // 1 << 63 is a big int
        assert_eq!(op(1, -1, LSHIFT), None); // ValueError: negative shift count
        assert_eq!(op(1, 0, FLOOR_DIVIDE), None); // ZeroDivisionError
        assert_eq!(op(i64::MIN, -1, FLOOR_DIVIDE), None); // 2**63
        assert_eq!(op(2, -1, POWER), None); // 0.5
        assert_eq!(op(10, 30, POWER), None); // 10**30
    }

    #[test]
    fn true_division_and_mixed_operands() {
        let i = Value::Int;
        let f = Value::float;
        assert_eq!(
            float(scalar_binary_op(&i(1), &i(3), TRUE_DIVIDE)),
            Some(1.0 / 3.0)
        );
        assert_eq!(
            float(scalar_binary_op(&i(-7), &i(2), TRUE_DIVIDE)),
            Some(-3.5)
        );
        assert_eq!(
            float(scalar_binary_op(&i(1 << 60), &i(3), TRUE_DIVIDE)),
            None
        );
        assert_eq!(float(scalar_binary_op(&i(1), &i(0), TRUE_DIVIDE)), None);
        assert_eq!(float(scalar_binary_op(&i(2), &f(0.5), MULTIPLY)), Some(1.0));
        assert_eq!(float(scalar_binary_op(&f(0.1), &i(3), ADD)), Some(3.1));
        assert_eq!(float(scalar_binary_op(&f(1.0), &f(0.0), TRUE_DIVIDE)), None);
        assert_eq!(
            float(scalar_binary_op(&f(-7.5), &f(2.0), FLOOR_DIVIDE)),
            None
        );
        // 2**53 + 1 as a float rounds to even, as CPython: 9007199254740992.0
        let big = (1i64 << 53) + 1;
        assert_eq!(
            float(scalar_binary_op(&i(big), &f(0.0), ADD)),
            Some(9007199254740992.0)
        );
    }

    #[test]
    fn specialised_pairs_are_left_to_the_adaptive_path() {
        assert!(!is_inline_candidate(&Value::Int(1), &Value::Int(2), ADD));
        assert!(!is_inline_candidate(
            &Value::float(1.0),
            &Value::float(2.0),
            MULTIPLY + 13
        ));
        assert!(is_inline_candidate(
            &Value::Int(1),
            &Value::Int(2),
            REMAINDER
        ));
        assert!(is_inline_candidate(&Value::Int(1), &Value::float(2.0), ADD));
        assert!(!is_inline_candidate(
            &Value::Int(1),
            &Value::None,
            REMAINDER
        ));
    }
}
