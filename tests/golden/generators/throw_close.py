# throw() and close().
def guarded():
    try:
        while True:
            try:
                yield 'working'
            except ValueError as e:
                print('  handled inside:', e)
                yield 'recovered'
    finally:
        print('  cleanup')
g = guarded()
print(next(g))
print(g.throw(ValueError('bad input')))
print(next(g))
try:
    g.throw(KeyError('unhandled'))
except KeyError as e:
    print('propagated', repr(e))
print(next(g, 'closed after exception'))
g = guarded()
next(g)
g.close()
print('closed', next(g, 'nothing more'))
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print('  got GeneratorExit')
        raise
g = catches_exit()
next(g)
g.close()
g.close()
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse to die'
g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def never_started():
    print('  never printed')
    yield
g = never_started()
g.close()
print('closing an unstarted generator runs nothing')
g = never_started()
try:
    g.throw(TypeError('thrown before start'))
except TypeError as e:
    print(type(e).__name__, e)
def returns_on_throw():
    try:
        yield 1
    except ValueError:
        return 'value from return'
g = returns_on_throw()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print('StopIteration value:', e.value)
def delegating():
    try:
        yield from guarded()
    finally:
        print('  outer cleanup')
d = delegating()
print(next(d), d.throw(ValueError('through yield from')))
d.close()
def inner_return_on_close():
    try:
        yield 1
    finally:
        print('  finally on close')
g = inner_return_on_close()
next(g)
g.close()
print('after close')
