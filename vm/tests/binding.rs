//! Argument binding through the vm layer alone (object + compiler + vm, no
//! builtins): CPython 3.11's exact TypeError texts, and values bound to the
//! right parameters. Expected messages were produced by CPython 3.11.

use taipan_compiler::Mode;
use taipan_object::{ObjRef, Payload, PyErr, Value, Vm};

const DEFS: &str = "
def f(a, b): return (a, b)
def g(a, b=1): return (a, b)
def h(*, k): return k
def p(a, /, b): return (a, b)
def m(a, b, c): return (a, b, c)
def k1(a, *, b): return (a, b)
def star(*args, **kwargs): return (args, kwargs)
";

fn setup() -> (Vm, ObjRef) {
    let mut vm = Vm::new();
    taipan_vm::install(&mut vm);
    let code = taipan_compiler::compile(&mut vm, DEFS, "<defs>", Mode::Exec).expect("compiles");
    let globals = vm.new_dict();
    taipan_vm::run_code(&mut vm, &code, &globals, None).expect("runs");
    (vm, globals)
}

fn call(
    vm: &mut Vm,
    g: &ObjRef,
    name: &str,
    args: &[Value],
    kw: &[(&str, Value)],
) -> Result<Value, PyErr> {
    let f = vm.dict_get_str(g, name).expect("function defined");
    vm.call_kw(&f, args, kw)
}

fn message(e: &PyErr) -> String {
    let args =
        e.0.as_exception()
            .map(|d| d.args.borrow().clone())
            .expect("exception");
    let first = args
        .as_obj()
        .and_then(|o| o.as_tuple())
        .and_then(|t| t.first().cloned())
        .expect("message");
    first
        .as_obj()
        .and_then(|o| o.as_str())
        .map(|s| s.as_str().to_string())
        .expect("str message")
}

fn ints(v: &Value) -> Vec<i64> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Tuple(t)) => t
            .iter()
            .map(|x| if let Value::Int(i) = x { *i } else { -1 })
            .collect(),
        _ => vec![],
    }
}

#[test]
fn binding_errors_are_worded_like_cpython() {
    let (mut vm, g) = setup();
    let i = Value::Int;
    type Case<'a> = (&'a str, Vec<Value>, Vec<(&'a str, Value)>, &'a str);
    let cases: Vec<Case> = vec![
        ("f", vec![i(1)], vec![], "f() missing 1 required positional argument: 'b'"),
        ("f", vec![i(1), i(2), i(3)], vec![], "f() takes 2 positional arguments but 3 were given"),
        ("g", vec![], vec![], "g() missing 1 required positional argument: 'a'"),
        ("g", vec![i(1), i(2), i(3)], vec![], "g() takes from 1 to 2 positional arguments but 3 were given"),
        ("h", vec![], vec![], "h() missing 1 required keyword-only argument: 'k'"),
        ("p", vec![], vec![("a", i(1)), ("b", i(2))], "p() got some positional-only arguments passed as keyword arguments: 'a'"),
        ("f", vec![i(1), i(2)], vec![("c", i(3))], "f() got an unexpected keyword argument 'c'"),
        ("f", vec![i(1)], vec![("a", i(1))], "f() got multiple values for argument 'a'"),
        ("m", vec![], vec![], "m() missing 3 required positional arguments: 'a', 'b', and 'c'"),
        (
            "k1",
            vec![i(1), i(2)],
            vec![("b", i(3))],
            "k1() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given",
        ),
    ];
    for (name, args, kw, want) in cases {
        let err = call(&mut vm, &g, name, &args, &kw)
            .err()
            .unwrap_or_else(|| panic!("{name} should fail"));
        assert_eq!(message(&err), want);
    }
}

#[test]
fn arguments_reach_the_right_parameters() {
    let (mut vm, g) = setup();
    let i = Value::Int;
    let r = call(&mut vm, &g, "f", &[i(1)], &[("b", i(2))]).expect("call");
    assert_eq!(ints(&r), vec![1, 2]);
    let r = call(&mut vm, &g, "g", &[i(5)], &[]).expect("call");
    assert_eq!(ints(&r), vec![5, 1]);
    let r = call(&mut vm, &g, "k1", &[i(7)], &[("b", i(8))]).expect("call");
    assert_eq!(ints(&r), vec![7, 8]);
    let r = call(&mut vm, &g, "star", &[i(1), i(2)], &[("x", i(3))]).expect("call");
    let parts = r
        .as_obj()
        .and_then(|o| o.as_tuple())
        .map(|t| t.to_vec())
        .expect("tuple");
    assert_eq!(ints(&parts[0]), vec![1, 2]);
    let kw = parts[1]
        .as_obj()
        .and_then(|o| o.as_dict())
        .map(|d| d.borrow().len())
        .expect("dict");
    assert_eq!(kw, 1);
}

#[test]
fn deep_python_recursion_is_a_recursion_error_not_a_crash() {
    let mut vm = Vm::new();
    taipan_vm::install(&mut vm);
    let src = "def r(n):\n    return r(n + 1)\n";
    let code = taipan_compiler::compile(&mut vm, src, "<r>", Mode::Exec).expect("compiles");
    let globals = vm.new_dict();
    taipan_vm::run_code(&mut vm, &code, &globals, None).expect("runs");
    let r = vm.dict_get_str(&globals, "r").expect("r");
    let err = vm
        .call(&r, &[Value::Int(0)], None)
        .err()
        .expect("recursion error");
    assert!(vm.is_instance_of(&err.value(), &vm.exc.recursion_error.clone()));
    assert_eq!(message(&err), "maximum recursion depth exceeded");
    assert_eq!(vm.depth, 0, "every frame was unwound");
}
