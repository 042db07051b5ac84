"""Regenerates the *.expected files of the golden tests from CPython 3.11.

Run from anywhere:  python3.11 compiler/tests/golden/regen.py

Each *.cases file holds sources separated by lines of exactly `----`.
A source may start with `#mode eval` or `#mode single` (default: exec) and
with `#nonl` (the source has no final newline); those header lines are not
part of the source. The expected line of a source is `OK ` plus
`ast.dump(tree, include_attributes=True)`, or `ERR kind 'msg' lineno offset
end_lineno end_offset` (unknown positions as 0).
"""
import ast
import pathlib
import sys

HERE = pathlib.Path(__file__).parent


def split_cases(text):
    for part in text.split('\n----\n'):
        if part == '':
            continue
        if not part.endswith('\n'):
            part += '\n'
        mode = 'exec'
        while part.startswith('#mode ') or part.startswith('#nonl\n'):
            line, part = part.split('\n', 1)
            if line.startswith('#mode '):
                mode = line[len('#mode '):]
            else:
                part = part[:-1] if part.endswith('\n') else part
        yield mode, part


def expected(mode, source):
    try:
        tree = compile(source, '<test>', mode, ast.PyCF_ONLY_AST)
        return 'OK ' + ast.dump(tree, include_attributes=True)
    except SyntaxError as e:
        end = e.end_offset if e.end_offset and e.end_offset > 0 else 0
        return (f'ERR {type(e).__name__} {e.msg!r} {e.lineno or 0} {e.offset or 0} '
                f'{e.end_lineno or 0} {end}')
    except (MemoryError, RecursionError) as e:
        return f'ERR {type(e).__name__} {str(e)!r} 0 0 0 0'


def main():
    assert sys.version_info[:2] == (3, 11), 'the goldens come from CPython 3.11'
    for cases in sorted(HERE.glob('*.cases')):
        lines = [expected(m, s) for m, s in split_cases(cases.read_text())]
        cases.with_suffix('.expected').write_text('\n'.join(lines) + '\n')
        print(f'{cases.name}: {len(lines)} cases')


main()
