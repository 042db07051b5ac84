"""Regenerates the *.expected files of the golden tests from CPython 3.11.

Run from anywhere:  python3.11 compiler/tests/golden/regen.py

Each *.cases file holds sources separated by lines of exactly `----`.
A source may start with `#mode eval` or `#mode single` (default: exec) and
with `#nonl` (the source has no final newline); those header lines are not
part of the source. The expected line of a source is `OK ` plus
`ast.dump(tree, include_attributes=True)`, or `ERR kind 'msg' lineno offset
end_lineno end_offset` (unknown positions as 0).

Each *.symcases file holds sources (same separators) whose expected lines
(in *.symexpected) describe the symbol tables: one line per scope and per
symbol, from Python's `symtable` module and the compiled code objects
(co_varnames, co_cellvars, co_freevars), or the `ERR` line of `compile()`.
"""
import ast
import pathlib
import symtable
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


SCOPES = {1: 'Local', 2: 'GlobalExplicit', 3: 'GlobalImplicit', 4: 'Free', 5: 'Cell'}
CODE_NAMES = {'lambda': '<lambda>', 'listcomp': '<listcomp>', 'setcomp': '<setcomp>',
              'dictcomp': '<dictcomp>', 'genexpr': '<genexpr>'}


def error_line(e):
    if isinstance(e, SyntaxError):
        end = e.end_offset if e.end_offset and e.end_offset > 0 else 0
        return (f'ERR {type(e).__name__} {e.msg!r} {e.lineno or 0} {e.offset or 0} '
                f'{e.end_lineno or 0} {end}')
    return f'ERR {type(e).__name__} {str(e)!r} 0 0 0 0'


def symbol_lines(source):
    try:
        code = compile(source, '<test>', 'exec')
        top = symtable.symtable(source, '<test>', 'exec')
    except (SyntaxError, RecursionError, MemoryError) as e:
        return [error_line(e)]
    codes = {}

    def collect(c):
        for k in c.co_consts:
            if hasattr(k, 'co_qualname'):
                codes.setdefault(k.co_qualname, []).append(k)
                collect(k)
    collect(code)
    lines = []

    def walk(t, qual, depth):
        kind = t.get_type()
        kind = kind if isinstance(kind, str) else kind.value
        lines.append(f"{'  ' * depth}{kind} {t.get_name()} line={t.get_lineno()}")
        for sym in sorted(t.get_symbols(), key=lambda s: s.get_name()):
            flags = sym._Symbol__flags
            words = [SCOPES.get(sym._Symbol__scope, '?')]
            for word, test in [('param', sym.is_parameter()), ('assigned', sym.is_assigned()),
                               ('referenced', sym.is_referenced()), ('annotated', sym.is_annotated()),
                               ('imported', sym.is_imported()), ('nonlocal', sym.is_nonlocal()),
                               ('global', bool(flags & 1)), ('free_class', bool(flags & 64))]:
                if test:
                    words.append(word)
            lines.append(f"{'  ' * depth}  {sym.get_name()}: {' '.join(words)}")
        if kind in ('function', 'class'):
            found = codes.get(qual, [])
            if found:
                c = found.pop(0)
                lines.append(f"{'  ' * depth}  code varnames={list(c.co_varnames)} "
                             f"cellvars={list(c.co_cellvars)} freevars={list(c.co_freevars)}")
        for child in t.get_children():
            name = CODE_NAMES.get(child.get_name(), child.get_name())
            if kind == 'module':
                child_qual = name
            elif kind == 'class' or t.get_name() in ('listcomp', 'setcomp', 'dictcomp', 'genexpr'):
                child_qual = f'{qual}.{name}'
            else:
                child_qual = f'{qual}.<locals>.{name}'
            walk(child, child_qual, depth + 1)
    walk(top, '', 0)
    return lines


def main():
    assert sys.version_info[:2] == (3, 11), 'the goldens come from CPython 3.11'
    for cases in sorted(HERE.glob('*.cases')):
        lines = [expected(m, s) for m, s in split_cases(cases.read_text())]
        cases.with_suffix('.expected').write_text('\n'.join(lines) + '\n')
        print(f'{cases.name}: {len(lines)} cases')
    # Symbol tables (or full compile() errors) of the .symcases files, and
    # of every .cases file too.
    for cases in sorted(HERE.glob('*.symcases')) + sorted(HERE.glob('*.cases')):
        blocks = ['\n'.join(symbol_lines(s)) for _, s in split_cases(cases.read_text())]
        cases.with_suffix('.symexpected').write_text('\n----\n'.join(blocks) + '\n')
        print(f'{cases.name}: {len(blocks)} cases')


main()
