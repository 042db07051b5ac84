# finally interacting with return, break, continue and exceptions.
def return_in_finally():
    try:
        return 'try value'
    finally:
        return 'finally value'
print(return_in_finally())
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'finally swallowed the exception'
print(swallow())
def finally_sees_return():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('finally sets x =', x)
print(finally_sees_return())
def mutable_return():
    data = []
    try:
        return data
    finally:
        data.append('added in finally')
print(mutable_return())
def break_in_finally():
    for i in range(5):
        try:
            raise KeyError(i)
        finally:
            break
    return 'loop broken, exception discarded, i=%d' % i
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def nested_finally():
    log = []
    try:
        try:
            log.append('inner try')
            return log
        finally:
            log.append('inner finally')
    finally:
        log.append('outer finally')
print(nested_finally())
def finally_raises():
    try:
        raise KeyError('first')
    finally:
        raise ValueError('second')
try:
    finally_raises()
except ValueError as e:
    print(repr(e), repr(e.__context__))
def count_calls():
    calls = []
    def f(n):
        try:
            if n == 0:
                return 'base'
            return f(n - 1)
        finally:
            calls.append(n)
    return f(3), calls
print(count_calls())
def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        print('generator finally')
gen = generator_finally()
for v in gen:
    print('got', v)
    break
print('after loop')
gen.close()
print('after close')
def while_else_finally():
    n = 0
    while n < 3:
        try:
            n += 1
        finally:
            pass
    else:
        return 'while else reached with n=%d' % n
print(while_else_finally())
