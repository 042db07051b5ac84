//! The `cmath` module (native): CPython 3.11's cmathmodule.c, with its C99
//! Annex G special-value tables, overflow-avoiding formulas and errors.

use std::f64::consts::{E, LN_2, PI};

use taipan_object::function::{MethodDef, NativeFn};
use taipan_object::slotdefs::call_dunder;
use taipan_object::{ObjRef, Payload, PyResult, Value, Vm};

use super::math::libm;
use super::math::{as_double, check_positional, domain_error, range_error, unpack_keywords};

type C64 = (f64, f64);

/// The errno a kernel leaves, as CPython's `math_error` maps it.
#[derive(Clone, Copy, PartialEq)]
enum Errno {
    Ok,
    Dom,
    Range,
}

const INF: f64 = f64::INFINITY;
const N: f64 = f64::NAN;
/// Placeholder for table cells that finite inputs never reach.
#[allow(clippy::excessive_precision)]
const U: f64 = -9.5426319407711027e33;
const P: f64 = PI;
const P14: f64 = 0.25 * PI;
const P12: f64 = 0.5 * PI;
const P34: f64 = 0.75 * PI;
const LN10: f64 = std::f64::consts::LN_10;
const LARGE: f64 = f64::MAX / 4.0;
const DBL_MIN: f64 = f64::MIN_POSITIVE;
const SCALE_UP: i64 = 53;
const SCALE_DOWN: i64 = -27;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}
fn log_large() -> f64 {
    LARGE.ln()
}

/// Index of a float's class in the special-value tables (`special_type`).
fn special_type(d: f64) -> usize {
    if d.is_finite() {
        let pos = 1.0f64.copysign(d) == 1.0;
        match (d != 0.0, pos) {
            (true, true) => 4,
            (true, false) => 1,
            (false, true) => 3,
            (false, false) => 2,
        }
    } else if d.is_nan() {
        6
    } else if 1.0f64.copysign(d) == 1.0 {
        5
    } else {
        0
    }
}

type Table = [[C64; 7]; 7];

macro_rules! table {
    ($($re:expr, $im:expr);* $(;)?) => {{
        let flat: [C64; 49] = [$(($re, $im)),*];
        let mut t = [[(0.0, 0.0); 7]; 7];
        let mut i = 0;
        while i < 49 {
            t[i / 7][i % 7] = flat[i];
            i += 1;
        }
        t
    }};
}

const ACOS_SV: Table = table![
    P34,INF; P,INF; P,INF; P,-INF; P,-INF; P34,-INF; N,INF;
    P12,INF; U,U; U,U; U,U; U,U; P12,-INF; N,N;
    P12,INF; U,U; P12,0.0; P12,-0.0; U,U; P12,-INF; P12,N;
    P12,INF; U,U; P12,0.0; P12,-0.0; U,U; P12,-INF; P12,N;
    P12,INF; U,U; U,U; U,U; U,U; P12,-INF; N,N;
    P14,INF; 0.0,INF; 0.0,INF; 0.0,-INF; 0.0,-INF; P14,-INF; N,INF;
    N,INF; N,N; N,N; N,N; N,N; N,-INF; N,N;
];

const ACOSH_SV: Table = table![
    INF,-P34; INF,-P; INF,-P; INF,P; INF,P; INF,P34; INF,N;
    INF,-P12; U,U; U,U; U,U; U,U; INF,P12; N,N;
    INF,-P12; U,U; 0.0,-P12; 0.0,P12; U,U; INF,P12; N,N;
    INF,-P12; U,U; 0.0,-P12; 0.0,P12; U,U; INF,P12; N,N;
    INF,-P12; U,U; U,U; U,U; U,U; INF,P12; N,N;
    INF,-P14; INF,-0.0; INF,-0.0; INF,0.0; INF,0.0; INF,P14; INF,N;
    INF,N; N,N; N,N; N,N; N,N; INF,N; N,N;
];

const ASINH_SV: Table = table![
    -INF,-P14; -INF,-0.0; -INF,-0.0; -INF,0.0; -INF,0.0; -INF,P14; -INF,N;
    -INF,-P12; U,U; U,U; U,U; U,U; -INF,P12; N,N;
    -INF,-P12; U,U; -0.0,-0.0; -0.0,0.0; U,U; -INF,P12; N,N;
    INF,-P12; U,U; 0.0,-0.0; 0.0,0.0; U,U; INF,P12; N,N;
    INF,-P12; U,U; U,U; U,U; U,U; INF,P12; N,N;
    INF,-P14; INF,-0.0; INF,-0.0; INF,0.0; INF,0.0; INF,P14; INF,N;
    INF,N; N,N; N,-0.0; N,0.0; N,N; INF,N; N,N;
];

const ATANH_SV: Table = table![
    -0.0,-P12; -0.0,-P12; -0.0,-P12; -0.0,P12; -0.0,P12; -0.0,P12; -0.0,N;
    -0.0,-P12; U,U; U,U; U,U; U,U; -0.0,P12; N,N;
    -0.0,-P12; U,U; -0.0,-0.0; -0.0,0.0; U,U; -0.0,P12; -0.0,N;
    0.0,-P12; U,U; 0.0,-0.0; 0.0,0.0; U,U; 0.0,P12; 0.0,N;
    0.0,-P12; U,U; U,U; U,U; U,U; 0.0,P12; N,N;
    0.0,-P12; 0.0,-P12; 0.0,-P12; 0.0,P12; 0.0,P12; 0.0,P12; 0.0,N;
    0.0,-P12; N,N; N,N; N,N; N,N; 0.0,P12; N,N;
];

const COSH_SV: Table = table![
    INF,N; U,U; INF,0.0; INF,-0.0; U,U; INF,N; INF,N;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    N,0.0; U,U; 1.0,0.0; 1.0,-0.0; U,U; N,0.0; N,0.0;
    N,0.0; U,U; 1.0,-0.0; 1.0,0.0; U,U; N,0.0; N,0.0;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    INF,N; U,U; INF,-0.0; INF,0.0; U,U; INF,N; INF,N;
    N,N; N,N; N,0.0; N,0.0; N,N; N,N; N,N;
];

const EXP_SV: Table = table![
    0.0,0.0; U,U; 0.0,-0.0; 0.0,0.0; U,U; 0.0,0.0; 0.0,0.0;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    N,N; U,U; 1.0,-0.0; 1.0,0.0; U,U; N,N; N,N;
    N,N; U,U; 1.0,-0.0; 1.0,0.0; U,U; N,N; N,N;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    INF,N; U,U; INF,-0.0; INF,0.0; U,U; INF,N; INF,N;
    N,N; N,N; N,-0.0; N,0.0; N,N; N,N; N,N;
];

const LOG_SV: Table = table![
    INF,-P34; INF,-P; INF,-P; INF,P; INF,P; INF,P34; INF,N;
    INF,-P12; U,U; U,U; U,U; U,U; INF,P12; N,N;
    INF,-P12; U,U; -INF,-P; -INF,P; U,U; INF,P12; N,N;
    INF,-P12; U,U; -INF,-0.0; -INF,0.0; U,U; INF,P12; N,N;
    INF,-P12; U,U; U,U; U,U; U,U; INF,P12; N,N;
    INF,-P14; INF,-0.0; INF,-0.0; INF,0.0; INF,0.0; INF,P14; INF,N;
    INF,N; N,N; N,N; N,N; N,N; INF,N; N,N;
];

const SINH_SV: Table = table![
    INF,N; U,U; -INF,-0.0; -INF,0.0; U,U; INF,N; INF,N;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    0.0,N; U,U; -0.0,-0.0; -0.0,0.0; U,U; 0.0,N; 0.0,N;
    0.0,N; U,U; 0.0,-0.0; 0.0,0.0; U,U; 0.0,N; 0.0,N;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    INF,N; U,U; INF,-0.0; INF,0.0; U,U; INF,N; INF,N;
    N,N; N,N; N,-0.0; N,0.0; N,N; N,N; N,N;
];

const SQRT_SV: Table = table![
    INF,-INF; 0.0,-INF; 0.0,-INF; 0.0,INF; 0.0,INF; INF,INF; N,INF;
    INF,-INF; U,U; U,U; U,U; U,U; INF,INF; N,N;
    INF,-INF; U,U; 0.0,-0.0; 0.0,0.0; U,U; INF,INF; N,N;
    INF,-INF; U,U; 0.0,-0.0; 0.0,0.0; U,U; INF,INF; N,N;
    INF,-INF; U,U; U,U; U,U; U,U; INF,INF; N,N;
    INF,-INF; INF,-0.0; INF,-0.0; INF,0.0; INF,0.0; INF,INF; INF,N;
    INF,-INF; N,N; N,N; N,N; N,N; INF,INF; N,N;
];

const TANH_SV: Table = table![
    -1.0,0.0; U,U; -1.0,-0.0; -1.0,0.0; U,U; -1.0,0.0; -1.0,0.0;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    N,N; U,U; -0.0,-0.0; -0.0,0.0; U,U; N,N; N,N;
    N,N; U,U; 0.0,-0.0; 0.0,0.0; U,U; N,N; N,N;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    1.0,0.0; U,U; 1.0,-0.0; 1.0,0.0; U,U; 1.0,0.0; 1.0,0.0;
    N,N; N,N; N,-0.0; N,0.0; N,N; N,N; N,N;
];

const RECT_SV: Table = table![
    INF,N; U,U; -INF,0.0; -INF,-0.0; U,U; INF,N; INF,N;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    0.0,0.0; U,U; -0.0,0.0; -0.0,-0.0; U,U; 0.0,0.0; 0.0,0.0;
    0.0,0.0; U,U; 0.0,-0.0; 0.0,0.0; U,U; 0.0,0.0; 0.0,0.0;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    INF,N; U,U; INF,-0.0; INF,0.0; U,U; INF,N; INF,N;
    N,N; N,N; N,0.0; N,0.0; N,N; N,N; N,N;
];

fn special(z: C64, t: &Table) -> Option<(C64, Errno)> {
    if !z.0.is_finite() || !z.1.is_finite() {
        return Some((t[special_type(z.0)][special_type(z.1)], Errno::Ok));
    }
    None
}

fn log1p0(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else {
        x.ln_1p()
    }
}

// ----- the kernels (cmath_*_impl) -----

fn c_sqrt(z: C64) -> (C64, Errno) {
    if let Some(r) = special(z, &SQRT_SV) {
        return r;
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return ((0.0, z.1), Errno::Ok);
    }
    let (mut ax, ay) = (z.0.abs(), z.1.abs());
    let s = if ax < DBL_MIN && ay < DBL_MIN {
        // hypot(ax, ay) may be subnormal: rescale first.
        ax = libm::ldexp(ax, SCALE_UP);
        libm::ldexp(
            (ax + ax.hypot(libm::ldexp(ay, SCALE_UP))).sqrt(),
            SCALE_DOWN,
        )
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.0 >= 0.0 {
        ((s, d.copysign(z.1)), Errno::Ok)
    } else {
        ((d, s.copysign(z.1)), Errno::Ok)
    }
}

fn c_acos(z: C64) -> (C64, Errno) {
    if let Some(r) = special(z, &ACOS_SV) {
        return r;
    }
    let r = if z.0.abs() > LARGE || z.1.abs() > LARGE {
        (
            z.1.abs().atan2(z.0),
            -((z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN_2 * 2.0).copysign(z.1),
        )
    } else {
        let s1 = c_sqrt((1.0 - z.0, -z.1)).0;
        let s2 = c_sqrt((1.0 + z.0, z.1)).0;
        (
            2.0 * s1.0.atan2(s2.0),
            libm::asinh(s2.0 * s1.1 - s2.1 * s1.0),
        )
    };
    (r, Errno::Ok)
}

fn c_acosh(z: C64) -> (C64, Errno) {
    if let Some(r) = special(z, &ACOSH_SV) {
        return r;
    }
    let r = if z.0.abs() > LARGE || z.1.abs() > LARGE {
        (
            (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN_2 * 2.0,
            z.1.atan2(z.0),
        )
    } else {
        let s1 = c_sqrt((z.0 - 1.0, z.1)).0;
        let s2 = c_sqrt((z.0 + 1.0, z.1)).0;
        (
            libm::asinh(s1.0 * s2.0 + s1.1 * s2.1),
            2.0 * s1.1.atan2(s2.0),
        )
    };
    (r, Errno::Ok)
}

fn c_asinh(z: C64) -> (C64, Errno) {
    if let Some(r) = special(z, &ASINH_SV) {
        return r;
    }
    let r = if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let l = (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN_2 * 2.0;
        let re = if z.1 >= 0.0 {
            l.copysign(z.0)
        } else {
            -l.copysign(-z.0)
        };
        (re, z.1.atan2(z.0.abs()))
    } else {
        let s1 = c_sqrt((1.0 + z.1, -z.0)).0;
        let s2 = c_sqrt((1.0 - z.1, z.0)).0;
        (
            libm::asinh(s1.0 * s2.1 - s2.0 * s1.1),
            z.1.atan2(s1.0 * s2.0 - s1.1 * s2.1),
        )
    };
    (r, Errno::Ok)
}

fn c_asin(z: C64) -> (C64, Errno) {
    let (s, e) = c_asinh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_atanh(z: C64) -> (C64, Errno) {
    if let Some(r) = special(z, &ATANH_SV) {
        return r;
    }
    if z.0 < 0.0 {
        let (r, e) = c_atanh((-z.0, -z.1));
        return ((-r.0, -r.1), e);
    }
    let ay = z.1.abs();
    if z.0 > sqrt_large() || ay > sqrt_large() {
        let h = (z.0 / 2.0).hypot(z.1 / 2.0);
        return ((z.0 / 4.0 / h / h, (PI / 2.0).copysign(z.1)), Errno::Ok);
    }
    if z.0 == 1.0 && ay < DBL_MIN.sqrt() {
        if ay == 0.0 {
            return ((INF, z.1), Errno::Dom);
        }
        return (
            (
                -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
                (2.0f64.atan2(-ay) / 2.0).copysign(z.1),
            ),
            Errno::Ok,
        );
    }
    (
        (
            log1p0(4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)) / 4.0,
            -(-2.0 * z.1).atan2((1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0,
        ),
        Errno::Ok,
    )
}

fn c_atan(z: C64) -> (C64, Errno) {
    let (s, e) = c_atanh((-z.1, z.0));
    ((s.1, -s.0), e)
}

/// cosh/sinh/exp of an infinite real part with a finite nonzero imaginary one.
fn inf_cis(z: C64) -> (f64, f64) {
    ((INF).copysign(z.1.cos()), (INF).copysign(z.1.sin()))
}

fn c_cosh(z: C64) -> (C64, Errno) {
    if !z.0.is_finite() || !z.1.is_finite() {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let (re, im) = inf_cis(z);
            if z.0 > 0.0 {
                (re, im)
            } else {
                (re, -im)
            }
        } else {
            COSH_SV[special_type(z.0)][special_type(z.1)]
        };
        let e = if z.1.is_infinite() && !z.0.is_nan() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.0.abs() > log_large() {
        let x1 = z.0 - 1.0f64.copysign(z.0);
        (z.1.cos() * x1.cosh() * E, z.1.sin() * x1.sinh() * E)
    } else {
        (z.1.cos() * z.0.cosh(), z.1.sin() * z.0.sinh())
    };
    overflow_check(r)
}

fn overflow_check(r: C64) -> (C64, Errno) {
    if r.0.is_infinite() || r.1.is_infinite() {
        (r, Errno::Range)
    } else {
        (r, Errno::Ok)
    }
}

fn c_cos(z: C64) -> (C64, Errno) {
    c_cosh((-z.1, z.0))
}

fn c_sinh(z: C64) -> (C64, Errno) {
    if !z.0.is_finite() || !z.1.is_finite() {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let (re, im) = inf_cis(z);
            if z.0 > 0.0 {
                (re, im)
            } else {
                (-re, im)
            }
        } else {
            SINH_SV[special_type(z.0)][special_type(z.1)]
        };
        let e = if z.1.is_infinite() && !z.0.is_nan() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.0.abs() > log_large() {
        let x1 = z.0 - 1.0f64.copysign(z.0);
        (z.1.cos() * x1.sinh() * E, z.1.sin() * x1.cosh() * E)
    } else {
        (z.1.cos() * z.0.sinh(), z.1.sin() * z.0.cosh())
    };
    overflow_check(r)
}

fn c_sin(z: C64) -> (C64, Errno) {
    let (s, e) = c_sinh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_tanh(z: C64) -> (C64, Errno) {
    if !z.0.is_finite() || !z.1.is_finite() {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let im = 0.0f64.copysign(2.0 * z.1.sin() * z.1.cos());
            (if z.0 > 0.0 { 1.0 } else { -1.0 }, im)
        } else {
            TANH_SV[special_type(z.0)][special_type(z.1)]
        };
        let e = if z.1.is_infinite() && z.0.is_finite() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.0.abs() > log_large() {
        (
            1.0f64.copysign(z.0),
            4.0 * z.1.sin() * z.1.cos() * (-2.0 * z.0.abs()).exp(),
        )
    } else {
        let tx = z.0.tanh();
        let ty = z.1.tan();
        let cx = 1.0 / z.0.cosh();
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    };
    (r, Errno::Ok)
}

fn c_tan(z: C64) -> (C64, Errno) {
    let (s, e) = c_tanh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_exp(z: C64) -> (C64, Errno) {
    if !z.0.is_finite() || !z.1.is_finite() {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            if z.0 > 0.0 {
                inf_cis(z)
            } else {
                (0.0f64.copysign(z.1.cos()), 0.0f64.copysign(z.1.sin()))
            }
        } else {
            EXP_SV[special_type(z.0)][special_type(z.1)]
        };
        let e = if z.1.is_infinite() && (z.0.is_finite() || (z.0.is_infinite() && z.0 > 0.0)) {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.0 > log_large() {
        let l = (z.0 - 1.0).exp();
        (l * z.1.cos() * E, l * z.1.sin() * E)
    } else {
        let l = z.0.exp();
        (l * z.1.cos(), l * z.1.sin())
    };
    overflow_check(r)
}

fn c_log(z: C64) -> (C64, Errno) {
    if let Some(r) = special(z, &LOG_SV) {
        return r;
    }
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < DBL_MIN && ay < DBL_MIN {
        if ax > 0.0 || ay > 0.0 {
            libm::ldexp(ax, 53).hypot(libm::ldexp(ay, 53)).ln() - 53.0 * LN_2
        } else {
            return ((-INF, z.1.atan2(z.0)), Errno::Dom);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let am = if ax > ay { ax } else { ay };
            let an = if ax > ay { ay } else { ax };
            log1p0((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            h.ln()
        }
    };
    ((re, z.1.atan2(z.0)), Errno::Ok)
}

fn c_log10(z: C64) -> (C64, Errno) {
    let (r, e) = c_log(z);
    ((r.0 / LN10, r.1 / LN10), e)
}

/// `_Py_c_abs`: hypot, infinite when either part is.
fn c_abs(z: C64) -> (f64, Errno) {
    if !z.0.is_finite() || !z.1.is_finite() {
        if z.0.is_infinite() {
            return (z.0.abs(), Errno::Ok);
        }
        if z.1.is_infinite() {
            return (z.1.abs(), Errno::Ok);
        }
        return (f64::NAN, Errno::Ok);
    }
    let r = z.0.hypot(z.1);
    (
        r,
        if r.is_finite() {
            Errno::Ok
        } else {
            Errno::Range
        },
    )
}

/// `_Py_c_quot`, with errno EDOM for division by zero.
fn c_quot(a: C64, b: C64) -> (C64, Errno) {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return ((0.0, 0.0), Errno::Dom);
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        (
            ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom),
            Errno::Ok,
        )
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        (
            ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom),
            Errno::Ok,
        )
    } else {
        ((f64::NAN, f64::NAN), Errno::Ok)
    }
}

// ----- argument conversion and the Python-level functions -----

/// `PyComplex_AsCComplex`: complex values, `__complex__`, then a real number.
fn as_complex(vm: &mut Vm, v: &Value) -> PyResult<C64> {
    if let Some(Payload::Complex(re, im)) = v.as_obj().map(|o| &o.payload) {
        return Ok((*re, *im));
    }
    if !matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_)) {
        if let Some(r) = call_dunder(vm, v, "__complex__", &[])? {
            return match r.as_obj().map(|o| &o.payload) {
                Some(Payload::Complex(re, im)) => Ok((*re, *im)),
                _ => Err(vm.type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    vm.type_name(&r)
                ))),
            };
        }
    }
    Ok((as_double(vm, v)?, 0.0))
}

fn complex_result(vm: &mut Vm, (r, e): (C64, Errno)) -> PyResult {
    match e {
        Errno::Dom => Err(domain_error(vm)),
        Errno::Range => Err(range_error(vm)),
        Errno::Ok => Ok(crate::types::complex::new_complex(vm, r)),
    }
}

macro_rules! unary_functions {
    ($($name:ident => $f:ident;)*) => {
        $(
            fn $name(vm: &mut Vm, _m: &Value, z: &Value) -> PyResult {
                let z = as_complex(vm, z)?;
                complex_result(vm, $f(z))
            }
        )*
    };
}

unary_functions! {
    cmath_acos => c_acos;
    cmath_acosh => c_acosh;
    cmath_asin => c_asin;
    cmath_asinh => c_asinh;
    cmath_atan => c_atan;
    cmath_atanh => c_atanh;
    cmath_cos => c_cos;
    cmath_cosh => c_cosh;
    cmath_exp => c_exp;
    cmath_log10 => c_log10;
    cmath_sin => c_sin;
    cmath_sinh => c_sinh;
    cmath_sqrt => c_sqrt;
    cmath_tan => c_tan;
    cmath_tanh => c_tanh;
}

/// `cmath.log(z[, base])`.
fn cmath_log(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    check_positional(vm, "log", args.len(), 1, 2)?;
    let z = as_complex(vm, &args[0])?;
    let (mut x, mut e) = c_log(z);
    if let Some(b) = args.get(1) {
        let b = as_complex(vm, b)?;
        let (y, e2) = c_log(b);
        let (q, e3) = c_quot(x, y);
        x = q;
        for err in [e2, e3] {
            if err != Errno::Ok {
                e = err;
            }
        }
    }
    complex_result(vm, (x, e))
}

fn cmath_phase(vm: &mut Vm, _m: &Value, z: &Value) -> PyResult {
    let z = as_complex(vm, z)?;
    Ok(Value::float(z.1.atan2(z.0)))
}

fn cmath_polar(vm: &mut Vm, _m: &Value, z: &Value) -> PyResult {
    let z = as_complex(vm, z)?;
    let phi = z.1.atan2(z.0);
    let (r, e) = c_abs(z);
    if e == Errno::Range {
        return Err(range_error(vm));
    }
    Ok(vm.new_tuple(vec![Value::float(r), Value::float(phi)]))
}

fn cmath_rect(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    check_positional(vm, "rect", args.len(), 2, 2)?;
    let r = as_double(vm, &args[0])?;
    let phi = as_double(vm, &args[1])?;
    let z = if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let (re, im) = (INF.copysign(phi.cos()), INF.copysign(phi.sin()));
            if r > 0.0 {
                (re, im)
            } else {
                (-re, -im)
            }
        } else {
            RECT_SV[special_type(r)][special_type(phi)]
        };
        if r != 0.0 && !r.is_nan() && phi.is_infinite() {
            return Err(domain_error(vm));
        }
        z
    } else if phi == 0.0 {
        (r, r * phi)
    } else {
        (r * phi.cos(), r * phi.sin())
    };
    Ok(crate::types::complex::new_complex(vm, z))
}

fn cmath_isfinite(vm: &mut Vm, _m: &Value, z: &Value) -> PyResult {
    let z = as_complex(vm, z)?;
    Ok(Value::bool(z.0.is_finite() && z.1.is_finite()))
}
fn cmath_isnan(vm: &mut Vm, _m: &Value, z: &Value) -> PyResult {
    let z = as_complex(vm, z)?;
    Ok(Value::bool(z.0.is_nan() || z.1.is_nan()))
}
fn cmath_isinf(vm: &mut Vm, _m: &Value, z: &Value) -> PyResult {
    let z = as_complex(vm, z)?;
    Ok(Value::bool(z.0.is_infinite() || z.1.is_infinite()))
}

/// `cmath.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn cmath_isclose(vm: &mut Vm, _m: &Value, args: &[Value], kw: Option<&ObjRef>) -> PyResult {
    let p = unpack_keywords(
        vm,
        "isclose",
        args,
        kw,
        &["a", "b", "rel_tol", "abs_tol"],
        0,
        2,
        2,
    )?;
    let a = as_complex(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let b = as_complex(vm, p[1].as_ref().unwrap_or(&Value::None))?;
    let rel_tol = match &p[2] {
        Some(v) => as_double(vm, v)?,
        None => 1e-09,
    };
    let abs_tol = match &p[3] {
        Some(v) => as_double(vm, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a.0 == b.0 && a.1 == b.1 {
        return Ok(Value::TRUE);
    }
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = c_abs((a.0 - b.0, a.1 - b.1)).0;
    Ok(Value::bool(
        diff <= rel_tol * c_abs(b).0 || diff <= rel_tol * c_abs(a).0 || diff <= abs_tol,
    ))
}

macro_rules! defs {
    ($($name:literal => $kind:ident($f:ident),)*) => {
        [$(MethodDef { name: $name, func: NativeFn::$kind($f), doc: "" },)*]
    };
}

static FUNCTIONS: [MethodDef; 23] = defs![
    "acos" => O(cmath_acos),
    "acosh" => O(cmath_acosh),
    "asin" => O(cmath_asin),
    "asinh" => O(cmath_asinh),
    "atan" => O(cmath_atan),
    "atanh" => O(cmath_atanh),
    "cos" => O(cmath_cos),
    "cosh" => O(cmath_cosh),
    "exp" => O(cmath_exp),
    "isclose" => FastCallKw(cmath_isclose),
    "isfinite" => O(cmath_isfinite),
    "isinf" => O(cmath_isinf),
    "isnan" => O(cmath_isnan),
    "log" => FastCall(cmath_log),
    "log10" => O(cmath_log10),
    "phase" => O(cmath_phase),
    "polar" => O(cmath_polar),
    "rect" => FastCall(cmath_rect),
    "sin" => O(cmath_sin),
    "sinh" => O(cmath_sinh),
    "sqrt" => O(cmath_sqrt),
    "tan" => O(cmath_tan),
    "tanh" => O(cmath_tanh),
];

/// Fill the module namespace `d`.
pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    for def in FUNCTIONS.iter() {
        let f = vm.new_builtin_function(def, Some("cmath"));
        vm.dict_set_str(d, def.name, f);
    }
    let doc =
        vm.new_str("This module provides access to mathematical functions for complex\nnumbers.");
    vm.dict_set_str(d, "__doc__", doc);
    vm.dict_set_str(d, "pi", Value::float(PI));
    vm.dict_set_str(d, "e", Value::float(E));
    vm.dict_set_str(d, "tau", Value::float(std::f64::consts::TAU));
    vm.dict_set_str(d, "inf", Value::float(INF));
    vm.dict_set_str(d, "nan", Value::float(f64::NAN));
    let infj = crate::types::complex::new_complex(vm, (0.0, INF));
    vm.dict_set_str(d, "infj", infj);
    let nanj = crate::types::complex::new_complex(vm, (0.0, f64::NAN));
    vm.dict_set_str(d, "nanj", nanj);
    Ok(())
}
