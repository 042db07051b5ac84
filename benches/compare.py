#!/usr/bin/env python3
"""Compare Taipan with CPython 3.11 on the workload programs.

Usage (from anywhere; paths are relative to the repository):

    python3 benches/compare.py                    # every program, 3 runs each
    python3 benches/compare.py --runs 5           # more runs per interpreter
    python3 benches/compare.py --filter call_     # only programs whose name contains this
    python3 benches/compare.py --taipan path/to/taipan --python python3.11

For every program `benches/programs/<name>.py` that has a stored CPython
result beside it (`<name>.out`, `<name>.exit`, written by
`benches/programs/regen.py`), the script runs CPython and Taipan alternately
(CPython, Taipan, CPython, Taipan, ...), N times each, in the program's folder
with the environment of the golden harness (PYTHONHASHSEED=0, ...). Each run's
stdout, exit status and last stderr line are compared with the stored result;
a run that differs is flagged in the status column. Per interpreter it
records the median wall-clock time and the peak resident set size (the
largest ru_maxrss over the runs, taken through GNU `time -f %M` when
/usr/bin/time exists, else from os.wait4; see run_once for why).

The table has one row per program and the ratio CPython time / Taipan time
(above 1: Taipan is faster). The geometric mean of the ratios is printed for
all programs, for the call-focused group (`call_*` programs) and for the other
workloads, over the programs whose runs matched the stored output on both
sides (a mismatching program's ratio is shown in parentheses and left out).
The table is Markdown, ready to paste into BENCHMARKS.md.

Exit status: 0 when every selected program matched on both interpreters,
1 when some run differed, 2 on usage errors.
"""

import argparse
import math
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, 'programs')
CALL_PREFIX = 'call_'


def make_env():
    env = {
        'PATH': os.environ.get('PATH', '/usr/bin:/bin'),
        'PYTHONHASHSEED': '0',
        'PYTHONIOENCODING': 'utf-8',
        'PYTHONDONTWRITEBYTECODE': '1',
        'LC_ALL': 'C.UTF-8',
        'LANG': 'C.UTF-8',
    }
    for key in ('HOME', 'TMPDIR', 'TAIPAN_STDLIB_DIR'):
        if key in os.environ:
            env[key] = os.environ[key]
    return env


def find_programs(pattern):
    progs = []
    for f in sorted(os.listdir(PROGRAMS)):
        if not f.endswith('.py'):
            continue
        base = os.path.join(PROGRAMS, f[:-3])
        if not os.path.exists(base + '.out'):
            continue  # regen.py, or a program without expectations yet
        if pattern and pattern not in f[:-3]:
            continue
        progs.append(f[:-3])
    return progs


def expected(name):
    base = os.path.join(PROGRAMS, name)
    with open(base + '.out', 'rb') as f:
        out = f.read()
    with open(base + '.exit', encoding='utf-8') as f:
        lines = f.read().split('\n')
    status = int(lines[0].strip() or 0)
    last = lines[1] if len(lines) > 1 else ''
    return out, status, last


class Run:
    __slots__ = ('seconds', 'maxrss_kb', 'status', 'stdout', 'last_stderr', 'timed_out')


def rss_tool():
    """GNU time, if installed: it forks the program from its own small process."""
    for path in ('/usr/bin/time',):
        if os.access(path, os.X_OK):
            probe = subprocess.run([path, '-f', '%M', '-o', os.devnull, 'true'],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if probe.returncode == 0:
                return path
    return None


def run_once(exe, name, env, timeout, time_tool):
    """Run `exe name.py` in the programs folder; time it and read its peak RSS.

    Peak RSS: a child forked from this Python process inherits this process's
    resident set as the starting high-water mark of its ru_maxrss (Linux keeps
    the maximum across exec), so os.wait4 on a direct child never reports less
    than this script's own size (~15 MB). When GNU time is available, the
    program is started through it and `time -f %M` reports the ru_maxrss of a
    process forked from the small `time` process instead. Without it, the
    os.wait4 value is used (an upper bound near the floor).
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile('r', suffix='.rss') as rss:
        cmd = [exe, name + '.py']
        if time_tool:
            cmd = [time_tool, '-f', '%M', '-o', rss.name] + cmd
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=PROGRAMS, env=env, stdin=subprocess.DEVNULL,
                                stdout=out, stderr=err, start_new_session=True)
        killed = []

        def kill():
            killed.append(True)
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, wstatus, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(wstatus)
        r = Run()
        r.seconds = elapsed
        r.maxrss_kb = usage.ru_maxrss  # kilobytes on Linux
        if time_tool:
            lines = rss.read().split()
            if lines and lines[-1].isdigit():
                r.maxrss_kb = int(lines[-1])
        out.seek(0)
        err.seek(0)
        r.status = proc.returncode
        r.stdout = out.read()
        lines = err.read().decode('utf-8', 'replace').splitlines()
        r.last_stderr = lines[-1] if lines else ''
        r.timed_out = bool(killed)
        return r


def verdict(run, want):
    """'' when the run reproduced CPython's stored result, else a short reason."""
    out, status, last = want
    if run.timed_out:
        return 'timeout'
    if run.stdout != out:
        if run.status != status:
            return 'exit %d' % run.status
        return 'stdout'
    if run.status != status:
        return 'exit %d' % run.status
    if run.last_stderr != last:
        return 'stderr'
    return ''


def geomean(xs):
    xs = [x for x in xs if x > 0]
    if not xs:
        return float('nan')
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def resolve(exe, what):
    path = exe if os.sep in exe else shutil.which(exe)
    if path is None or not os.path.exists(path):
        sys.stderr.write('compare.py: %s not found: %s\n' % (what, exe))
        if what == 'taipan':
            sys.stderr.write('  build it with: cargo build --release -p taipan-cli\n')
        sys.exit(2)
    return os.path.abspath(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--runs', type=int, default=3, help='runs per interpreter (default 3)')
    ap.add_argument('--filter', default='', help='only programs whose name contains this')
    ap.add_argument('--taipan', default=os.path.join(ROOT, 'target', 'release', 'taipan'),
                    help='the Taipan binary (default target/release/taipan)')
    ap.add_argument('--python', default='python3', help='the CPython 3.11 binary')
    ap.add_argument('--timeout', type=float, default=120.0,
                    help='seconds before a run is killed (default 120)')
    args = ap.parse_args()
    if args.runs < 1:
        ap.error('--runs must be at least 1')

    taipan = resolve(args.taipan, 'taipan')
    python = resolve(args.python, 'python')
    env = make_env()
    time_tool = rss_tool()
    progs = find_programs(args.filter)
    if not progs:
        sys.stderr.write('compare.py: no program matches %r\n' % args.filter)
        sys.exit(2)

    rows = []
    any_bad = False
    for name in progs:
        want = expected(name)
        runs = {'cpython': [], 'taipan': []}
        for _ in range(args.runs):
            runs['cpython'].append(run_once(python, name, env, args.timeout, time_tool))
            runs['taipan'].append(run_once(taipan, name, env, args.timeout, time_tool))
        bad = {}
        for side, rs in runs.items():
            reasons = sorted(set(v for v in (verdict(r, want) for r in rs) if v))
            if reasons:
                bad[side] = ','.join(reasons)
        any_bad = any_bad or bool(bad)
        c_med = statistics.median(r.seconds for r in runs['cpython'])
        t_med = statistics.median(r.seconds for r in runs['taipan'])
        c_rss = max(r.maxrss_kb for r in runs['cpython'])
        t_rss = max(r.maxrss_kb for r in runs['taipan'])
        status = 'ok' if not bad else '; '.join(
            '%s: %s' % (side, why) for side, why in sorted(bad.items()))
        rows.append((name, c_med, t_med, c_med / t_med if t_med else 0.0,
                     c_rss, t_rss, not bad, status))
        sys.stderr.write('%-20s cpython %.3fs  taipan %.3fs  %s\n' % (name, c_med, t_med, status))

    print('| program | CPython s | Taipan s | CPython/Taipan | CPython RSS MB | Taipan RSS MB | status |')
    print('|---|---:|---:|---:|---:|---:|---|')
    for name, c, t, ratio, c_rss, t_rss, ok, status in rows:
        ratio_text = '%.2f' % ratio if ok else '(%.2f)' % ratio
        print('| %s | %.3f | %.3f | %s | %.1f | %.1f | %s |' % (
            name, c, t, ratio_text, c_rss / 1024, t_rss / 1024, status))
    print()

    def summary(label, selected):
        good = [r[3] for r in selected if r[6]]
        if not selected:
            return
        if good:
            print('geometric mean CPython/Taipan, %s: %.3f (%d of %d programs matched)' % (
                label, geomean(good), len(good), len(selected)))
        else:
            print('geometric mean CPython/Taipan, %s: n/a (0 of %d programs matched)' % (
                label, len(selected)))

    summary('all programs', rows)
    summary('call-focused (call_*)', [r for r in rows if r[0].startswith(CALL_PREFIX)])
    summary('other workloads', [r for r in rows if not r[0].startswith(CALL_PREFIX)])
    print('(%d runs each, medians of wall-clock time; ratio above 1 means Taipan is faster; '
          'RSS is the peak over the runs, %s)' % (
              args.runs, 'measured by %s -f %%M' % time_tool if time_tool else
              'from os.wait4: includes this script\'s own ~15 MB, install GNU time'))
    sys.exit(1 if any_bad else 0)


if __name__ == '__main__':
    main()
