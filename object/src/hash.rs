//! Python's numeric and tuple hashes, bit for bit (`Python/pyhash.c`, `tuplehash`).

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

pub const HASH_BITS: u32 = 61;
/// `_PyHASH_MODULUS`: the Mersenne prime 2**61 - 1.
pub const HASH_MODULUS: u64 = (1u64 << HASH_BITS) - 1;
pub const HASH_INF: i64 = 314159;

#[inline]
fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(int)` for a machine int.
#[inline]
pub fn hash_i64(x: i64) -> i64 {
    let m = HASH_MODULUS as i64;
    let r = if x >= 0 {
        x % m
    } else {
        -((-(x as i128) % m as i128) as i64)
    };
    fix(r)
}

/// `hash(int)` for a big int: |x| mod (2**61 - 1), with x's sign.
pub fn hash_bigint(x: &BigInt) -> i64 {
    let (sign, mag) = (x.sign(), x.magnitude());
    let r = (mag % HASH_MODULUS).to_u64().unwrap_or(0) as i64;
    fix(if sign == Sign::Minus { -r } else { r })
}

/// `frexp`: x = m * 2**e with 0.5 <= |m| < 1.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m_bits = (bits & !(0x7ffu64 << 52)) | (1022u64 << 52);
    (f64::from_bits(m_bits), e)
}

/// `_Py_HashDouble` (for finite values; NaN hashes by identity in 3.11,
/// the caller supplies that).
pub fn hash_f64(v: f64) -> Option<i64> {
    if v.is_infinite() {
        return Some(if v > 0.0 { HASH_INF } else { -HASH_INF });
    }
    if v.is_nan() {
        return None;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let bits = HASH_BITS as i32;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    } as u32;
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    let x = (x as i64).wrapping_mul(sign);
    Some(fix(x))
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// `tuplehash` (xxHash-based, CPython 3.8+), given the items' hashes.
pub fn hash_tuple(item_hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = item_hashes.len() as u64;
    let mut acc = XXPRIME_5;
    for h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(len ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// `_Py_HashPointer`: the hash of an object hashed by identity.
pub fn hash_pointer(addr: u64) -> i64 {
    fix(addr.rotate_right(4) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    // Expected values from CPython 3.11: hash(x) for each x.
    #[test]
    fn numeric_hashes_match_cpython() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(2305843009213693951), 0);
        assert_eq!(hash_i64(2305843009213693952), 1);
        assert_eq!(hash_i64(-2305843009213693953), -2);
        assert_eq!(hash_f64(1.5), Some(1152921504606846977));
        assert_eq!(hash_f64(0.1), Some(230584300921369408));
        assert_eq!(hash_f64(-2.75), Some(-1729382256910270466));
        assert_eq!(hash_f64(1e300), Some(1224995262755759164));
        assert_eq!(hash_f64(f64::INFINITY), Some(314159));
        assert_eq!(hash_tuple([1i64, 2, 3].into_iter()), 529344067295497451);
        assert_eq!(hash_tuple(std::iter::empty::<i64>()), 5740354900026072187);
        let big: BigInt = BigInt::from(10).pow(30);
        assert_eq!(hash_bigint(&big), 465258685558744706);
        assert_eq!(hash_bigint(&-big), -465258685558744706);
    }
}
