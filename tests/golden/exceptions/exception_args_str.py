# args, str() and repr() of builtin exceptions.
samples = [Exception(), Exception('one'), Exception('a', 'b'), Exception(1, [2]), ValueError('bad value'),
           KeyError('key'), KeyError(), KeyError('a', 'b'), KeyError(42), IndexError('idx'), TypeError(),
           ZeroDivisionError('division by zero'), RuntimeError(None), StopIteration(5), StopIteration(),
           AttributeError('attr'), NameError('n'), AssertionError('assert msg'), LookupError(),
           NotImplementedError('todo'), OverflowError('big'), UnicodeError('u'), ArithmeticError(1.5)]
for e in samples:
    print(type(e).__name__, '|', str(e), '|', repr(e), '|', e.args)
print(StopIteration(7).value, StopIteration().value, StopIteration(1, 2).value)
print(SystemExit(3).code, SystemExit().code, SystemExit('msg').code, SystemExit(1, 2).code)
print(KeyboardInterrupt.__mro__[1].__name__, GeneratorExit.__mro__[1].__name__)
e = ValueError('x')
e.args = ('changed', 2)
print(str(e), repr(e))
e.custom = 'attr'
print(e.custom)
print(str(KeyError('')), repr(KeyError('')), str(Exception('')), str(KeyError("it's")))
nested = Exception(Exception('inner'))
print(str(nested), repr(nested))
print(isinstance(Exception(), BaseException), isinstance(SystemExit(), Exception))
