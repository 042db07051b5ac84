//! Calls must not allocate: a positional call of a Python function, of NOARGS
//! and O builtins, and of a method through method loading performs no heap
//! allocation (the arguments stay on the value stack; no tuple, dict, frame
//! box or bound-method object is created). Measured with a counting global
//! allocator: the number of allocations must not grow with the number of calls.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicU64, Ordering};
use taipan_builtins::Interpreter;
use taipan_object::function::{MethodDef, NativeFn};
use taipan_object::{PyResult, Value, Vm};

struct Counting;

static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);

// SAFETY: every method forwards to the system allocator with the caller's
// layout and pointer unchanged; counting has no effect on memory.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: same contract as our caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System.alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: same contract as our caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations(_vm: &mut Vm, _m: &Value) -> PyResult {
    Ok(Value::Int(ALLOCATIONS.load(Ordering::Relaxed) as i64))
}
static ALLOCATIONS_DEF: MethodDef = MethodDef {
    name: "allocations",
    func: NativeFn::NoArgs(allocations),
    doc: "",
};

const PROGRAM: &str = r#"
def f(a, b):
    return a

class C:
    def m(self, x):
        return x

def run(kind, n):
    c = C()
    items = [1, 2, 3]
    before = allocations()
    if kind == 'python function':
        for i in range(n):
            f(i, i)
    elif kind == 'builtin O (len)':
        for i in range(n):
            len(items)
    elif kind == 'builtin NOARGS (globals)':
        for i in range(n):
            globals()
    elif kind == 'method through method loading':
        for i in range(n):
            c.m(i)
    elif kind == 'builtin method O (list.index)':
        for i in range(n):
            items.index(2)
    return allocations() - before

results = {}
for kind in ('python function', 'builtin O (len)', 'builtin NOARGS (globals)',
             'method through method loading', 'builtin method O (list.index)'):
    run(kind, 100)
    small = run(kind, 1000)
    large = run(kind, 11000)
    results[kind] = (small, large)
"#;

#[test]
fn positional_calls_do_not_allocate() {
    // A thread with a large stack, like the CLI's.
    let handle = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(|| {
            let mut interp = Interpreter::new();
            let f = interp
                .vm
                .new_builtin_function(&ALLOCATIONS_DEF, Some("builtins"));
            let b = interp.vm.builtins.clone();
            interp.vm.dict_set_str(&b, "allocations", f);
            if let Err(e) = interp.run_main(PROGRAM, "<alloc test>") {
                let text = taipan_builtins::traceback::format_exception(&mut interp.vm, &e.value());
                panic!("program failed:\n{text}");
            }
            let main = interp.main_dict();
            let results = interp.vm.dict_get_str(&main, "results").expect("results");
            let items = results
                .as_obj()
                .and_then(|o| o.as_dict())
                .map(|d| d.borrow().items())
                .unwrap_or_default();
            let mut report = Vec::new();
            for (k, v) in items {
                let kind = k
                    .as_obj()
                    .and_then(|o| o.as_str())
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default();
                let pair = v
                    .as_obj()
                    .and_then(|o| o.as_tuple())
                    .map(|t| t.to_vec())
                    .unwrap_or_default();
                let (Some(Value::Int(small)), Some(Value::Int(large))) =
                    (pair.first(), pair.get(1))
                else {
                    panic!("bad result for {kind}");
                };
                report.push((kind, *small, *large));
            }
            report
        })
        .expect("spawn");
    let report = handle.join().expect("interpreter thread");
    assert_eq!(report.len(), 5);
    for (kind, small, large) in &report {
        // 10,000 more calls may not cost a single extra allocation.
        assert_eq!(
            small, large,
            "{kind}: {small} allocations for 1,000 calls but {large} for 11,000"
        );
    }
}
