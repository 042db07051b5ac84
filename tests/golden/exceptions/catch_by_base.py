# Handlers match by base class; the first matching handler wins.
def trigger(kind):
    if kind == 'zero':
        return 1 / 0
    if kind == 'key':
        return {}['k']
    if kind == 'index':
        return [][0]
    if kind == 'type':
        return 1 + 'a'
    if kind == 'value':
        return int('z')
    if kind == 'attr':
        return None.x
    if kind == 'name':
        return undefined_name
    if kind == 'overflow':
        return 2.0 ** 5000
    if kind == 'recursion':
        def r():
            return r()
        return r()
    if kind == 'stop':
        return next(iter([]))
    return 'no error'
for kind in ('zero', 'key', 'index', 'type', 'value', 'attr', 'name', 'overflow', 'recursion', 'stop', 'none'):
    try:
        result = trigger(kind)
        print(kind, 'ok', result)
    except ArithmeticError as e:
        print(kind, 'ArithmeticError handler:', type(e).__name__)
    except LookupError as e:
        print(kind, 'LookupError handler:', type(e).__name__, e)
    except (TypeError, ValueError) as e:
        print(kind, 'TypeError/ValueError handler:', type(e).__name__, e)
    except RuntimeError as e:
        print(kind, 'RuntimeError handler:', type(e).__name__, e)
    except Exception as e:
        print(kind, 'Exception handler:', type(e).__name__, e)
try:
    raise KeyError('first match')
except Exception:
    print('Exception listed first wins')
except KeyError:
    print('never')
try:
    raise SystemExit(5)
except Exception:
    print('not caught by Exception')
except BaseException as e:
    print('caught by BaseException', type(e).__name__, e.code)
handlers = (KeyError, IndexError)
try:
    [1][5]
except handlers as e:
    print('tuple variable handler', type(e).__name__)
try:
    raise ValueError
except (ValueError,) as e:
    print('class raised gives instance', repr(e))
