//! Golden tests: every source of `tests/golden/*.cases` must parse to CPython 3.11's `ast.dump()` or fail with its error.
//!
//! The expectations in `tests/golden/*.expected` come from CPython; rerun
//! `python3.11 compiler/tests/golden/regen.py` after editing a `.cases` file.

use std::path::Path;

use bumpalo::Bump;
use taipan_compiler::dump::{dump, str_repr};
use taipan_compiler::{parse, Mode};

/// The sources of a `.cases` file with their modes (see regen.py).
fn split_cases(text: &str) -> Vec<(Mode, String)> {
    let mut cases = Vec::new();
    for part in text.split("\n----\n") {
        if part.is_empty() {
            continue;
        }
        let mut part = part.to_owned();
        if !part.ends_with('\n') {
            part.push('\n');
        }
        let mut mode = Mode::Exec;
        loop {
            if let Some(rest) = part.strip_prefix("#mode ") {
                let (word, rest) = rest.split_once('\n').unwrap_or((rest, ""));
                mode = match word {
                    "eval" => Mode::Eval,
                    "single" => Mode::Single,
                    _ => Mode::Exec,
                };
                part = rest.to_owned();
            } else if let Some(rest) = part.strip_prefix("#nonl\n") {
                part = rest.strip_suffix('\n').unwrap_or(rest).to_owned();
            } else {
                break;
            }
        }
        cases.push((mode, part));
    }
    cases
}

/// Our line for one source, in the format of regen.py.
fn actual(mode: Mode, source: &str) -> String {
    let arena = Bump::new();
    match parse(&arena, source, mode, "<test>") {
        Ok(ast) => format!("OK {}", dump(&ast, true)),
        Err(e) => format!(
            "ERR {} {} {} {} {} {}",
            e.kind.name(),
            str_repr(&e.msg),
            e.lineno,
            e.offset,
            e.end_lineno,
            e.end_offset
        ),
    }
}

/// Runs on a thread with a big stack: the deepest accepted sources recurse far.
fn run_file(name: &str) {
    let name = name.to_owned();
    let result = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || check_file(&name))
        .expect("spawn test thread")
        .join();
    if let Err(panic) = result {
        std::panic::resume_unwind(panic);
    }
}

fn check_file(name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let cases = std::fs::read_to_string(dir.join(format!("{name}.cases"))).expect("cases file");
    let expected =
        std::fs::read_to_string(dir.join(format!("{name}.expected"))).expect("expected file");
    let cases = split_cases(&cases);
    let expected: Vec<&str> = expected.lines().collect();
    assert_eq!(
        cases.len(),
        expected.len(),
        "{name}: stale .expected file, rerun regen.py"
    );
    let mut failures = Vec::new();
    for ((mode, source), want) in cases.iter().zip(&expected) {
        let got = actual(*mode, source);
        if got != *want {
            failures.push(format!(
                "--- source ({mode:?}):\n{source}\n--- expected:\n{want}\n--- got:\n{got}\n"
            ));
        }
    }
    if !failures.is_empty() {
        panic!(
            "{name}: {} of {} cases differ from CPython\n\n{}",
            failures.len(),
            cases.len(),
            failures.join("\n")
        );
    }
}

#[test]
fn statements() {
    run_file("statements");
}

#[test]
fn expressions() {
    run_file("expressions");
}

#[test]
fn strings() {
    run_file("strings");
}

#[test]
fn match_statements() {
    run_file("match");
}

#[test]
fn tricky_sources() {
    run_file("tricky");
}

#[test]
fn syntax_errors() {
    run_file("errors");
}

#[test]
fn tokenizer_errors() {
    run_file("lexer_errors");
}

/// The SyntaxError examples of CPython's own Lib/test/test_syntax.py.
#[test]
fn cpython_test_syntax_examples() {
    run_file("cpython_test_syntax");
}
