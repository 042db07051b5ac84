# Exception chaining: __context__, __cause__ and __suppress_context__.
def describe(e):
    c = e.__cause__
    x = e.__context__
    return (type(e).__name__, str(e), type(c).__name__ if c else None, type(x).__name__ if x else None, e.__suppress_context__)
try:
    try:
        {}['missing']
    except KeyError as ke:
        raise ValueError('converted') from ke
except ValueError as e:
    print(describe(e), e.__cause__ is e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('implicit chain')
except RuntimeError as e:
    print(describe(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('suppressed') from None
except RuntimeError as e:
    print(describe(e))
try:
    raise IndexError('direct') from TypeError('explicit cause')
except IndexError as e:
    print(describe(e), str(e.__cause__))
try:
    raise ValueError('cls cause') from KeyError
except ValueError as e:
    print(describe(e), repr(e.__cause__))
try:
    raise ValueError('bad') from 5
except TypeError as e:
    print(type(e).__name__, e)
def three_levels():
    try:
        try:
            raise KeyError('level1')
        except KeyError:
            raise ValueError('level2')
    except ValueError:
        raise TypeError('level3')
try:
    three_levels()
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f'{type(cur).__name__}({cur})')
        cur = cur.__context__
    print(' <- '.join(chain))
e = ValueError('manual')
e.__cause__ = KeyError('set by hand')
print(e.__suppress_context__, repr(e.__cause__))
try:
    raise e
except ValueError as caught:
    print(caught is e, repr(caught.__cause__), caught.__suppress_context__)
try:
    try:
        raise ValueError('inner')
    except ValueError as inner:
        try:
            raise TypeError('handler')
        except TypeError as t:
            print(repr(t.__context__), t.__context__ is inner)
            raise
except TypeError as outer:
    print('reraised', repr(outer), repr(outer.__context__))
