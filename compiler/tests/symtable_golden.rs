//! Golden tests of the symbol tables: scopes, symbol flags, varnames, cellvars and freevars as CPython 3.11 computes them.
//!
//! Expectations come from Python's `symtable` module and compiled code
//! objects; rerun `python3.11 compiler/tests/golden/regen.py` after editing
//! `tests/golden/symtable.symcases`.

use std::path::Path;

use bumpalo::Bump;
use taipan_compiler::dump::str_repr;
use taipan_compiler::symtable::{self, ScopeId, ScopeKind, SymbolScope, SymbolTable};
use taipan_compiler::{parse, Mode};

fn list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| str_repr(s)).collect();
    format!("[{}]", quoted.join(", "))
}

fn dump_scope(table: &SymbolTable, id: ScopeId, depth: usize, out: &mut Vec<String>) {
    let scope = table.scope(id);
    let pad = "  ".repeat(depth);
    let kind = match scope.kind {
        ScopeKind::Module => "module",
        ScopeKind::Class => "class",
        _ => "function",
    };
    out.push(format!("{pad}{kind} {} line={}", scope.name, scope.lineno));
    let mut names: Vec<&String> = scope.symbols.keys().collect();
    names.sort();
    for name in names {
        let s = &scope.symbols[name];
        let mut words = vec![match s.scope {
            SymbolScope::Local => "Local",
            SymbolScope::GlobalExplicit => "GlobalExplicit",
            SymbolScope::GlobalImplicit => "GlobalImplicit",
            SymbolScope::Free => "Free",
            SymbolScope::Cell => "Cell",
        }];
        for (word, set) in [
            ("param", s.is_param),
            ("assigned", s.is_assigned),
            ("referenced", s.is_referenced),
            ("annotated", s.is_annotated),
            ("imported", s.is_imported),
            ("nonlocal", s.is_nonlocal_decl),
            ("global", s.is_global_decl),
            ("free_class", s.is_free_class),
        ] {
            if set {
                words.push(word);
            }
        }
        out.push(format!("{pad}  {name}: {}", words.join(" ")));
    }
    if kind != "module" {
        out.push(format!(
            "{pad}  code varnames={} cellvars={} freevars={}",
            list(&scope.varnames),
            list(&scope.cellvars),
            list(&scope.freevars)
        ));
    }
    for &child in &scope.children {
        dump_scope(table, child, depth + 1, out);
    }
}

fn actual(source: &str) -> String {
    let arena = Bump::new();
    let result = parse(&arena, source, Mode::Exec, "<test>").and_then(|ast| symtable::build(&ast));
    match result {
        Ok(table) => {
            let mut out = Vec::new();
            dump_scope(&table, SymbolTable::TOP, 0, &mut out);
            out.join("\n")
        }
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

/// The sources of a cases file; `#mode` and `#nonl` header lines are
/// handled as in regen.py (symbol tables are always built in exec mode).
fn split_cases(text: &str) -> Vec<String> {
    let mut cases = Vec::new();
    for part in text.split("\n----\n") {
        if part.is_empty() {
            continue;
        }
        let mut part = part.to_owned();
        if !part.ends_with('\n') {
            part.push('\n');
        }
        loop {
            if let Some(rest) = part.strip_prefix("#mode ") {
                part = rest.split_once('\n').map_or("", |(_, r)| r).to_owned();
            } else if let Some(rest) = part.strip_prefix("#nonl\n") {
                part = rest.strip_suffix('\n').unwrap_or(rest).to_owned();
            } else {
                break;
            }
        }
        cases.push(part);
    }
    cases
}

#[test]
fn symbol_tables_match_cpython() {
    check("symtable.symcases", "symtable.symexpected");
}

/// The examples of CPython's Lib/test/test_syntax.py through the whole
/// front end: the parser, symbol table and code-generator checks.
#[test]
fn cpython_test_syntax_examples_compile() {
    check(
        "cpython_test_syntax.cases",
        "cpython_test_syntax.symexpected",
    );
}

/// Every parser golden source through the whole front end.
#[test]
fn parser_goldens_compile() {
    for name in [
        "statements",
        "expressions",
        "strings",
        "match",
        "errors",
        "lexer_errors",
        "tricky",
    ] {
        check(&format!("{name}.cases"), &format!("{name}.symexpected"));
    }
}

fn check(cases_file: &str, expected_file: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let cases = std::fs::read_to_string(dir.join(cases_file)).expect("cases");
    let expected = std::fs::read_to_string(dir.join(expected_file)).expect("expected");
    let cases = split_cases(&cases);
    let expected: Vec<&str> = expected.trim_end_matches('\n').split("\n----\n").collect();
    assert_eq!(
        cases.len(),
        expected.len(),
        "stale .symexpected, rerun regen.py"
    );
    let mut failures = Vec::new();
    for (source, want) in cases.iter().zip(&expected) {
        let got = actual(source);
        if got != *want {
            failures.push(format!(
                "--- source:\n{source}--- expected:\n{want}\n--- got:\n{got}\n"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} symbol tables differ from CPython\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn scope_of_finds_function_and_comprehension_scopes() {
    let arena = Bump::new();
    let source = "def f(x):\n    return [y for y in x]\nclass C: pass\ng = lambda: 0\n";
    let ast = parse(&arena, source, Mode::Exec, "<test>").expect("parses");
    let table = symtable::build(&ast).expect("builds");
    let taipan_compiler::Ast::Module(module) = ast else {
        panic!("module expected");
    };
    let def = &module.body[0];
    let f = table
        .scope_of(def as *const _ as usize)
        .expect("scope of f");
    assert_eq!(table.scope(f).name, "f");
    assert_eq!(table.scope(f).kind, ScopeKind::Function);
    let taipan_compiler::ast::StmtKind::FunctionDef { body, .. } = def.kind else {
        panic!("def expected");
    };
    let taipan_compiler::ast::StmtKind::Return {
        value: Some(listcomp),
    } = body[0].kind
    else {
        panic!("return expected");
    };
    let comp = table
        .scope_of(listcomp as *const _ as usize)
        .expect("scope of listcomp");
    assert_eq!(table.scope(comp).kind, ScopeKind::Comprehension);
    assert_eq!(table.scope(comp).varnames, vec![".0", "y"]);
    assert_eq!(table.scope(comp).parent, Some(f));
    let class = table
        .scope_of(&module.body[1] as *const _ as usize)
        .expect("scope of C");
    assert_eq!(table.scope(class).kind, ScopeKind::Class);
    let taipan_compiler::ast::StmtKind::Assign { value, .. } = module.body[2].kind else {
        panic!("assign expected");
    };
    let lambda = table
        .scope_of(value as *const _ as usize)
        .expect("scope of lambda");
    assert_eq!(table.scope(lambda).kind, ScopeKind::Lambda);
    assert_eq!(table.top().children, vec![f, class, lambda]);
}

#[test]
fn private_names_are_mangled_in_lookup() {
    let arena = Bump::new();
    let source = "class _C:\n    __a = 1\n    def m(self, __b):\n        __c = __b\n        return __c, __d__\n";
    let ast = parse(&arena, source, Mode::Exec, "<test>").expect("parses");
    let table = symtable::build(&ast).expect("builds");
    let class = table.scope(table.top().children[0]);
    assert_eq!(class.private.as_deref(), Some("_C"));
    assert!(class.symbols.contains_key("_C__a"));
    assert_eq!(
        class.lookup("__a").map(|s| s.scope),
        Some(SymbolScope::Local)
    );
    let method = table.scope(class.children[0]);
    assert_eq!(method.varnames, vec!["self", "_C__b", "_C__c"]);
    assert_eq!(method.mangle("__c"), "_C__c");
    assert_eq!(method.mangle("__d__"), "__d__");
    assert_eq!(
        method.lookup("__c").map(|s| s.scope),
        Some(SymbolScope::Local)
    );
    assert_eq!(symtable::mangle(Some("___"), "__x"), "__x");
}
