"""The cost of one call, per call path: Taipan beside CPython in the same run.

Usage: python3 benches/call_costs.py [--taipan target/release/taipan] [--n 1000000] [--markdown]
                                     [--instructions]

Each path is timed inside the interpreter under test: a loop making the call
N times minus the same loop with `pass`, best of 5, in nanoseconds per call.
With --instructions, each side is instead counted with `valgrind
--tool=callgrind` (machine instructions per call: the whole run making the
call N times minus the whole run of the `pass` loop), which does not depend
on the machine's load; use a smaller N (200000), valgrind is slow.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

PATHS = [
    ("Python function, exact positional args",
     "def f(a, b):\n    return a", "f(1, 2)"),
    ("Python function with defaults",
     "def f(a, b=2, c=3):\n    return a", "f(1)"),
    ("Python function with keywords",
     "def f(a, b, c=3):\n    return a", "f(1, c=2, b=3)"),
    ("Python function with *args/**kwargs",
     "def f(*args, **kwargs):\n    return args", "f(1, 2, x=3)"),
    ("method through method loading",
     "class C:\n    def m(self, x):\n        return x\no = C()", "o.m(1)"),
    ("bound method object",
     "class C:\n    def m(self, x):\n        return x\nbm = C().m", "bm(1)"),
    ("builtin NOARGS (list.copy on [])",
     "lst = []", "lst.copy()"),
    ("builtin O (len)",
     "lst = [1, 2, 3]", "len(lst)"),
    ("builtin FASTCALL (isinstance)",
     "x = 5", "isinstance(x, int)"),
    ("builtin FASTCALL+KEYWORDS (sorted with key)",
     "lst = [3, 1, 2]\nk = abs", "sorted(lst, key=k)"),
    ("class instantiation with __init__",
     "class P:\n    def __init__(self, x):\n        self.x = x", "P(1)"),
    ("instance __call__",
     "class K:\n    def __call__(self, x):\n        return x\nk = K()", "k(1)"),
    ("generic slow path (star call)",
     "def f(a, b):\n    return a\nargs = (1, 2)", "f(*args)"),
]

TEMPLATE = """
import time
{setup}
def bench(n):
    t0 = time.perf_counter()
    for _ in range(n):
        {stmt}
    t1 = time.perf_counter()
    for _ in range(n):
        pass
    t2 = time.perf_counter()
    return ((t1 - t0) - (t2 - t1)) / n * 1e9
bench(1000)
print(min(bench({n}) for _ in range(5)))
"""


def measure(exe, setup, stmt, n):
    src = TEMPLATE.format(setup=setup, stmt=stmt, n=n)
    r = subprocess.run([exe, "-c", src], capture_output=True, text=True, timeout=600)
    if r.returncode != 0:
        return None, (r.stderr.strip().splitlines() or ["failed"])[-1]
    return float(r.stdout.strip()), None


COUNT_TEMPLATE = """
import sys
{setup}
def bench(n):
    for _ in range(n):
        {stmt}
def empty(n):
    for _ in range(n):
        pass
(bench if sys.argv[1] == 'call' else empty)({n})
"""


def run_instructions(exe, path, mode):
    r = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", exe, path, mode],
        capture_output=True, text=True, timeout=1200,
    )
    m = re.search(r"refs:\s+([\d,]+)", r.stderr)
    return int(m.group(1).replace(",", "")) if m else None


def count(exe, setup, stmt, n):
    """Instructions per call, or (None, reason)."""
    src = COUNT_TEMPLATE.format(setup=setup, stmt=stmt, n=n)
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(src)
        path = f.name
    try:
        calls = run_instructions(exe, path, "call")
        empty = run_instructions(exe, path, "empty")
    finally:
        os.unlink(path)
    if calls is None or empty is None:
        return None, "valgrind failed"
    return (calls - empty) / n, None


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--taipan", default="target/release/taipan")
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--instructions", action="store_true")
    args = ap.parse_args()
    rows = []
    how = count if args.instructions else measure
    unit = "instructions/call" if args.instructions else "ns/call"
    for name, setup, stmt in PATHS:
        cp, cerr = how(args.python, setup, stmt, args.n)
        tp, terr = how(args.taipan, setup, stmt, args.n)
        rows.append((name, cp, tp, cerr or terr))
    if args.markdown:
        print(f"| call path | CPython 3.11 {unit} | Taipan {unit} | CPython/Taipan |")
        print("|---|---:|---:|---:|")
        for name, cp, tp, err in rows:
            if cp is None or tp is None:
                print(f"| {name} | {cp if cp is not None else '-'} | - | failed: {err} |")
            else:
                ratio = cp / tp if tp > 0 else float('inf')
                print(f"| {name} | {cp:.1f} | {tp:.1f} | {ratio:.2f} |")
    else:
        print(f"{'call path':48} {'CPython':>10} {'Taipan':>10} {'ratio':>7}")
        for name, cp, tp, err in rows:
            if cp is None or tp is None:
                print(f"{name:48} failed: {err}")
            else:
                ratio = cp / tp if tp > 0 else float('inf')
                print(f"{name:48} {cp:10.1f} {tp:10.1f} {ratio:7.2f}")


if __name__ == "__main__":
    main()
