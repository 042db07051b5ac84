//! Criterion benchmarks per layer: front end (tokenizer + parser, compiler),
//! the object layer's call slot alone, the eval loop, attribute and dict
//! access, and one benchmark per call path.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use taipan_benches::{large_source, prepared};
use taipan_builtins::Interpreter;
use taipan_object::Value;

fn front_end(c: &mut Criterion) {
    let src = large_source(200);
    let mut g = c.benchmark_group("front_end");
    g.throughput(Throughput::Bytes(src.len() as u64));
    g.bench_function("tokenize+parse", |b| {
        b.iter(|| {
            let arena = bumpalo::Bump::new();
            let ast = taipan_compiler::parse(&arena, &src, taipan_compiler::Mode::Exec, "<bench>");
            assert!(ast.is_ok());
        })
    });
    let lines = src.lines().count() as u64;
    g.throughput(Throughput::Elements(lines));
    g.bench_function("compile (lines)", |b| {
        let mut interp = Interpreter::new();
        b.iter(|| {
            let code = taipan_compiler::compile(
                &mut interp.vm,
                &src,
                "<bench>",
                taipan_compiler::Mode::Exec,
            );
            assert!(code.is_ok());
        })
    });
    g.finish();
}

fn object_layer(c: &mut Criterion) {
    let mut g = c.benchmark_group("object_layer");
    // The call slot alone, no eval loop: `len` through Vm::call.
    let mut interp = Interpreter::new();
    let len = interp
        .vm
        .dict_get_str(&interp.vm.builtins.clone(), "len")
        .expect("len");
    let list = interp.vm.new_list(vec![Value::Int(1), Value::Int(2)]);
    g.bench_function("call slot: len(list)", |b| {
        b.iter(|| {
            interp
                .vm
                .call(&len, std::slice::from_ref(&list), None)
                .is_ok()
        })
    });
    // Dict access by an interned name.
    let d = interp.vm.new_dict();
    for i in 0..64 {
        let k = interp.vm.intern(&format!("name{i}"));
        interp
            .vm
            .dict_set_str(&d, &format!("name{i}"), Value::Int(i));
        let _ = k;
    }
    let key = Value::Obj(interp.vm.intern("name42"));
    g.bench_function("dict get by interned name", |b| {
        b.iter(|| interp.vm.dict_get(&d, &key).is_ok())
    });
    // Attribute lookup on an instance (instance dict after a type MRO miss).
    let (mut it, _) = prepared(
        "class P:\n    def __init__(self):\n        self.x = 1\np = P()",
        "pass",
    );
    let main = it.main_dict();
    let p = it.vm.dict_get_str(&main, "p").expect("p");
    let name = it.vm.intern("x");
    g.bench_function("instance attribute lookup", |b| {
        b.iter(|| it.vm.getattr(&p, &name).is_ok())
    });
    g.finish();
}

fn eval_loop(c: &mut Criterion) {
    let mut g = c.benchmark_group("eval_loop");
    let (mut interp, f) = prepared(
        "",
        "x = 1\n        y = x * 3 + 7 - x // 2\n        z = y % 5",
    );
    g.bench_function("arithmetic loop x1000", |b| {
        b.iter(|| interp.vm.call(&f, &[Value::Int(1000)], None).is_ok())
    });
    g.finish();
}

const CALL_PATHS: &[(&str, &str, &str)] = &[
    ("python exact args", "def f(a, b):\n    return a", "f(1, 2)"),
    (
        "python with defaults",
        "def f(a, b=2, c=3):\n    return a",
        "f(1)",
    ),
    (
        "python with keywords",
        "def f(a, b, c=3):\n    return a",
        "f(1, c=2, b=3)",
    ),
    (
        "python *args/**kwargs",
        "def f(*args, **kwargs):\n    return args",
        "f(1, 2, x=3)",
    ),
    (
        "method via method loading",
        "class C:\n    def m(self, x):\n        return x\no = C()",
        "o.m(1)",
    ),
    (
        "bound method object",
        "class C:\n    def m(self, x):\n        return x\nbm = C().m",
        "bm(1)",
    ),
    ("builtin NOARGS", "lst = []", "lst.copy()"),
    ("builtin O", "lst = [1, 2, 3]", "len(lst)"),
    ("builtin FASTCALL", "x = 5", "isinstance(x, int)"),
    (
        "builtin FASTCALL+KEYWORDS",
        "lst = [3, 1, 2]",
        "sorted(lst, reverse=True)",
    ),
    (
        "class instantiation with __init__",
        "class P:\n    def __init__(self, x):\n        self.x = x",
        "P(1)",
    ),
    (
        "instance __call__",
        "class K:\n    def __call__(self, x):\n        return x\nk = K()",
        "k(1)",
    ),
    (
        "generic slow path (star call)",
        "def f(a, b):\n    return a\nargs = (1, 2)",
        "f(*args)",
    ),
];

fn call_paths(c: &mut Criterion) {
    let mut g = c.benchmark_group("call_paths_x1000");
    for (name, setup, stmt) in CALL_PATHS {
        let (mut interp, f) = prepared(setup, stmt);
        g.bench_function(*name, |b| {
            b.iter(|| interp.vm.call(&f, &[Value::Int(1000)], None).is_ok())
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).warm_up_time(std::time::Duration::from_millis(300)).measurement_time(std::time::Duration::from_secs(1));
    targets = front_end, object_layer, eval_loop, call_paths
}
criterion_main!(benches);
