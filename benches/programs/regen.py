#!/usr/bin/env python3
"""Regenerate the expected results of the workload programs with CPython 3.11.

Usage (from the repository root):

    python3 benches/programs/regen.py            # every workload program
    python3 benches/programs/regen.py NAME.py... # only these
    python3 benches/programs/regen.py --check    # report drift, write nothing

A workload program is a top-level `benches/programs/*.py` file other than this
script (the modules of the `app_pkg/` package are not programs). The work is
done by tests/golden/regen.py, so the environment, timeout and `.out` /
`.exit` format are exactly those of the golden corpus.
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN_REGEN = os.path.join(HERE, '..', '..', 'tests', 'golden', 'regen.py')


def main():
    args = sys.argv[1:]
    flags = [a for a in args if a.startswith('--')]
    names = [a for a in args if not a.startswith('--')]
    if names:
        progs = [os.path.abspath(n if os.path.exists(n) else os.path.join(HERE, n))
                 for n in names]
    else:
        progs = sorted(os.path.join(HERE, f) for f in os.listdir(HERE)
                       if f.endswith('.py') and f != 'regen.py')
    res = subprocess.run([sys.executable, GOLDEN_REGEN] + flags + progs)
    sys.exit(res.returncode)


if __name__ == '__main__':
    main()
