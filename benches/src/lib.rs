//! Shared helpers for Taipan's benchmarks: building an interpreter and timing
//! Python snippets inside it.

use taipan_builtins::Interpreter;
use taipan_object::{ObjRef, Value};

/// An interpreter with `setup` executed in `__main__`, and the function
/// `bench(n)` defined as a loop running `stmt` n times.
pub fn prepared(setup: &str, stmt: &str) -> (Interpreter, Value) {
    let mut interp = Interpreter::new();
    let src = format!("{setup}\ndef bench(n):\n    for _ in range(n):\n        {stmt}\n");
    if interp.run_main(&src, "<bench>").is_err() {
        panic!("benchmark setup failed: {setup} / {stmt}");
    }
    let d: ObjRef = interp.main_dict();
    let f = interp.vm.dict_get_str(&d, "bench").expect("bench defined");
    (interp, f)
}

/// A large, varied Python source for front-end throughput benchmarks.
pub fn large_source(copies: usize) -> String {
    let unit = r#"
class Shape:
    """A shape."""
    def __init__(self, name, *sides, scale=1.0, **extra):
        self.name = name
        self.sides = [s * scale for s in sides if s > 0]
        self.extra = {k: v for k, v in extra.items()}

    def perimeter(self):
        total = 0
        for s in self.sides:
            total += s
        return total

def classify(shapes):
    result = {}
    for shape in shapes:
        key = (len(shape.sides), shape.name[:3])
        try:
            result.setdefault(key, []).append(shape.perimeter() ** 2 // 3)
        except (KeyError, ValueError) as exc:
            raise RuntimeError(f"bad shape {shape.name!r}: {exc}") from exc
        finally:
            pass
    return sorted(result.items(), key=lambda kv: (-len(kv[1]), kv[0]))

values = [x * 0.5 + 1e-3 for x in range(100) if x % 3 != 0]
print(classify([Shape("tri", 3, 4, 5), Shape("square", 2, 2, 2, 2, scale=2.0)]), len(values))
"#;
    unit.repeat(copies)
}
