#!/usr/bin/env python3
"""Generates tests.rs for the format module: every expected value comes from running
CPython 3.11 (this interpreter), never from the Rust code.

    python3 gen_tests.py > tests.rs
"""
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "the oracle must be CPython 3.11"

rng = random.Random(20240611)


def rs(s):
    """A Rust string literal for s."""
    out = ['"']
    for ch in s:
        o = ord(ch)
        if 0xD800 <= o < 0xE000:
            raise ValueError("surrogate")
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch.isprintable() and ch != "\u00ad":
            out.append(ch)
        else:
            out.append("\\u{%x}" % o)
    out.append('"')
    return "".join(out)


def has_surrogate(s):
    return any(0xD800 <= ord(c) < 0xE000 for c in s)


def bits(x):
    return "0x%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def outcome(fn):
    """Ok("...") or Err("Type: message"); None if the result can't be a Rust str."""
    try:
        r = fn()
    except Exception as e:  # noqa: BLE001 - the exception is the expected value
        return "Err(%s)" % rs("%s: %s" % (type(e).__name__, e))
    if has_surrogate(r):
        return None
    return "Ok(%s)" % rs(r)


def dec(n):
    """str(n) without the int-max-str-digits limit (the limit applies only to the code under test)."""
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return str(n)
    finally:
        sys.set_int_max_str_digits(old)


def opt(v):
    return "None" if v is None else "Some(%s)" % v


lines = []
emit = lines.append
count = {}


def table(name, rust_type, rows):
    count[name] = len(rows)
    emit("#[rustfmt::skip]")
    emit("const %s: &[%s] = &[" % (name, rust_type))
    for r in rows:
        emit("    %s," % r)
    emit("];")
    emit("")


# ---------------------------------------------------------------- float values
NAN = float("nan")
NEG_NAN = -float("nan")
special_floats = [
    0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 2.675, 0.5, 2.5,
    0.125, 0.375, 9.995, 99.5, 999999.5, 100.0, 1234.5678, -1234.5678, 12345678901234.5,
    1e15, 9999999999999998.0, 1e16, 1.5e16, 2e16 + 8, 1e17, 1e22, 1e23, 1e-4, 1e-5,
    0.0001, 0.00012345, 123456789.0, 1e100, -1e-100, 5e-324, -5e-324, 1e-323,
    2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
    -1.7976931348623157e308, 2.0**53, 2.0**53 + 2, 2.0**63, 2.0**64, 123.0, -0.0001,
    float("inf"), float("-inf"), NAN, NEG_NAN, 4.35, 0.045, 1.005, 8.5, 7.5, 1e-7, 3.14159,
]
# Exact ties between two shortest candidates: dtoa picks the even digit (Rust rounds up).
for b in [0x430742CF70DE379A, 0x42ED1BEE46D299C4, 0x42A06F06BE70E520, 0x431B67AADC058B79,
          0x4316D32C4178EC39, 0xC319BB046DA68D75]:
    special_floats.append(struct.unpack("<d", struct.pack("<Q", b))[0])
for e in range(-25, 26):
    special_floats.append(10.0**e)
    special_floats.append(-(10.0**e) * 1.25)

repr_floats = list(special_floats)
while len(repr_floats) < len(special_floats) + 700:
    b = rng.getrandbits(64)
    x = struct.unpack("<d", struct.pack("<Q", b))[0]
    if math.isfinite(x):
        repr_floats.append(x)
for _ in range(300):
    repr_floats.append(round(rng.uniform(-1e6, 1e6), rng.randint(0, 8)))
for _ in range(100):
    repr_floats.append(rng.randint(1, 10**rng.randint(1, 20)) * 10.0 ** rng.randint(-30, 30))

table(
    "FLOAT_REPR",
    "(u64, &str)",
    ["(%s, %s)" % (bits(x), rs(repr(x))) for x in repr_floats],
)

# ---------------------------------------------------------------- format(float)
fmt_floats = [
    0.0, -0.0, 1.0, -1.5, 0.1, 2.675, 9.995, -1234.5678, 1e16, 1e-5, 0.0001, 1e100, 5e-324,
    1.7976931348623157e308, 999999.5, -0.0004, float("inf"), float("-inf"), NAN, NEG_NAN,
]
float_specs = [
    "", "f", ".0f", ".1f", ".2f", ".3f", ".10f", ".20f", "e", ".0e", ".3e", ".15e", "E",
    "g", ".0g", ".1g", ".2g", ".3g", ".10g", ".17g", "G", "#g", "#.3g", "#.0f", "#.0e",
    "#", "#.3", ".3", ".0", ".1", ".12", "%", ".1%", ".0%", "n", ".3n", "10", "<10",
    ">10", "^10", "=10", "010", "+", " ", "-", "+010.2f", " 010.3e", "*^15.4g", "x<12",
    "é>8.2f", ",", ",.2f", "_.3f", "015,.2f", "0=12,", ",e", "_g", "013_.1f", "z",
    "z.2f", "z.1e", "+z.0f", "z%", "11,.3%", ",.0f", "020,.2f", "^+12.3e", "#10.0f", "F",
    ".3F", ".2E", ".3G", "#.0%", "=+12.2f", "0<12.3f", "0^12", "\U0001F600>9.1f", "09",
    "+09.1e", "-015,.1f", "08,", "z010.2f", "#,.0f", "n", "010n", "+.3n", "#.4n",
]
float_error_specs = [
    "d", "x", "s", "c", "b", "o", "X", ",n", "_n", ",,", ".", "abc", ".2147483648f",
    "99999999999999999999", "_,", ",_", "\u0661\u0660", "10.2d", ".f", "+-", "\x00",
    "ℤ", "=>8", "<<8", "#z", "z#", "0,.2f", ".2147483647g", "10.1000g",
]
rows = []
for x in fmt_floats:
    for sp in float_specs:
        o = outcome(lambda: format(x, sp))
        if o:
            rows.append("(%s, %s, %s)" % (bits(x), rs(sp), o))
for x in [1.5, -0.0, float("nan"), 1234.5]:
    for sp in float_error_specs:
        o = outcome(lambda: format(x, sp))
        if o:
            rows.append("(%s, %s, %s)" % (bits(x), rs(sp), o))
# Random float x spec combinations.
aligns = ["", "<", ">", "^", "=", "*<", "*>", "*^", "0=", "0>"]
signs = ["", "+", "-", " "]
for _ in range(300):
    x = rng.choice(fmt_floats + [rng.uniform(-1e5, 1e5), rng.uniform(-1, 1)])
    sp = rng.choice(aligns) + rng.choice(signs) + rng.choice(["", "z"]) + rng.choice(["", "#"])
    sp += rng.choice(["", "0"]) + rng.choice(["", "1", "8", "15"]) + rng.choice(["", ",", "_"])
    sp += rng.choice(["", ".0", ".1", ".4", ".12"]) + rng.choice(["", "e", "E", "f", "F", "g", "G", "n", "%"])
    o = outcome(lambda: format(x, sp))
    if o:
        rows.append("(%s, %s, %s)" % (bits(x), rs(sp), o))
table("FORMAT_FLOAT", "(u64, &str, Result<&str, &str>)", rows)

# ---------------------------------------------------------------- format(int)
fmt_ints = [
    0, 1, 42, -42, 255, 1234, -1234, 1234567, 10**20, 2**64, 65, 0x10FFFF, 0x110000, -5,
    2**63, -123456789012345678901234567890,
]
int_specs = [
    "", "d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "n", "c", "10", "<10", "^10",
    "=10", "010", "+", " ", "-", "+d", " d", "08b", "#010x", "#010X", "_b", "_x", "#_x",
    "_o", "_d", ",d", ",", "_", "015,", "015_", "0=12,", "*^12,", "e", ".2e", "f", ".3f",
    "g", "%", ".1%", "E", "G", "F", ",.2f", ">5c", "05c", "^7c", "=+10", "+#012_x",
    " #o", "#_b", "0=10_x", "#0=12X", "013_b", "<+8", "^+9,", "x^13_d", "é=9", "010n",
    "#n", "+n", "020_", "021,", "z.1f", "+.1e", ",g", "_%",
]
int_error_specs = [
    ",x", ",b", ",o", ",X", "_c", ",c", ".2", ".0d", "z", "z,", "+c", "#c", " c", "-c",
    "s", "q", "\x00", ",n", "_n", "abc", "10.3x", "é", ".", "99999999999999999999",
    ",_", "\x7f", ",s", "_s",
]
rows = []
for x in fmt_ints:
    for sp in int_specs:
        o = outcome(lambda: format(x, sp))
        if o:
            rows.append("(%s, %s, %s)" % (rs(dec(x)), rs(sp), o))
for sp in ["d", "x", "c", "e", "f", "%", "g", ".3e", "_", ",", "0=420,", "#b"][:11]:
    o = outcome(lambda: format(10**400, sp))
    rows.append("(%s, %s, %s)" % (rs(dec(10**400)), rs(sp), o))
for x in [0, 5, -5, 65, 10**400]:
    for sp in int_error_specs:
        o = outcome(lambda: format(x, sp))
        if o:
            rows.append("(%s, %s, %s)" % (rs(dec(x)), rs(sp), o))
for _ in range(300):
    x = rng.choice(fmt_ints[:14] + [rng.randint(-(10**12), 10**12)])
    sp = rng.choice(aligns) + rng.choice(signs) + rng.choice(["", "#"])
    sp += rng.choice(["", "0"]) + rng.choice(["", "1", "9", "16"]) + rng.choice(["", ",", "_"])
    sp += rng.choice(["", "b", "o", "x", "X", "d", "n", "e", "f", "%", "g"])
    o = outcome(lambda: format(x, sp))
    if o:
        rows.append("(%s, %s, %s)" % (rs(dec(x)), rs(sp), o))
# The int-max-str-digits limit and big conversions.
for x, sp in [(10**4300, "d"), (10**4300, ""), (-(10**4300), ","), (10**4299, "d"), (2**5000, "x"),
              (2**1000, "#b"), (10**4300, "e"), (10**308 * 2, "e"), (10**308, ".3e")]:
    o = outcome(lambda: format(x, sp))
    rows.append("(%s, %s, %s)" % (rs(dec(x)), rs(sp), o))
table("FORMAT_INT", "(&str, &str, Result<&str, &str>)", rows)

# ---------------------------------------------------------------- format(str)
fmt_strs = ["", "abc", "hello world", "é", "ñandú", "日本語", "😀x", "a\u0301b"]
str_specs = [
    "", "s", "10", "<10", ">10", "^10", "^9", "*^10", ".2", ".0", "10.2", ">10.2s",
    "010", "0<5", "é^7", "😀>4", "<", "^", ">1", ".100", "3.1", "x^2", "0", "00", "05.2s",
    "<08", "^011", "\u0663",
]
str_error_specs = [
    "=10", "+", " ", "-", "#", "z", "d", ",", "_", ".", "x<", "abc", ",s", "_s", "=",
    "0=5", "+10", "#10", "z5", "r", "10.2x", ".99999999999999999999",
]
rows = []
for s in fmt_strs:
    for sp in str_specs:
        o = outcome(lambda: format(s, sp))
        if o:
            rows.append("(%s, %s, %s)" % (rs(s), rs(sp), o))
for s in ["abc"]:
    for sp in str_error_specs:
        o = outcome(lambda: format(s, sp))
        if o:
            rows.append("(%s, %s, %s)" % (rs(s), rs(sp), o))
table("FORMAT_STR", "(&str, &str, Result<&str, &str>)", rows)

# ---------------------------------------------------------------- complex
cvals = [
    (1.0, 2.0), (0.0, 1.0), (-0.0, 1.0), (0.0, -1.0), (-0.0, -0.0), (0.0, 0.0), (1.5, -2.5),
    (NAN, float("inf")), (float("inf"), NAN), (float("-inf"), float("-inf")), (1e16, 1e-5),
    (1234.5, 0.001), (0.0, 2.5), (-1.0, 0.0), (3.0, -0.0), (1e-7, 1e22), (NEG_NAN, NEG_NAN),
    (0.1, 0.2), (-1234567.0, 7654321.5),
]
complex_specs = [
    "", "10", "<20", "^20", ">20", ".2f", ".0f", "e", ".3e", "g", ".3g", "G", "n", "+",
    " ", "-", "#", "#.0f", ",.2f", "_", "z.1f", "*^30.2e", "F", "E", ".1", "#.3", "+.2",
    "^+25,.1f", ",", "z", "x>15g", "#g", ".0e",
]
complex_error_specs = ["010", "0>10", "=10", "%", "d", "x", ",n", "abc", "s", ".", "0<5", ".2147483648f"]
rows = []
for re_, im_ in cvals:
    for sp in complex_specs:
        o = outcome(lambda: format(complex(re_, im_), sp))
        if o:
            rows.append("(%s, %s, %s, %s)" % (bits(re_), bits(im_), rs(sp), o))
for sp in complex_error_specs:
    o = outcome(lambda: format(complex(1.0, 2.0), sp))
    rows.append("(%s, %s, %s, %s)" % (bits(1.0), bits(2.0), rs(sp), o))
table("FORMAT_COMPLEX", "(u64, u64, &str, Result<&str, &str>)", rows)

crows = []
for re_, im_ in cvals + [(rng.choice(special_floats), rng.choice(special_floats)) for _ in range(150)]:
    crows.append("(%s, %s, %s)" % (bits(re_), bits(im_), rs(repr(complex(re_, im_)))))
table("COMPLEX_REPR", "(u64, u64, &str)", crows)

# ---------------------------------------------------------------- printf
flag_sets = ["", "#", "0", "-", "+", " ", "+0", "-0", "#0", " 0", "-+", "#-", "#+0", "- ", "0-#", "+ "]
rows = []
pf_floats = [0.0, -0.0, 1.0, -1.5, 0.1, 2.675, 1234.5678, 1e16, 1e-5, 123456789.0, 1e100,
             5e-324, float("inf"), float("-inf"), NAN, 0.5, 99.99, -0.0004]
for _ in range(900):
    x = rng.choice(pf_floats)
    conv = rng.choice("eEfFgG")
    fl = rng.choice(flag_sets)
    w = rng.choice([None, None, 1, 5, 12, 25])
    p = rng.choice([None, None, 0, 1, 3, 10, 17])
    fmt = "%" + fl + ("" if w is None else str(w)) + ("" if p is None else "." + str(p)) + conv
    o = outcome(lambda: fmt % x)
    rows.append("(%s, '%s', %s, %s, %s, %s)" % (bits(x), conv, rs(fl), opt(w), opt(p), o))
table("PRINTF_FLOAT", "(u64, char, &str, Option<usize>, Option<usize>, Result<&str, &str>)", rows)

rows = []
pf_ints = [0, 1, -1, 42, -42, 255, -255, 10**20, -(10**20), 2**64, 8, 0xABCDEF]
for _ in range(700):
    x = rng.choice(pf_ints)
    conv = rng.choice("diuoxX")
    fl = rng.choice(flag_sets)
    w = rng.choice([None, None, 1, 5, 12, 25])
    p = rng.choice([None, None, 0, 1, 3, 10])
    fmt = "%" + fl + ("" if w is None else str(w)) + ("" if p is None else "." + str(p)) + conv
    o = outcome(lambda: fmt % x)
    rows.append("(%s, '%s', %s, %s, %s, %s)" % (rs(dec(x)), conv, rs(fl), opt(w), opt(p), o))
rows.append("(%s, 'd', \"\", None, None, %s)" % (rs(dec(10**5000)), outcome(lambda: "%d" % 10**5000)))
table("PRINTF_INT", "(&str, char, &str, Option<usize>, Option<usize>, Result<&str, &str>)", rows)

rows = []
for s in ["", "abc", "hello world", "é", "日本語", "😀x"]:
    for fl in ["", "-", "0", "+", " ", "-0", "#"]:
        for w in [None, 1, 4, 10]:
            for p in [None, 0, 2, 5]:
                fmt = "%" + fl + ("" if w is None else str(w)) + ("" if p is None else "." + str(p)) + "s"
                o = outcome(lambda: fmt % s)
                rows.append("(%s, %s, %s, %s, %s)" % (rs(s), rs(fl), opt(w), opt(p), o))
table("PAD_PRINTF", "(&str, &str, Option<usize>, Option<usize>, Result<&str, &str>)", rows)

# ---------------------------------------------------------------- float(str)
float_inputs = [
    "1", "1.5", "-1.5", "+1.5", " 1.5 ", "\t\n1.5\r\x0b\x0c", "1_000", "1_000.000_1", "1__0",
    "_1", "1_", "1_.5", "1._5", "1e1_0", "1_e1", "1e_1", "1e+_1", "in_f", "inf", "-inf", "+inf",
    "INF", "Infinity", "-iNfInItY", "infinit", "infinityy", "nan", "-nan", "+NaN", "nAn",
    "nan1", "1e", "1e+", "1e-", "1.", ".5", ".", ".e1", "e1", "-.5", "+.5e-3", "0x10", "1e400",
    "-1e400", "1e-400", "-1e-400", "1" * 400 + "e-400", "0." + "0" * 400 + "1",
    "2.2250738585072011e-308", "4.9406564584124654e-324", "2.4703282292062328e-324",
    "2.4703282292062327e-324", "1.7976931348623158e308", "1.7976931348623159e308",
    "\x1c1", "1\x1c", "\x851", "1\xa0", "\u2003 1.5\u3000", "١.٥", "१२३", "1\x00", "\x001",
    "", " ", "+", "-", "+-1", "--1", "1 1", "1.5.5", "0e0", "0e99999999999", "1e99999999999",
    "1e-99999999999", "00001.5", "1E5", "1.5E-05", "9007199254740993", "0.1", "3.141592653589793",
    "1_2_3.4_5e6_7", "1.5j", "1,5", "١٢_٣", "infinity ", " nan ", "1\u200b", "٫5",
    "123456789012345678901234567890e-10", "0.30000000000000004", "7e-1", "1_0e1_0",
    "1.e5", "1.E-3", ".5e1", "-0.e0", "1.x", "(1)", "1j", "١_٢",
]
rows = []
for s in float_inputs:
    try:
        v = float(s)
        if math.isnan(v):
            exp = "Some(%s)" % bits(v)
        else:
            exp = "Some(%s)" % bits(v)
    except ValueError:
        exp = "None"
    rows.append("(%s, %s)" % (rs(s), exp))
for _ in range(200):
    x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if math.isfinite(x):
        s = rng.choice([repr(x), "%.17e" % x, "%.25g" % x, "%.3g" % x])
        rows.append("(%s, Some(%s))" % (rs(s), bits(float(s))))
table("PARSE_FLOAT", "(&str, Option<u64>)", rows)

# ---------------------------------------------------------------- complex(str)
complex_inputs = [
    "1", "1j", "1J", "j", "+j", "-j", "1+j", "1-j", "1+2j", "1-2j", "-1.5e3-2.5e-3j", "(1+2j)",
    " ( 1+2j ) ", "(1+2j", "1+2j)", "()", "(j)", "( -j )", "1 + 2j", "1+ 2j", "1e5j", "1e+j",
    "1e+5+1e-5j", "infj", "-infj", "inf+nanj", "nan-infj", "1+infinityj", "-nan+nanJ", "1_0+2_0j",
    "1__0j", "1_j", "_1j", "1+_2j", "jj", "1jj", "1+2", "1+2jx", "", " ", "(", ")", "+", "-",
    "1.+.5j", ".j", "1..j", "1e5", "١+٢j", "\u3000(1+1j)\u3000", "1\x00j", "1 j", "2j+1",
    "+1-1j", "--1j", "1+-1j", "1e400+1e-400j", "-0-0j", "0j", "-0j", "1.5J", "NaN", "-Infinity",
    "1+1j ", " 1+1j", "(1+1j)x", "x", "1+2i", "0x1j", "1e3e3j", "1e", "1ej",
]
rows = []
for s_ in complex_inputs:
    try:
        c = complex(s_)
        exp = "Some((%s, %s))" % (bits(c.real), bits(c.imag))
    except ValueError:
        exp = "None"
    rows.append("(%s, %s)" % (rs(s_), exp))
table("PARSE_COMPLEX", "(&str, Option<(u64, u64)>)", rows)

# ---------------------------------------------------------------- int(str, base)
int_inputs = [
    ("0", 10), ("1", 10), ("-1", 10), ("+1", 10), (" 42 ", 10), ("\t42\n", 10), ("1_000", 10),
    ("1__000", 10), ("_1", 10), ("1_", 10), ("0x1f", 16), ("0X1F", 16), ("1f", 16), ("0x1f", 0),
    ("0x1f", 10), ("0o17", 8), ("0o17", 0), ("17", 8), ("0b101", 2), ("0b101", 0), ("0b102", 0),
    ("101", 2), ("0b_101", 0), ("0b__101", 0), ("0x_1f", 16), ("0x", 16), ("0x", 0), ("0", 0),
    ("00", 0), ("000", 0), ("010", 0), ("0_0", 0), ("0_1", 0), ("08", 0), ("-0", 0),
    ("+0x10", 0), ("-0x10", 0), (" -0b1 ", 0), ("z", 36), ("Z", 36), ("zz", 36), ("10", 36),
    ("10", 2), ("2", 2), ("12", 3), ("1_2_3", 7), ("", 10), (" ", 10), ("+", 10), ("-", 10),
    ("+-1", 10), ("1 1", 10), ("1.0", 10), ("1e5", 10), ("١٢٣", 10), ("١٢٣", 16), ("१२३", 0),
    ("\u2003 12 \u3000", 10), ("\x851\x85", 10), ("1\x00", 10), ("\x1c1", 10), ("12a", 10),
    ("12a", 11), ("0o8", 0), ("0b", 2), ("0o", 8), ("0b1", 16), ("0B1", 16), ("b1", 16),
    ("123456789012345678901234567890", 10), ("-123456789012345678901234567890", 0),
    ("ffffffffffffffffffffffffffffffff", 16), ("0x_", 16), ("0_x1", 0), ("1_0", 0),
    ("0_", 0), ("00_0", 0), ("0 0", 0), ("  0x1_f_f  ", 0), ("0o_7", 0), ("0o7_", 0),
    ("1" * 700, 10), ("7" * 700, 8), ("0" * 5000, 10),
]
rows = []
sys.set_int_max_str_digits(0)  # parse_int itself has no digit limit
for s, b in int_inputs:
    try:
        v = int(s, b)
        exp = "Some(%s)" % rs(dec(v))
    except ValueError:
        exp = "None"
    rows.append("(%s, %d, %s)" % (rs(s), b, exp))
for _ in range(150):
    b = rng.choice([2, 3, 8, 10, 16, 36, 0])
    n = rng.randint(-(10**30), 10**30)
    if b == 0:
        s = rng.choice([str(n), hex(n), oct(n), bin(n)])
    else:
        digs = "0123456789abcdefghijklmnopqrstuvwxyz"[:b]
        m, out = abs(n), ""
        while m:
            m, r = divmod(m, b)
            out = digs[r] + out
        s = ("-" if n < 0 else "") + (out or "0")
        if rng.random() < 0.3:
            s = s.upper()
    rows.append("(%s, %d, Some(%s))" % (rs(s), b, rs(str(int(s, b)))))
sys.set_int_max_str_digits(4300)
table("PARSE_INT", "(&str, u32, Option<&str>)", rows)

rows = []
# (prefix, unit, count, suffix): the input is prefix + unit * count + suffix.
for pre, unit, cnt, suf, b in [("", "1", 4300, "", 10), ("", "1", 4301, "", 10), ("", "1", 5000, "x", 10),
                               ("", "1", 5000, "", 16), ("", "1", 5000, "", 2), ("", "1_", 4400, "1", 10),
                               ("", "1", 4301, "", 36), ("", "1", 5000, "", 0), ("0x", "1", 5000, "", 0),
                               ("1__", "1", 5000, "", 10), (" -", "9", 4300, " ", 10), ("", "0", 4301, "", 0)]:
    s = pre + unit * cnt + suf
    try:
        v = int(s, b)
        exp = "Ok(Some(%s))" % rs(dec(v)[:40])
    except ValueError as e:
        if str(e).startswith("invalid literal"):
            exp = "Ok(None)"
        else:
            exp = "Err(%s)" % rs("ValueError: %s" % e)
    rows.append("(%s, %s, %d, %s, %d, %s)" % (rs(pre), rs(unit), cnt, rs(suf), b, exp))
table("PARSE_INT_LIMITED", "LimitedCase", rows)

# ---------------------------------------------------------------- round
round_cases = [
    (2.675, 2), (0.5, 0), (1.5, 0), (2.5, 0), (-0.5, 0), (-2.5, 0), (0.125, 2), (0.375, 2),
    (1234.5678, -2), (1234.5678, -3), (1234.5678, -4), (5000.0, -4), (15000.0, -4),
    (25000.0, -4), (-0.4, 0), (0.0, 3), (-0.0, 3), (1e300, -300), (1.7976931348623157e308, -308),
    (1.7976931348623157e308, -307), (1.5e308, -308), (5e-324, 323), (5e-324, 324), (5e-324, 322),
    (1.5, 400), (1.5, -400), (-1.5, -400), (123.456, 323), (123.456, -308), (123.456, -309),
    (float("inf"), 2), (float("-inf"), -2), (NAN, 1), (0.1, 1), (0.15, 1), (0.25, 1), (0.35, 1),
    (1e16, -16), (4.5e15, -16), (5e15, -16), (5.5e15, -16), (9.995, 2), (1.005, 2), (2.5e-8, 8),
    (1e22, -22), (1.0, -1), (5.0, -1), (15.0, -1), (25.0, -1), (-25.0, -1), (0.5e-323, 324),
]
for _ in range(250):
    x = rng.choice([rng.uniform(-1e6, 1e6), rng.uniform(-1, 1), rng.choice(special_floats),
                    round(rng.uniform(-1000, 1000), 3) + 0.0005])
    round_cases.append((x, rng.randint(-12, 20)))
rows = []
for x, n in round_cases:
    try:
        exp = "Ok(%s)" % bits(round(x, n))
    except OverflowError as e:
        exp = "Err(%s)" % rs("OverflowError: %s" % e)
    rows.append("(%s, %d, %s)" % (bits(x), n, exp))
table("ROUND_FLOAT", "(u64, i64, Result<u64, &str>)", rows)

rows = []
for x in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1e300, -1e20, 4503599627370497.0,
          3.7, -3.7, 0.0, -0.0, float("inf"), float("-inf"), NAN, 2.0**80 + 2.0**28, 5e-324]:
    o = outcome(lambda: str(round(x)))
    rows.append("(%s, %s)" % (bits(x), o))
table("ROUND_TO_INT", "(u64, Result<&str, &str>)", rows)

rows = []
for x in [0.5, 1.5, -2.5, 3.99, -3.99, 1e300, -1e20, 0.0, -0.0, float("inf"), float("-inf"),
          NAN, 2.0**80 + 2.0**28, 5e-324, 4503599627370497.0, 1.7976931348623157e308]:
    o = outcome(lambda: str(int(x)))
    rows.append("(%s, %s)" % (bits(x), o))
table("FLOAT_TO_INT", "(u64, Result<&str, &str>)", rows)

rows = []
for n in [0, 1, -1, 2**53, 2**53 + 1, 2**53 + 3, 2**54 + 2, 2**64 - 1, 2**64 + 1, -(2**70) - 1,
          2**1024 - 2**970, 2**1024 - 2**971, 2**1024 - 2**971 + 1, 2**1024, -(2**1024),
          10**308, 10**309, 3**500, 2**1023 + 2**970 + 1, (2**53 + 1) * 2**100,
          (2**53 + 1) * 2**100 + 1, 12345678901234567890123]:
    try:
        exp = "Some(%s)" % bits(float(n))
    except OverflowError:
        exp = "None"
    rows.append("(%s, %s)" % (rs(dec(n)), exp))
table("INT_TO_FLOAT", "(&str, Option<u64>)", rows)

# ---------------------------------------------------------------- hex
rows = []
for x in special_floats + repr_floats[100:300]:
    rows.append("(%s, %s)" % (bits(x), rs(x.hex())))
table("FLOAT_HEX", "(u64, &str)", rows)

fromhex_inputs = [
    "0x1.8p1", "0x1.8000000000000p+0", "-0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075",
    "0x3p-1076", "0x1p1023", "0x1p1024", "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023",
    "0x1.fffffffffffff7p1023", "0x.8p1", "0x1.", "0x.", "0x", "1", "1.5", "a", "-a.b",
    " 0x1p0 ", "\t0x1p-1\n", "0x1p", "0x1p+", "0x1pa", "inf", "-Infinity", "nan", "-nan",
    "0x0p0", "-0x0p0", "0x0p99999999999999999999", "0x1p-99999999999999999999",
    "0x1p99999999999999999999", "0x1.000000000000080000001p0", "0x1.00000000000008p0",
    "0x1.00000000000018p0", "0X1P0", "0x1_0p0", "0x1p0x", "0xg", "+0x1p0", "--0x1p0",
    "0x000000000001p0", "0x1.123456789abcdefp10", "0x1p-1022", "0x0.fffffffffffffp-1022",
    "0x0.fffffffffffff8p-1022", "0x1.ffffffffffffffffffffffffp-1023", "", " ", "0x1p0 x",
    "0x1.8p1\x00", "١", "0xA.Bp-3", "fffffffffffffffffp0", "0x1p-1074", "0x1.8p-1074",
    "0x1.80000000001p-1074", "0x1.4p-1073", "0x1.cp-1073",
]
rows = []
for s in fromhex_inputs:
    try:
        exp = "Ok(%s)" % bits(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        exp = "Err(%s)" % rs("%s: %s" % (type(e).__name__, e))
    rows.append("(%s, %s)" % (rs(s), exp))
for x in repr_floats[:400]:
    rows.append("(%s, Ok(%s))" % (rs(x.hex()), bits(float.fromhex(x.hex()))))
table("FLOAT_FROMHEX", "(&str, Result<u64, &str>)", rows)

rows = []
for n in [0, 1, -1, 5, -5, 255, -255, 2**64, -(2**100) + 3, 8, 15, 16]:
    for radix, fn in [(2, bin), (8, oct), (16, hex)]:
        rows.append("(%s, %d, %s)" % (rs(dec(n)), radix, rs(fn(n))))
table("INT_PREFIXED", "(&str, u32, &str)", rows)

TEMPLATE = r"""
#![allow(clippy::type_complexity)]

use num_bigint::BigInt;

use crate::format::*;

/// (prefix, repeated unit, repeat count, suffix, base, expected): keeps 5000-digit inputs out of the file.
type LimitedCase = (&'static str, &'static str, usize, &'static str, u32, Result<Option<&'static str>, &'static str>);

fn big(s: &str) -> BigInt {
    BigInt::parse_bytes(s.as_bytes(), 10).expect("test table int")
}

fn fl(bits: u64) -> f64 {
    f64::from_bits(bits)
}

fn show(r: Result<String, FormatError>) -> Result<String, String> {
    r.map_err(|e| e.to_string())
}

fn want(e: &Result<&str, &str>) -> Result<String, String> {
    e.map(str::to_string).map_err(str::to_string)
}

fn flags(s: &str) -> PrintfFlags {
    PrintfFlags {
        alternate: s.contains('#'),
        zero_pad: s.contains('0'),
        left_adjust: s.contains('-'),
        sign_plus: s.contains('+'),
        sign_space: s.contains(' '),
    }
}

fn report(name: &str, failures: &[String], total: usize) {
    if !failures.is_empty() {
        let shown: Vec<&str> = failures.iter().take(60).map(|s| s.as_str()).collect();
        panic!("{name}: {} of {total} cases differ from CPython:\n{}", failures.len(), shown.join("\n"));
    }
}

#[test]
fn float_repr_matches_cpython() {
    let mut fails = Vec::new();
    for &(b, exp) in FLOAT_REPR {
        let got = float_repr(fl(b));
        if got != exp {
            fails.push(format!("repr({:#018x}): got {got:?}, want {exp:?}", b));
        }
    }
    report("float_repr", &fails, FLOAT_REPR.len());
}

#[test]
fn format_float_matches_cpython() {
    let mut fails = Vec::new();
    for (b, spec, exp) in FORMAT_FLOAT {
        let got = show(format_float_spec(fl(*b), spec));
        if got != want(exp) {
            fails.push(format!("format({}, {spec:?}): got {got:?}, want {exp:?}", float_repr(fl(*b))));
        }
    }
    report("format_float", &fails, FORMAT_FLOAT.len());
}

#[test]
fn format_int_matches_cpython() {
    let mut fails = Vec::new();
    for (x, spec, exp) in FORMAT_INT {
        let got = show(format_int_spec(&big(x), spec));
        if got != want(exp) {
            let short = if x.len() > 30 { &x[..30] } else { x };
            fails.push(format!("format({short}, {spec:?}): got {got:?}, want {exp:?}"));
        }
    }
    report("format_int", &fails, FORMAT_INT.len());
}

#[test]
fn format_str_matches_cpython() {
    let mut fails = Vec::new();
    for (s, spec, exp) in FORMAT_STR {
        let got = show(format_str_spec(s, spec));
        if got != want(exp) {
            fails.push(format!("format({s:?}, {spec:?}): got {got:?}, want {exp:?}"));
        }
    }
    report("format_str", &fails, FORMAT_STR.len());
}

#[test]
fn format_complex_matches_cpython() {
    let mut fails = Vec::new();
    for (re, im, spec, exp) in FORMAT_COMPLEX {
        let got = show(format_complex_spec(fl(*re), fl(*im), spec));
        if got != want(exp) {
            fails.push(format!("format({}, {spec:?}): got {got:?}, want {exp:?}", complex_repr(fl(*re), fl(*im))));
        }
    }
    report("format_complex", &fails, FORMAT_COMPLEX.len());
}

#[test]
fn complex_repr_matches_cpython() {
    let mut fails = Vec::new();
    for &(re, im, exp) in COMPLEX_REPR {
        let got = complex_repr(fl(re), fl(im));
        if got != exp {
            fails.push(format!("repr(complex({:#x}, {:#x})): got {got:?}, want {exp:?}", re, im));
        }
    }
    report("complex_repr", &fails, COMPLEX_REPR.len());
}

#[test]
fn printf_float_matches_cpython() {
    let mut fails = Vec::new();
    for (b, conv, fl_s, w, p, exp) in PRINTF_FLOAT {
        let got = show(printf_float(fl(*b), *conv, *p, flags(fl_s), *w));
        if got != want(exp) {
            fails.push(format!("'%{fl_s}{w:?}.{p:?}{conv}' % {}: got {got:?}, want {exp:?}", float_repr(fl(*b))));
        }
    }
    report("printf_float", &fails, PRINTF_FLOAT.len());
}

#[test]
fn printf_int_matches_cpython() {
    let mut fails = Vec::new();
    for (x, conv, fl_s, w, p, exp) in PRINTF_INT {
        let got = show(printf_int(&big(x), *conv, *p, flags(fl_s), *w));
        if got != want(exp) {
            let short = if x.len() > 30 { &x[..30] } else { x };
            fails.push(format!("'%{fl_s}{w:?}.{p:?}{conv}' % {short}: got {got:?}, want {exp:?}"));
        }
    }
    report("printf_int", &fails, PRINTF_INT.len());
}

#[test]
fn pad_printf_matches_cpython() {
    let mut fails = Vec::new();
    for (s, fl_s, w, p, exp) in PAD_PRINTF {
        let got = show(pad_printf(s, *p, flags(fl_s), *w));
        if got != want(exp) {
            fails.push(format!("'%{fl_s}{w:?}.{p:?}s' % {s:?}: got {got:?}, want {exp:?}"));
        }
    }
    report("pad_printf", &fails, PAD_PRINTF.len());
}

#[test]
fn parse_float_matches_cpython() {
    let mut fails = Vec::new();
    for &(s, exp) in PARSE_FLOAT {
        let got = parse_float(s).map(f64::to_bits);
        if got != exp {
            fails.push(format!("float({s:?}): got {got:x?}, want {exp:x?}"));
        }
    }
    report("parse_float", &fails, PARSE_FLOAT.len());
}

#[test]
fn parse_complex_matches_cpython() {
    let mut fails = Vec::new();
    for &(s, exp) in PARSE_COMPLEX {
        let got = parse_complex(s).map(|(re, im)| (re.to_bits(), im.to_bits()));
        if got != exp {
            fails.push(format!("complex({s:?}): got {got:x?}, want {exp:x?}"));
        }
    }
    report("parse_complex", &fails, PARSE_COMPLEX.len());
}

#[test]
fn parse_int_matches_cpython() {
    let mut fails = Vec::new();
    for &(s, base, exp) in PARSE_INT {
        let got = parse_int(s, base).map(|v| v.to_string());
        if got.as_deref() != exp {
            fails.push(format!("int({s:?}, {base}): got {got:?}, want {exp:?}"));
        }
    }
    report("parse_int", &fails, PARSE_INT.len());
}

#[test]
fn parse_int_limited_matches_cpython() {
    let mut fails = Vec::new();
    for (pre, unit, count, suf, base, exp) in PARSE_INT_LIMITED {
        let s = format!("{pre}{}{suf}", unit.repeat(*count));
        let got = parse_int_limited(&s, *base, DEFAULT_INT_MAX_STR_DIGITS)
            .map(|v| v.map(|v| v.to_string().chars().take(40).collect::<String>()))
            .map_err(|e| e.to_string());
        let exp = exp.map(|o| o.map(str::to_string)).map_err(str::to_string);
        if got != exp {
            fails.push(format!("int({}..., {base}): got {got:?}, want {exp:?}", &s[..10.min(s.len())]));
        }
    }
    report("parse_int_limited", &fails, PARSE_INT_LIMITED.len());
}

#[test]
fn round_float_matches_cpython() {
    let mut fails = Vec::new();
    for (b, n, exp) in ROUND_FLOAT {
        let got = round_float(fl(*b), *n).map(f64::to_bits).map_err(|e| e.to_string());
        let exp = exp.map_err(str::to_string);
        if got != exp {
            fails.push(format!("round({}, {n}): got {got:x?}, want {exp:x?}", float_repr(fl(*b))));
        }
    }
    report("round_float", &fails, ROUND_FLOAT.len());
}

#[test]
fn round_float_to_int_matches_cpython() {
    let mut fails = Vec::new();
    for (b, exp) in ROUND_TO_INT {
        let got = round_float_to_int(fl(*b)).map(|v| v.to_string()).map_err(|e| e.to_string());
        if got != want(exp) {
            fails.push(format!("round({}): got {got:?}, want {exp:?}", float_repr(fl(*b))));
        }
    }
    report("round_float_to_int", &fails, ROUND_TO_INT.len());
}

#[test]
fn float_to_bigint_matches_cpython() {
    let mut fails = Vec::new();
    for (b, exp) in FLOAT_TO_INT {
        let got = float_to_bigint(fl(*b)).map(|v| v.to_string()).map_err(|e| e.to_string());
        if got != want(exp) {
            fails.push(format!("int({}): got {got:?}, want {exp:?}", float_repr(fl(*b))));
        }
    }
    report("float_to_bigint", &fails, FLOAT_TO_INT.len());
}

#[test]
fn bigint_to_f64_matches_cpython() {
    let mut fails = Vec::new();
    for &(x, exp) in INT_TO_FLOAT {
        let got = bigint_to_f64(&big(x)).map(f64::to_bits);
        if got != exp {
            fails.push(format!("float({}...): got {got:x?}, want {exp:x?}", &x[..x.len().min(20)]));
        }
    }
    report("bigint_to_f64", &fails, INT_TO_FLOAT.len());
}

#[test]
fn float_hex_matches_cpython() {
    let mut fails = Vec::new();
    for &(b, exp) in FLOAT_HEX {
        let got = float_hex(fl(b));
        if got != exp {
            fails.push(format!("({}).hex(): got {got:?}, want {exp:?}", float_repr(fl(b))));
        }
    }
    report("float_hex", &fails, FLOAT_HEX.len());
}

#[test]
fn float_fromhex_matches_cpython() {
    let mut fails = Vec::new();
    for (s, exp) in FLOAT_FROMHEX {
        let got = float_fromhex(s).map(f64::to_bits).map_err(|e| e.to_string());
        let exp = exp.map_err(str::to_string);
        if got != exp {
            fails.push(format!("float.fromhex({s:?}): got {got:x?}, want {exp:x?}"));
        }
    }
    report("float_fromhex", &fails, FLOAT_FROMHEX.len());
}

#[test]
fn int_to_prefixed_matches_cpython() {
    let mut fails = Vec::new();
    for &(x, radix, exp) in INT_PREFIXED {
        let got = int_to_prefixed(&big(x), radix);
        if got != exp {
            fails.push(format!("base {radix} of {x}: got {got:?}, want {exp:?}"));
        }
    }
    report("int_to_prefixed", &fails, INT_PREFIXED.len());
}

// ---- hand-written checks of API details the tables cannot express ----

#[test]
fn parse_format_spec_fields() {
    let s = parse_format_spec("*^+z#012,.3f", "float").unwrap();
    assert_eq!(s.fill, '*');
    assert!(s.fill_specified);
    assert_eq!(s.align, Some(Align::Center));
    assert_eq!(s.sign, Some(Sign::Plus));
    assert!(s.no_neg_0 && s.alternate);
    assert!(!s.zero_pad, "an explicit fill turns the '0' into part of the width");
    assert_eq!(s.width, Some(12));
    assert_eq!(s.grouping, Some(Grouping::Comma));
    assert_eq!(s.precision, Some(3));
    assert_eq!(s.ty, Some('f'));
    let z = parse_format_spec("010_", "int").unwrap();
    assert!(z.zero_pad && z.fill == '0' && z.align.is_none());
    assert_eq!((z.width, z.grouping), (Some(10), Some(Grouping::Underscore)));
    assert_eq!(parse_format_spec("", "int").unwrap(), FormatSpec::default());
}

#[test]
fn type_names_appear_in_messages() {
    let spec = parse_format_spec("q", "bool").unwrap();
    assert_eq!(
        format_int(&big("1"), &spec, "bool").unwrap_err().to_string(),
        "ValueError: Unknown format code 'q' for object of type 'bool'"
    );
    assert_eq!(
        parse_format_spec("abc", "MyFloat").unwrap_err(),
        FormatError::ValueError("Invalid format specifier 'abc' for object of type 'MyFloat'".into())
    );
}

#[test]
fn huge_sizes_are_errors_not_allocations() {
    let big_width = format!("{}", MAX_OUTPUT_CHARS + 1);
    assert_eq!(format_float_spec(1.5, &big_width).unwrap_err().type_name(), "MemoryError");
    assert_eq!(format_str_spec("a", &big_width).unwrap_err().type_name(), "MemoryError");
    assert_eq!(format_int_spec(&big("1"), &big_width).unwrap_err().type_name(), "MemoryError");
    // 'g' strips zeros, so a huge precision is cheap, as in CPython.
    assert_eq!(format_float_spec(1.5, ".2000000000g").unwrap(), "1.5");
    assert_eq!(format_float_spec(1.5, ".2000000000f").unwrap_err().type_name(), "MemoryError");
    let flags = PrintfFlags::default();
    assert_eq!(printf_float(1.5, 'f', Some(1 << 30), flags, None).unwrap_err().type_name(), "MemoryError");
    assert_eq!(printf_int(&big("1"), 'd', None, flags, Some(1 << 30)).unwrap_err().type_name(), "MemoryError");
    assert_eq!(
        printf_int(&big("1"), 'd', Some(i32::MAX as usize), flags, None).unwrap_err().to_string(),
        "OverflowError: precision too large"
    );
}

#[test]
fn double_to_string_codes() {
    let f = DtsFlags::default();
    assert_eq!(double_to_string(0.1, 'r', 0, f).unwrap(), "0.1");
    assert_eq!(double_to_string(1e16, 'r', 0, DtsFlags { add_dot_0: true, ..f }).unwrap(), "1e+16");
    assert_eq!(double_to_string(1.0, 'r', 0, DtsFlags { add_dot_0: true, ..f }).unwrap(), "1.0");
    assert_eq!(double_to_string(-2.0, 'e', 2, DtsFlags { sign: true, ..f }).unwrap(), "-2.00e+00");
    assert_eq!(double_to_string(2.0, 'G', 3, DtsFlags { sign: true, alt: true, ..f }).unwrap(), "+2.00");
    assert!(double_to_string(2.0, 'q', 3, f).is_err());
}

#[test]
fn int_str_digit_limit_is_configurable() {
    // The default applies (tests never change the global, which is shared).
    assert_eq!(int_max_str_digits(), DEFAULT_INT_MAX_STR_DIGITS);
    let n = BigInt::from(10u32).pow(4300u32);
    assert!(int_to_str_radix(&n, 10).is_err());
    assert_eq!(int_to_str_radix(&(n - 1u32), 10).unwrap().len(), 4300);
    assert_eq!(int_to_str_radix(&big("-255"), 16).unwrap(), "-ff");
}

#[test]
fn unicode_helpers() {
    assert_eq!(decimal_value('٣'), Some(3));
    assert_eq!(decimal_value('7'), Some(7));
    assert_eq!(decimal_value('x'), None);
    assert_eq!(decimal_value('²'), None, "superscripts are digits but not decimals");
    assert!(is_unicode_space('\u{3000}') && is_unicode_space('\x1c') && !is_unicode_space('\u{200b}'));
}
"""

total = sum(count.values())
print("//! Tests for the format module: tables generated by gen_tests.py from CPython 3.11.")
print("//!")
print("//! Regenerate with `python3 gen_tests.py > tests.rs` (%d table cases)." % total)
print(TEMPLATE)
print("\n".join(lines))
for k, v in count.items():
    print(f"{k}: {v}", file=sys.stderr)
print("total", total, file=sys.stderr)
