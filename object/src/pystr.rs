//! The data of a `str` object: UTF-8 text with its length in code points and a cached hash.

use std::cell::Cell;

/// A Python `str`. Stored as UTF-8; `char_len` makes `len()` O(1) and lets
/// ASCII strings (the common case) index in O(1).
pub struct PyStr {
    s: Box<str>,
    char_len: usize,
    hash: Cell<i64>,
    /// For non-ASCII text, the byte offset of every 64th code point, built on
    /// the first indexed access so that `s[i]` stays O(1) amortised.
    offsets: std::cell::OnceCell<Box<[u32]>>,
}

const OFFSET_STRIDE: usize = 64;

const HASH_UNSET: i64 = -1;

impl PyStr {
    pub fn new(s: impl Into<Box<str>>) -> PyStr {
        let s = s.into();
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            char_len,
            hash: Cell::new(HASH_UNSET),
            offsets: std::cell::OnceCell::new(),
        }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }
    /// The code point at `index` (already normalised to 0..len).
    pub fn char_at(&self, index: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(index).map(|&b| b as char)
        } else if index >= self.char_len {
            None
        } else {
            self.s[self.byte_offset(index)..].chars().next()
        }
    }
    /// Byte offset of code point `index` (index may equal len).
    pub fn byte_offset(&self, index: usize) -> usize {
        if self.is_ascii() {
            return index.min(self.s.len());
        }
        if index >= self.char_len {
            return self.s.len();
        }
        let bytes = self.s.as_bytes();
        let (mut pos, mut remaining) = if self.char_len <= 2 * OFFSET_STRIDE {
            (0, index)
        } else {
            let table = self.offsets.get_or_init(|| {
                self.s
                    .char_indices()
                    .step_by(OFFSET_STRIDE)
                    .map(|(b, _)| b as u32)
                    .collect()
            });
            (table[index / OFFSET_STRIDE] as usize, index % OFFSET_STRIDE)
        };
        while remaining > 0 {
            pos += 1;
            while pos < bytes.len() && (bytes[pos] as i8) < -0x40 {
                pos += 1;
            }
            remaining -= 1;
        }
        pos
    }
    /// Substring by code point range.
    pub fn slice_chars(&self, start: usize, stop: usize) -> &str {
        if start >= stop {
            return "";
        }
        let a = self.byte_offset(start);
        let b = self.byte_offset(stop);
        &self.s[a..b]
    }
    /// Like `unicode_hash`: a string hash that is never -1. CPython randomises
    /// string hashes per process, so any good hash is faithful.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != HASH_UNSET {
            return h;
        }
        let h = hash_bytes(self.s.as_bytes());
        self.hash.set(h);
        h
    }
}

/// FNV-1a with a final avalanche; never returns -1. A `const fn`, so the
/// hashes of names known at compile time (dunders) cost nothing at run time.
pub const fn hash_bytes(bytes: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `ascii()`'s escaping of a repr: non-ASCII code points become `\xNN`,
/// `\uNNNN` or `\UNNNNNNNN`.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::PyStr;

    #[test]
    fn byte_offsets_agree_with_char_indices() {
        let text: String = (0..1000).map(|i| ['a', 'é', '中', '😀'][i % 4]).collect();
        let s = PyStr::new(text.as_str());
        let expected: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        for (i, b) in expected.iter().enumerate() {
            assert_eq!(s.byte_offset(i), *b, "index {i}");
            assert_eq!(s.char_at(i), text[*b..].chars().next());
        }
        assert_eq!(s.byte_offset(1000), text.len());
        assert_eq!(s.char_at(1000), None);
    }
}
