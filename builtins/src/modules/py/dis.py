"""Disassembler of Taipan bytecode, laid out like CPython's dis listing."""

import _opcode

opname = _opcode.opname
_deopt = _opcode.deopt
opmap = {name: op for op, name in enumerate(opname)
         if not name.startswith('<') and _deopt[op] == op}
_specialized_instructions = [name for op, name in enumerate(opname)
                             if not name.startswith('<') and _deopt[op] != op]
hasjabs = list(_opcode.hasjabs)
hasjrel = []

_NAME_OPS = {'LOAD_NAME', 'STORE_NAME', 'DELETE_NAME', 'STORE_GLOBAL', 'DELETE_GLOBAL',
             'STORE_ATTR', 'DELETE_ATTR', 'IMPORT_NAME', 'IMPORT_FROM'}
_LOCAL_OPS = {'LOAD_FAST', 'STORE_FAST', 'DELETE_FAST'}
_DEREF_OPS = {'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLASSDEREF', 'LOAD_CLOSURE'}
_CMP = ('<', '<=', '==', '!=', '>', '>=')
_NB = ('+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^')
_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


class Instruction:
    """One decoded instruction, with the fields of CPython's dis.Instruction."""

    _fields = ('opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset',
               'starts_line', 'is_jump_target')

    def __init__(self, opname, opcode, arg, argval, argrepr, offset,
                 starts_line, is_jump_target):
        self.opname = opname
        self.opcode = opcode
        self.arg = arg
        self.argval = argval
        self.argrepr = argrepr
        self.offset = offset
        self.starts_line = starts_line
        self.is_jump_target = is_jump_target

    def __repr__(self):
        parts = ', '.join(f'{f}={getattr(self, f)!r}' for f in self._fields)
        return f'Instruction({parts})'

    def __eq__(self, other):
        if not isinstance(other, Instruction):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self._fields)

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append(str(self.starts_line).rjust(lineno_width))
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def _get_code(x):
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    if isinstance(x, str):
        x = compile(x, '<dis>', 'exec')
    if not hasattr(x, 'co_code'):
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)
    return x


def _deref_name(co, i):
    n = len(co.co_varnames)
    if i < n:
        return co.co_varnames[i]
    i -= n
    if i < len(co.co_cellvars):
        return co.co_cellvars[i]
    return co.co_freevars[i - len(co.co_cellvars)]


def _arg_info(co, name, arg):
    if arg is None:
        return None, ''
    if name == 'LOAD_CONST' or name == 'RETURN_CONST' or name == 'KW_NAMES':
        v = co.co_consts[arg]
        return v, repr(v)
    if name == 'LOAD_GLOBAL':
        v = co.co_names[arg >> 1]
        return v, ('NULL + ' + v) if arg & 1 else v
    if name == 'LOAD_ATTR':
        v = co.co_names[arg >> 1]
        return v, ('NULL|self + ' + v) if arg & 1 else v
    if name in _NAME_OPS:
        v = co.co_names[arg]
        return v, v
    if name in _LOCAL_OPS:
        v = co.co_varnames[arg]
        return v, v
    if name in _DEREF_OPS:
        v = _deref_name(co, arg)
        return v, v
    if name == 'COMPARE_OP':
        return _CMP[arg], _CMP[arg]
    if name == 'BINARY_OP':
        s = _NB[arg % 13] + ('=' if arg >= 13 else '')
        return arg, s
    if name == 'FORMAT_VALUE':
        conv = ('', 'str', 'repr', 'ascii')[arg & 3]
        if arg & 4:
            conv = (conv + ', ' if conv else '') + 'with format'
        return arg, conv
    if name == 'MAKE_FUNCTION':
        parts = [n for bit, n in ((1, 'defaults'), (2, 'kwdefaults'),
                                  (4, 'annotations'), (8, 'closure')) if arg & bit]
        return arg, ', '.join(parts)
    if name in ('IS_OP', 'CONTAINS_OP'):
        return arg, ''
    if _opcode.opname.index(name) in hasjabs:
        return arg, 'to ' + str(arg)
    return arg, ''


def _get_instructions_bytes(co, adaptive=False):
    raw = _opcode.instructions(co, adaptive)
    targets = set()
    for off, op, arg, line in raw:
        if _deopt[op] in hasjabs:
            targets.add(arg)
    for entry in _opcode.exception_table(co):
        targets.add(entry[2])
    last_line = None
    for off, op, arg, line in raw:
        name = opname[op]
        starts = None
        if line != last_line:
            starts = line
            last_line = line
        argval, argrepr = _arg_info(co, opname[_deopt[op]], arg)
        yield Instruction(name, op, arg, argval, argrepr, off, starts, off in targets)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """The instructions of a function, method, code object or source string."""
    return iter(list(_get_instructions_bytes(_get_code(x), adaptive)))


def _disassemble(co, file=None, depth=None, adaptive=False):
    lines = []
    first = True
    for ins in _get_instructions_bytes(co, adaptive):
        if ins.starts_line is not None and not first:
            lines.append('')
        first = False
        lines.append(ins._disassemble())
    table = _opcode.exception_table(co)
    if table:
        lines.append('ExceptionTable:')
        for start, end, target, depth_, lasti in table:
            lines.append(f'  {start} to {end - 2} -> {target} [{depth_}]' + (' lasti' if lasti else ''))
    print('\n'.join(lines), file=file)
    if depth is None or depth > 0:
        for c in co.co_consts:
            if hasattr(c, 'co_code'):
                print(file=file)
                print(f'Disassembly of {c!r}:', file=file)
                _disassemble(c, file=file, depth=None if depth is None else depth - 1, adaptive=adaptive)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble a class, method, function, code object or source string."""
    if x is None:
        raise RuntimeError('no last traceback to disassemble')
    if hasattr(x, '__dict__') and not hasattr(x, '__code__') and not hasattr(x, '__func__'):
        items = sorted(vars(x).items())
        for name, value in items:
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            if hasattr(value, '__code__') or hasattr(value, '__func__') or hasattr(value, 'co_code'):
                print(f'Disassembly of {name}:', file=file)
                try:
                    dis(value, file=file, depth=depth, adaptive=adaptive)
                except TypeError as e:
                    print('Sorry:', e, file=file)
                print(file=file)
        return
    _disassemble(_get_code(x), file=file, depth=depth, adaptive=adaptive)


disassemble = _disassemble


class Bytecode:
    """The bytecode of a function, method, code object or source string, as
    an iterable of Instruction objects."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = _get_code(x)
        self.first_line = self.codeobj.co_firstlineno if first_line is None else first_line
        self.current_offset = current_offset
        self.adaptive = adaptive

    def __iter__(self):
        return _get_instructions_bytes(self.codeobj, self.adaptive)

    def __repr__(self):
        return f'Bytecode({self.codeobj!r})'

    def dis(self):
        import io
        out = io.StringIO()
        _disassemble(self.codeobj, file=out, adaptive=self.adaptive)
        return out.getvalue()


def code_info(x):
    co = _get_code(x)
    lines = [
        f'Name:              {co.co_name}',
        f'Filename:          {co.co_filename}',
        f'Argument count:    {co.co_argcount}',
        f'Positional-only arguments: {co.co_posonlyargcount}',
        f'Kw-only arguments: {co.co_kwonlyargcount}',
        f'Number of locals:  {co.co_nlocals}',
        f'Stack size:        {co.co_stacksize}',
    ]
    if co.co_consts:
        lines.append('Constants:')
        lines.extend(f'{i:4}: {c!r}' for i, c in enumerate(co.co_consts))
    if co.co_names:
        lines.append('Names:')
        lines.extend(f'{i:4}: {n}' for i, n in enumerate(co.co_names))
    if co.co_varnames:
        lines.append('Variable names:')
        lines.extend(f'{i:4}: {n}' for i, n in enumerate(co.co_varnames))
    return '\n'.join(lines)


def show_code(co, *, file=None):
    print(code_info(co), file=file)


def _main():
    """`taipan -m dis script.py`: disassemble a source file."""
    import sys
    if len(sys.argv) < 2:
        print('usage: taipan -m dis <file>', file=sys.stderr)
        raise SystemExit(2)
    path = sys.argv[1]
    with open(path) as f:
        source = f.read()
    dis(compile(source, path, 'exec'))


if __name__ == '__main__':
    _main()
