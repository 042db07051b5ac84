//! Hostile input: hundreds of malformed and pathological programs, each of
//! which must end in a Python exception (exit status 1, a `SomethingError: ...`
//! or `SomethingError` last line on stderr) and never in a Rust panic, abort or
//! stack overflow.

use std::io::Write;
use std::process::{Command, Stdio};

/// Programs that are wrong by construction.
fn handwritten() -> Vec<String> {
    let mut v: Vec<String> = [
        "(",
        ")",
        "[",
        "]]",
        "{",
        "}",
        "def",
        "def f(:",
        "class",
        "class C(:",
        "if",
        "if x",
        "if x:",
        "while:",
        "for x in:",
        "for in y: pass",
        "x = ",
        "= 1",
        "x +",
        "1 +* 2",
        "lambda",
        "lambda:",
        "return",
        "yield",
        "break",
        "continue",
        "import",
        "from x import",
        "from . import",
        "try:",
        "try:\n    pass",
        "except:",
        "finally:",
        "with",
        "with x as:",
        "@",
        "@dec",
        "@dec\nx = 1",
        "'abc",
        "\"abc",
        "'''abc",
        "b'\\xff",
        "f'{'",
        "f'{}'",
        "f'{x!z}'",
        "f'{x:{y:{z:{w}}}}'",
        "0x",
        "0b2",
        "0o9",
        "1__0",
        "1_",
        "1e",
        "1.2.3",
        "09",
        "1if 1else 2",
        "x = [1, 2",
        "print('a' 'b' c)",
        "a b",
        "a = 1 = 2",
        "1 = a",
        "f() = 1",
        "del 1",
        "del f()",
        "(a, b) += 1",
        "[x for x in]",
        "{x: for x in y}",
        "{**}",
        "*a",
        "*a = 1",
        "a, *b, *c = d",
        "print(*)",
        "f(**)",
        "f(a=1, a=2)",
        "f(a=1, 2)",
        "def f(a=1, b): pass",
        "def f(a, a): pass",
        "def f(*): pass",
        "def f(**k, a): pass",
        "nonlocal x",
        "def f():\n    global x\n    x = 1\n    global x",
        "def f(x):\n    global x",
        "class C:\n    return 1",
        "async def f(): await",
        "  x = 1",
        "if 1:\nx = 2",
        "if 1:\n        x = 1\n    y = 2",
        "\tif 1:\n  \tx",
        "x = 1\n  y = 2",
        "\u{20ac} = 1",
        "x = $",
        "x = `1`",
        "print 'hello'",
        "exec 'x'",
        "a ? b : c",
        "a && b",
        "a || b",
        "!a",
        "i++",
        "x = 1;;",
        "def f():\n",
        "class C:\n",
        "for x in y:\n",
        "x = (1,\n 2,\n",
        "x = [\n",
        "'''\n",
        "\\",
        "x = 1 \\",
        "x = \\ 1",
        "\u{0}",
        "x = '\u{0}'",
        "#",
        "\n\n\n(",
        "else: pass",
        "elif x: pass",
        "x = yield = 1",
        "assert",
        "raise from x",
        "global",
        "import a.",
        "import .a",
        "from a import (b",
        "from a import b,",
        "with open(x) as f, :",
        "match",
        "case 1:",
        "print(f'{1+}')",
        "x: = 1",
        "x: int = ",
        "def f() -> : pass",
        "lambda x=: x",
        "(yield)",
        "await x",
        "[*a for a in b]",
        "{a: b for a, b in}",
        "a if b",
        "a if b else",
        "not",
        "a is not not b",
        "a not b",
        "1 < < 2",
        "x = 1 if 2 else 3 if",
        "@ x\ndef",
        "class C(metaclass=):",
        "print(end=)",
        "f(x for x in y, 1)",
        "def f(*, **k): pass",
        "def f(a, /, b, /): pass",
        "def f(/, a): pass",
        "x = {1: 2, 3}",
        "x = {1, 2: 3}",
        "return 1",
        "yield 1",
        "await 1",
        "x = 5 ** ** 2",
        "a.1",
        "a..b",
        "a[1",
        "a(1",
        "a{1}",
        "x = []]",
        "((((",
        "))))",
        "'\\N{NOT A NAME}'",
        "'\\x4'",
        "b'\u{e9}'",
        "u'a' b'b'",
        "rb'\\",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    // Pathological nesting and sizes.
    v.push(format!(
        "x = {}1{}",
        "(".repeat(100_000),
        ")".repeat(100_000)
    ));
    v.push(format!("x = {}1", "-".repeat(100_000)));
    v.push(format!("x = {}1", "not ".repeat(50_000)));
    v.push(format!("x = {}{}", "[".repeat(50_000), "]".repeat(50_000)));
    v.push(format!("x = {}", "{1: ".repeat(20_000)));
    v.push(format!("x = 1{}", " + 1".repeat(200_000)));
    v.push(format!("x = {}", "a.".repeat(100_000) + "b"));
    v.push(format!("x = f{}", "()".repeat(100_000)));
    v.push(format!("x = a{}", "[0]".repeat(100_000)));
    v.push({
        let mut s = String::new();
        for i in 0..200 {
            s.push_str(&" ".repeat(i));
            s.push_str("if True:\n");
        }
        s.push_str(&" ".repeat(200));
        s.push_str("pass\n");
        s
    });
    v.push({
        let mut s = String::new();
        for i in 0..150 {
            s.push_str(&"    ".repeat(i));
            s.push_str(&format!("def f{i}():\n"));
        }
        s.push_str(&"    ".repeat(150));
        s.push_str("return 1\n");
        s
    });
    v.push("x = '".to_string() + &"a".repeat(1_000_000));
    // Runtime errors that must surface as exceptions.
    v.extend(
        [
            "def f(): return f()\nf()",
            "class A:\n    def __repr__(self): return repr(self)\nrepr(A())",
            "class A:\n    def __eq__(self, o): return self == o\nA() == A()",
            "class A:\n    def __getattr__(self, n): return self.x\nA().y",
            "class A:\n    def __init__(self): A()\nA()",
            "sorted([1, 2, 3], key=lambda x: sorted([x], key=lambda y: 1/0))",
            "import sys\nsys.setrecursionlimit(10**6)\ndef f(n): return f(n + 1)\nf(0)",
            "import sys\nsys.setrecursionlimit(10**6)\nclass A:\n    def __repr__(self): return repr(A())\nrepr(A())",
            "l = []\nl.append(l)\nraise ValueError(str(l) * 0 + 'x')",
            "x = [0] * (10**18)",
            "x = 'a' * (10**18)",
            "x = 1 / 0",
            "x = 1 // 0",
            "x = 1 % 0",
            "x = int('x' * 10000)",
            "x = float('nope')",
            "x = [][0]",
            "x = {}[1]",
            "x = None + 1",
            "x = undefined",
            "x = (1).nope",
            "x = 1()",
            "x = iter(1)",
            "x, y = 1, 2, 3",
            "x, y = [1]",
            "def f(a): pass\nf()",
            "def f(a): pass\nf(1, 2)",
            "def f(a): pass\nf(b=1)",
            "def f(*, a): pass\nf(1)",
            "class A(int, str): pass",
            "class A: pass\nclass B(A, A): pass",
            "class A: pass\nclass B(A): pass\nclass C(A, B): pass",
            "raise 1",
            "raise TypeError from 1",
            "assert False, 'boom'",
            "def g():\n    yield 1\n    raise StopIteration\nlist(g())",
            "g = (x for x in [1])\nnext(g)\nnext(g)",
            "hash([])",
            "{[]: 1}",
            "set([[]])",
            "ord('ab')",
            "chr(-1)",
            "'a' + 1",
            "1 + 'a'",
            "[1] < 'a'",
            "min([])",
            "max(())",
            "next(iter([]))",
            "int('12', 1)",
            "int('12', 37)",
            "'{}'.format()",
            "'%d' % 'a'",
            "'%s %s' % (1,)",
            "format(1, 'q')",
            "round(1.5, 'a')",
            "list(1)",
            "dict([1])",
            "bytes(-1)",
            "range(1, 2, 0)",
            "slice(1)[0]",
            "exec('(')",
            "eval('1 +')",
            "compile('x', 'f', 'nope')",
            "import does_not_exist",
            "from sys import nope",
            "super()",
            "object.__new__(int)",
            "type('A', (1,), {})",
            "type(1, 2)",
            "getattr(1, 2)",
            "setattr(1, 'x', 2)",
            "del undefined_name",
            "def f():\n    x\n    x = 1\nf()",
            "type.__dict__['__name__'].__get__(5)",
            "type.__dict__['__mro__'].__get__('s')",
            "object.__dict__['__class__'].__set__(1, int)",
            "import types\ntypes.FunctionType.__dict__['__code__'].__get__(1)",
            "(lambda: 0).__class__.__dict__['__defaults__'].__set__(len, ())",
            "BaseException.__dict__['args'].__get__(3)",
            "int.__dict__['real'].__get__('x')",
            "def f():\n    def g(): return y\n    g()\n    y = 1\nf()",
        ]
        .iter()
        .map(|s| s.to_string()),
    );
    v
}

/// Mutations of valid programs: truncations at many points, and lines swapped.
fn mutations() -> Vec<String> {
    let base = [
        "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(10))\n",
        "class Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n    def __repr__(self):\n        return f'Point({self.x}, {self.y})'\nprint([Point(i, i * i) for i in range(3)])\n",
        "try:\n    d = {'a': [1, 2, {'b': (3, 4)}]}\n    print(d['a'][2]['b'][1])\nexcept (KeyError, IndexError) as e:\n    print('err', e)\nfinally:\n    print('done')\n",
        "def gen():\n    total = yield 1\n    while total < 10:\n        total += yield total\ng = gen()\nprint(next(g), g.send(3), g.send(4))\n",
        "with open('x') as f:\n    for line in f:\n        print(line.strip().split(',', 1))\n",
    ];
    let mut out = Vec::new();
    for src in base {
        let bytes: Vec<char> = src.chars().collect();
        let mut i = 1;
        while i < bytes.len() {
            // Cut right after an opening bracket or in the middle of a token.
            let cut: String = bytes[..i].iter().collect();
            if !cut.trim().is_empty() && !cut.ends_with('\n') {
                out.push(cut);
            }
            i += 7;
        }
        let lines: Vec<&str> = src.lines().collect();
        for j in 1..lines.len() {
            let mut l = lines.clone();
            l.swap(j - 1, j);
            out.push(l.join("\n"));
        }
    }
    out
}

#[test]
fn malformed_and_pathological_sources_end_in_python_exceptions() {
    let mut cases = handwritten();
    cases.extend(mutations());
    assert!(cases.len() >= 300, "only {} cases", cases.len());
    let dir = std::env::temp_dir().join(format!("taipan-bad-input-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut failures = Vec::new();
    let queue = std::sync::Mutex::new(cases.iter().enumerate().collect::<Vec<_>>());
    let results = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let next = queue.lock().expect("queue").pop();
                let Some((i, src)) = next else { break };
                let path = dir.join(format!("case{i}.py"));
                let mut f = std::fs::File::create(&path).expect("write case");
                f.write_all(src.as_bytes()).expect("write case");
                drop(f);
                let out = Command::new(env!("CARGO_BIN_EXE_taipan"))
                    .arg(&path)
                    .current_dir(&dir)
                    .stdin(Stdio::null())
                    .output()
                    .expect("run taipan");
                results.lock().expect("results").push((i, out));
            });
        }
    });
    let mut results = results.into_inner().expect("results");
    results.sort_by_key(|r| r.0);
    let mut exceptions = 0;
    for (i, out) in results {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let code = out.status.code();
        let panicked =
            stderr.contains("panicked") || stderr.contains("stack overflow") || code.is_none();
        // The exception line is the last one, or near it when the message has
        // line breaks (CPython's MRO error does).
        let is_exception = stderr.lines().rev().take(3).any(|l| {
            l.split(':').next().is_some_and(|name| {
                !name.starts_with(' ')
                    && (name.ends_with("Error")
                        || name.ends_with("Exception")
                        || name.ends_with("Exit")
                        || name == "StopIteration")
            })
        });
        let ok_exit = match code {
            Some(1) => is_exception,
            // Some mutations are still valid programs.
            Some(0) => true,
            _ => false,
        };
        if code == Some(1) && is_exception {
            exceptions += 1;
        }
        if panicked || !ok_exit {
            let src: String = cases[i].chars().take(120).collect();
            failures.push(format!(
                "case {i} {src:?}: exit {code:?}, stderr tail {:?}",
                stderr.lines().rev().take(3).collect::<Vec<_>>()
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        failures.is_empty(),
        "{} of {} cases did not end in a Python exception:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    assert!(
        exceptions >= 250,
        "only {exceptions} cases raised an exception"
    );
}
