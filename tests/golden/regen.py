#!/usr/bin/env python3
"""Regenerate the expected results of the golden test corpus with CPython 3.11.

Usage (from the repository root):

    python3 tests/golden/regen.py              # every program of every area
    python3 tests/golden/regen.py PATH...      # only these programs / area folders
    python3 tests/golden/regen.py --check      # compare, write nothing, exit 1 on drift

For each program `<area>/<name>.py` it writes, beside it:

    <name>.out   the exact bytes the program wrote to stdout
    <name>.exit  exactly two lines: the exit status, then the last line of
                 stderr (an empty line when stderr is empty)

Each program runs as `python3 <name>.py` with the program's folder as the
current directory, a 30 second timeout, and a fixed environment
(PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8). The script refuses to run unless
`python3` is CPython 3.11.
"""

import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 30
INTERPRETER = "python3"


def fail(msg):
    sys.stderr.write("regen.py: " + msg + "\n")
    sys.exit(2)


def make_env():
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONHASHSEED": "0",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "LC_ALL": "C.UTF-8",
        "LANG": "C.UTF-8",
    }
    for key in ("HOME", "TMPDIR"):
        if key in os.environ:
            env[key] = os.environ[key]
    return env


def check_interpreter(exe, env):
    probe = (
        "import sys, platform;"
        "print(platform.python_implementation(), *sys.version_info[:2])"
    )
    try:
        res = subprocess.run([exe, "-c", probe], capture_output=True, text=True,
                             env=env, timeout=TIMEOUT)
    except OSError as e:
        fail("cannot run %s: %s" % (exe, e))
    got = res.stdout.split()
    if res.returncode != 0 or got != ["CPython", "3", "11"]:
        fail("refusing to regenerate: %r is %r, CPython 3.11 is required"
             % (exe, res.stdout.strip() or res.stderr.strip()))


def collect(args):
    """Return the sorted list of program paths selected by the arguments."""
    if not args:
        args = [HERE]
    progs = []
    for arg in args:
        path = os.path.abspath(arg)
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
                for f in files:
                    full = os.path.join(root, f)
                    if f.endswith(".py") and os.path.dirname(full) != HERE:
                        progs.append(full)
        elif os.path.isfile(path) and path.endswith(".py"):
            if os.path.dirname(path) == HERE:
                fail("%s is not a test program" % arg)
            progs.append(path)
        else:
            fail("no such program or folder: %s" % arg)
    return sorted(set(progs))


def run_one(exe, env, prog):
    folder, name = os.path.split(prog)
    try:
        res = subprocess.run([exe, name], cwd=folder, env=env,
                             stdin=subprocess.DEVNULL, capture_output=True,
                             timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        fail("%s timed out after %ds" % (prog, TIMEOUT))
    lines = res.stderr.decode("utf-8", "replace").splitlines()
    last = lines[-1] if lines else ""
    exit_text = "%d\n%s\n" % (res.returncode, last)
    return res.stdout, exit_text.encode("utf-8")


def main():
    argv = sys.argv[1:]
    check = "--check" in argv
    argv = [a for a in argv if a != "--check"]
    env = make_env()
    exe = shutil.which(INTERPRETER, path=env["PATH"])
    if exe is None:
        fail("%s not found on PATH" % INTERPRETER)
    check_interpreter(exe, env)
    progs = collect(argv)
    changed = 0
    for prog in progs:
        out, exit_bytes = run_one(exe, env, prog)
        base = prog[:-3]
        for suffix, data in ((".out", out), (".exit", exit_bytes)):
            target = base + suffix
            old = None
            if os.path.exists(target):
                with open(target, "rb") as f:
                    old = f.read()
            if old != data:
                changed += 1
                rel = os.path.relpath(target, HERE)
                if check:
                    print("differs: " + rel)
                else:
                    with open(target, "wb") as f:
                        f.write(data)
                    print("wrote: " + rel)
    print("%d programs, %d files %s" % (len(progs), changed,
                                        "differ" if check else "updated"))
    if check and changed:
        sys.exit(1)


if __name__ == "__main__":
    main()
