//! Pathological input: truncated, mutated and deeply nested sources must all give a result (mostly an error), never a panic or a stack overflow.

use bumpalo::Bump;
use taipan_compiler::{parse, symtable, Mode, SyntaxErrorKind};

/// Parses (and, if that works, builds the symbol table of) `source` in
/// every mode; returns the exec-mode error kind, if any.
fn front_end(source: &str) -> Option<SyntaxErrorKind> {
    let mut exec_result = None;
    for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
        let arena = Bump::new();
        let result = parse(&arena, source, mode, "<fuzz>").and_then(|ast| symtable::build(&ast));
        if mode == Mode::Exec {
            exec_result = result.err().map(|e| e.kind);
        }
    }
    exec_result
}

/// Runs `f` on a thread with the stack of a typical main thread (8 MiB):
/// the front end must fit in it for every input.
fn on_main_sized_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e));
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const CORPUS: &str = r#"
import os, sys as system
from . import a, b
from ..pkg.mod import (x as y, z,)

@decorator(arg=1)
class C(Base, metaclass=Meta):
    """Doc."""
    attr: int = 0
    def method(self, a, /, b=2, *args, c, d=4, **kw) -> "C":
        global g
        x = [i ** 2 for i in range(10) if i % 2 if i > 3]
        y = {k: v for k, v in zip(a, b)}
        z = {*x, *y}
        w = (yield from gen())
        async def inner():
            async with ctx() as (p, q):
                async for r in aiter():
                    await r
        try:
            raise ValueError("bad") from None
        except (TypeError, ValueError) as e:
            pass
        except* OSError:
            pass
        else:
            pass
        finally:
            del x[0], y.attr
        while True:
            if a: break
            elif b: continue
            else: return lambda q, *, r=1: q + r
        for i, (j, *k) in enumerate(l):
            assert i, f"{i!r:>{width}} {j=} {{}} {k[0]:.2f}"
        match command.split():
            case [action]:
                pass
            case [action, obj] if obj:
                pass
            case Point(x=0, y=0) | {"k": [1, 2, *rest], **others}:
                pass
            case _:
                pass
        s = 'single' "double" '''triple''' r'\raw' b'\x00bytes' rb"\d"
        n = 0x_ff + 0o17 + 0b1010 + 1_000.5e-3 + 3j + 12345678901234567890
        t = a if b else c; u = not a and b or c
        v = a[1:2, ::3, ...] @ b
        return x, *y
"#;

#[test]
fn truncated_sources() {
    on_main_sized_stack(|| {
        let mut boundaries: Vec<usize> = CORPUS.char_indices().map(|(i, _)| i).collect();
        boundaries.push(CORPUS.len());
        for &end in &boundaries {
            front_end(&CORPUS[..end]);
            front_end(&CORPUS[end..]);
        }
    });
}

#[test]
fn mutated_sources() {
    on_main_sized_stack(|| {
        let alphabet: Vec<char> =
            "()[]{}:;,.=+-*/%@&|^~<>!'\"\\#\n\t \r\x0cabcxyz019_fbrjeEoO€é\u{200b}\u{feff}"
                .chars()
                .chain(
                    [
                        "if ", "else", "lambda", "for ", " in ", "not", "yield", "await", "async",
                        "def", "class", "match", "case", "f'", "{", "}", "**", ":=", "->", "...",
                        "    ",
                    ]
                    .iter()
                    .flat_map(|s| s.chars()),
                )
                .collect();
        let base: Vec<char> = CORPUS.chars().collect();
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for _ in 0..3000 {
            let mut text = base.clone();
            for _ in 0..1 + rng.below(4) {
                let at = rng.below(text.len() + 1);
                match rng.below(3) {
                    0 => text.insert(at, alphabet[rng.below(alphabet.len())]),
                    1 if at < text.len() => {
                        text.remove(at);
                    }
                    _ if at < text.len() => text[at] = alphabet[rng.below(alphabet.len())],
                    _ => {}
                }
            }
            let source: String = text.into_iter().collect();
            front_end(&source);
        }
        // Token soup.
        let words = [
            "(", ")", "[", "]", "{", "}", ":", ",", "=", "+", "*", "**", "lambda", "if", "else",
            "for", "in", "x", "1", "'s'", "f'{x}'", "\n", "    ", "def", "class", "yield", "not",
            "match", "case", "_", "await", "async", "with", "as", "try", "except", "finally", "@",
            ".", "...", ":=", "->", "import", "from", "del", "global", "return", ";", "\\\n",
        ];
        for _ in 0..3000 {
            let n = rng.below(40);
            let source: String = (0..n)
                .map(|_| format!("{} ", words[rng.below(words.len())]))
                .collect();
            front_end(&source);
        }
    });
}

/// Deeply nested sources: CPython's outcome for each, with its limits.
#[test]
fn deep_nesting() {
    on_main_sized_stack(|| {
        for n in [10usize, 100, 199, 200, 201, 1000, 5000, 100_000] {
            let cases: Vec<String> = vec![
                "(".repeat(n) + &")".repeat(n),
                "[".repeat(n) + &"]".repeat(n),
                "{".repeat(n) + &"}".repeat(n),
                "(".repeat(n),
                "-".repeat(n) + "1",
                "not ".repeat(n) + "x",
                "~+-".repeat(n) + "x",
                "lambda:".repeat(n) + "1",
                "a if b else ".repeat(n) + "c",
                vec!["1"; n].join("+"),
                vec!["2"; n].join("**"),
                vec!["a"; n].join(" and "),
                vec!["a"; n].join(" < "),
                "x".to_owned() + &".y".repeat(n),
                "f".to_owned() + &"()".repeat(n),
                "x".to_owned() + &"[0]".repeat(n),
                "*".repeat(n) + "a, = b",
                "await ".repeat(n) + "x",
                "del ".to_owned() + &"(".repeat(n) + "x" + &")".repeat(n),
                (0..n.min(300))
                    .map(|i| " ".repeat(i) + "if x:\n")
                    .collect::<String>()
                    + &" ".repeat(n.min(300))
                    + "pass\n",
                (0..n.min(300))
                    .map(|i| " ".repeat(i) + "def f():\n")
                    .collect::<String>()
                    + &" ".repeat(n.min(300))
                    + "pass\n",
                "x = ".to_owned() + &"[".repeat(n.min(150)) + &"]".repeat(n.min(150)),
                "f'{".repeat(n.min(50)) + "x" + &"}'".repeat(n.min(50)),
                "@d\n".repeat(n) + "def f(): pass\n",
                "x = 1\n".repeat(n),
                "x = [\n".to_owned() + &"1,\n".repeat(n) + "]\n",
                "if x:\n    pass\n".to_owned() + &"elif x:\n    pass\n".repeat(n),
                "for x in y: ".to_owned() + &"x; ".repeat(n),
                "lambda x=".repeat(n.min(2000)) + "1" + &":1".repeat(n.min(2000)),
            ];
            for source in &cases {
                front_end(source);
            }
        }
    });
}

/// Depth limits give CPython's exception types.
#[test]
fn depth_limits_match_cpython() {
    on_main_sized_stack(|| {
        let memory = Some(SyntaxErrorKind::MemoryError);
        let recursion = Some(SyntaxErrorKind::RecursionError);
        let syntax = Some(SyntaxErrorKind::SyntaxError);
        let indentation = Some(SyntaxErrorKind::IndentationError);
        let cases: Vec<(String, Option<SyntaxErrorKind>)> = vec![
            ("-".repeat(100_000) + "1", memory),
            ("-".repeat(1000) + "1", None),
            ("-".repeat(5000) + "1", recursion),
            ("not ".repeat(1000) + "x", None),
            ("lambda:".repeat(3000) + "1", memory),
            ("lambda:".repeat(100) + "1", None),
            ("x".to_owned() + &".y".repeat(1000), None),
            ("x".to_owned() + &".y".repeat(5000), recursion),
            (vec!["1"; 1000].join("+"), None),
            (vec!["1"; 100_000].join("+"), recursion),
            ("[".repeat(1000) + &"]".repeat(1000), syntax),
            ("(".repeat(199) + &")".repeat(199), None),
            ("x = ".to_owned() + &"(".repeat(201), syntax),
            (
                (0..100)
                    .map(|i| " ".repeat(i) + "if x:\n")
                    .collect::<String>()
                    + &" ".repeat(100)
                    + "pass\n",
                indentation,
            ),
            (
                (0..50)
                    .map(|i| " ".repeat(i) + "if x:\n")
                    .collect::<String>()
                    + &" ".repeat(50)
                    + "pass\n",
                None,
            ),
        ];
        for (source, want) in cases {
            let got = front_end(&source);
            assert_eq!(
                got,
                want,
                "source starting {:?}",
                &source[..source.len().min(40)]
            );
        }
    });
}
