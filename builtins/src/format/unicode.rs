//! Unicode tables (from CPython 3.11's unicodedata) for digits and whitespace in numeric text.

/// Code points of every Unicode decimal digit zero (category Nd); each starts a run of ten.
/// Generated from `unicodedata.decimal` of CPython 3.11 (Unicode 14.0).
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// Non-ASCII code points for which `str.isspace()` is true in CPython 3.11.
const NON_ASCII_SPACES: [u32; 19] = [
    0x85, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
    0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
];

/// Like `Py_UNICODE_TODECIMAL`: the value of a Unicode decimal digit, or None.
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - '0' as u32);
    }
    if cp < 0x80 {
        return None;
    }
    // DECIMAL_ZEROS is sorted: find the last zero <= cp.
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    if idx == 0 {
        return None;
    }
    let zero = DECIMAL_ZEROS[idx - 1];
    if cp - zero < 10 {
        Some(cp - zero)
    } else {
        None
    }
}

/// Like `Py_UNICODE_ISSPACE`: `str.isspace()` for one character.
pub fn is_unicode_space(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        // ASCII: \t \n \v \f \r, the separators \x1c-\x1f, and space.
        matches!(cp, 0x09..=0x0D | 0x1C..=0x1F | 0x20)
    } else {
        NON_ASCII_SPACES.binary_search(&cp).is_ok()
    }
}

/// Like `Py_ISSPACE`: the C-locale ASCII whitespace " \t\n\v\f\r".
pub fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// Like `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII whitespace becomes ' ',
/// non-ASCII decimal digits become their ASCII digit. Returns None when some other
/// non-ASCII character (or DEL) is present, in which case CPython's parse always fails.
pub fn transform_decimal_and_space_to_ascii(s: &str) -> Option<Vec<u8>> {
    if s.is_ascii() {
        return Some(s.as_bytes().to_vec());
    }
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 127 {
            out.push(cp as u8);
        } else if is_unicode_space(c) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            return None;
        }
    }
    Some(out)
}
