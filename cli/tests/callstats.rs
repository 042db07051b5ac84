//! `taipan -X callstats` and `taipan -m dis`: the machinery made visible. The
//! expected call counts of `callstats_program.py` were worked out by hand (see
//! the comments); the table format is Taipan's own, documented in
//! `CallStats::table`.

mod common;

use common::taipan;

fn count(table: &str, row: &str) -> u64 {
    table
        .lines()
        .find(|l| {
            l.trim_end()
                .rsplit_once(' ')
                .is_some_and(|(name, _)| name.trim() == row.trim())
        })
        .and_then(|l| l.split_whitespace().last())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("row {row:?} missing in:\n{table}"))
}

#[test]
fn callstats_counts_each_call_path() {
    let (_, err, code) = taipan(&["-X", "callstats", "callstats_program.py"]);
    assert_eq!(code, 0, "{err}");
    // f(i, i) x3, c.m(i) x3, bm(1) and f(*[1, 2]) (CALL_FUNCTION_EX of a
    // Python function with a tuple): eight frames pushed inline, all with
    // exact positional arguments (c(2) enters from native code: this
    // program runs it once, too few times to be specialised).
    assert_eq!(count(&err, "Python frame pushed inline"), 8);
    assert_eq!(count(&err, "with exact positional args"), 8);
    // c.m(i) x3 loads (function, self); bm(1) unpacks a bound method object.
    assert_eq!(count(&err, "method loaded without bound object"), 3);
    assert_eq!(count(&err, "bound method object unpacked"), 1);
    // len([1]) is METH_O; object.__init_subclass__ (class creation) NOARGS;
    // __build_class__ and type.__prepare__ FASTCALL+KEYWORDS.
    assert_eq!(count(&err, "native O"), 1);
    assert_eq!(count(&err, "native NOARGS"), 1);
    assert_eq!(count(&err, "native FASTCALL+KEYWORDS"), 2);
    // type(name, bases, ns) for class C, C() (no __init__) and range(3).
    assert_eq!(count(&err, "type call (new + init)"), 3);
    assert_eq!(count(&err, "type call with __init__ inline"), 0);
    // c(2) goes through the __call__ slot; f(*[1, 2]) packs its arguments
    // into a tuple (and then pushes the frame inline, counted above).
    assert_eq!(count(&err, "__call__ slot wrapper"), 1);
    assert_eq!(count(&err, "generic slow path (tuple/dict packing)"), 1);
}

#[test]
fn callstats_off_prints_nothing() {
    let (_, err, code) = taipan(&["callstats_program.py"]);
    assert_eq!(code, 0);
    assert!(err.is_empty(), "{err}");
}

#[test]
fn dash_m_dis_disassembles_a_file() {
    let (out, err, code) = taipan(&["-m", "dis", "callstats_program.py"]);
    assert_eq!(code, 0, "{err}");
    let first = out.lines().next().unwrap_or("");
    assert_eq!(
        first.split_whitespace().collect::<Vec<_>>(),
        ["1", "0", "PUSH_NULL"]
    );
    assert!(out.contains("LOAD_BUILD_CLASS"));
    assert!(out.contains("CALL_FUNCTION_EX"));
    assert!(out.contains("Disassembly of <code object f at"));
    assert!(out
        .lines()
        .any(|l| l.contains("LOAD_ATTR") && l.contains("(NULL|self + m)")));
}
