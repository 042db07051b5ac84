# contextlib: contextmanager, suppress, closing, nullcontext, redirect_stdout,
# ExitStack, ContextDecorator, AbstractContextManager.
import contextlib, sys
from contextlib import *
@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)
with tag('a') as t: print('body', t)
try:
    with tag('b'): raise ValueError('boom')
except ValueError as e: print('caught', e)
@contextmanager
def swallow():
    try: yield
    except KeyError as e: print('swallowed', repr(e))
with swallow(): raise KeyError('k')
print('after')
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
@contextmanager
def ignore_throw():
    try: yield
    except Exception: pass
    yield
try:
    with ignore_throw(): raise ValueError
except RuntimeError as e: print(e)
@contextmanager
def cm_si():
    yield
try:
    with cm_si(): raise StopIteration('si')
except StopIteration as e: print('StopIteration propagated', e)
@contextmanager
def reraise_other():
    try: yield
    except ValueError as e: raise TypeError('converted') from e
try:
    with reraise_other(): raise ValueError('v')
except TypeError as e: print(e, repr(e.__cause__))
@tag('deco')
def decorated(x): print('inside', x); return x * 2
print(decorated(3), decorated(4), decorated.__name__)
with suppress(KeyError, IndexError): {}['x']
with suppress(KeyError): print('no error')
try:
    with suppress(KeyError): [][1]
except IndexError: print('IndexError not suppressed')
class Res:
    def __init__(self, n): self.n = n
    def close(self): print('closing', self.n)
with closing(Res(1)) as r: print('using', r.n)
with nullcontext(5) as v: print(v)
with nullcontext() as v: print(v)
class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
b = Buf()
with redirect_stdout(b): print('captured'); print('twice')
print(repr(''.join(b.parts)))
with ExitStack() as stack:
    for i in range(3): stack.callback(print, 'callback', i)
    stack.enter_context(tag('x'))
    print('in stack')
with ExitStack() as stack:
    stack.callback(print, 'kept')
    s2 = stack.pop_all()
print('popped'); s2.close()
def exit_cb(*exc): print('exit_cb', exc[0]); return True
with ExitStack() as stack:
    stack.push(exit_cb)
    raise ValueError('suppressed by stack')
print('continuing')
class CM:
    def __enter__(self): print('enter CM'); return self
    def __exit__(self, *a): print('exit CM', a[0]); return False
try:
    with ExitStack() as st:
        st.enter_context(CM()); st.push(CM())
        raise KeyError('q')
except KeyError as e: print('KeyError', e)
def raiser(): raise IndexError('from cb')
try:
    with ExitStack() as st:
        st.callback(raiser)
        raise ValueError('orig')
except IndexError as e: print(repr(e), repr(e.__context__))
try:
    with ExitStack() as st: st.enter_context(3)
except TypeError as e: print(e)
print(isinstance(ExitStack(), AbstractContextManager), isinstance(CM(), AbstractContextManager), isinstance(3, AbstractContextManager))
class MyCD(ContextDecorator):
    def __enter__(self): print('cd enter'); return self
    def __exit__(self, *a): print('cd exit'); return False
@MyCD()
def g(): print('g body')
g()
