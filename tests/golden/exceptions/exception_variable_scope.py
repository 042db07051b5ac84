# The 'as' target is cleared at the end of the handler.
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    print('inside handler', repr(e))
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        exc
    except UnboundLocalError as err:
        print(type(err).__name__, err)
    return saved
print(repr(f()))
def handler_value():
    result = None
    try:
        int('bad')
    except ValueError as problem:
        result = str(problem)
    return result
print(handler_value())
try:
    raise KeyError('k')
except KeyError as caught:
    kept = caught
print(repr(kept), 'caught' in dir())
for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as ie:
        last = ie.args
print(last)
