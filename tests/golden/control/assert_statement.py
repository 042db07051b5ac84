# assert with and without messages (caught).
assert True
assert 1 == 1, 'never shown'
def check(v):
    assert isinstance(v, int), f'expected int, got {type(v).__name__}'
    assert v >= 0, v
    assert v != 13
    return v
for v in (5, 'x', -3, 13, 0):
    try:
        print('ok', check(v))
    except AssertionError as e:
        print('AssertionError', repr(e), e.args)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print(e.args[0])
try:
    assert 0, None
except AssertionError as e:
    print(repr(e), e.args)
x = 0
def side_effect():
    global x
    x += 1
    return 'msg'
assert True, side_effect()
print('message not evaluated when assertion passes:', x)
try:
    assert False, side_effect()
except AssertionError as e:
    print(e, x)
print(issubclass(AssertionError, Exception))
