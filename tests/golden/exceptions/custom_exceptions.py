# User-defined exception classes.
class AppError(Exception):
    """Base for application errors."""
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f'{key!r} not found')
        self.key = key
class Invalid(AppError):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason
    def __str__(self):
        return f'{self.field}: {self.reason}'
class WithCode(AppError):
    code = 500
class Teapot(WithCode):
    code = 418
errors = [NotFound('user'), Invalid('age', 'negative'), WithCode('generic'), Teapot("I'm a teapot"), AppError()]
for err in errors:
    try:
        raise err
    except NotFound as e:
        print('NotFound', e, e.key, e.args)
    except Invalid as e:
        print('Invalid', e, e.field, e.args, repr(e))
    except WithCode as e:
        print(type(e).__name__, e.code, e, repr(e))
    except AppError as e:
        print('AppError', repr(e), str(e) == '', e.args)
print(issubclass(Teapot, Exception), Teapot.__mro__[1:4], AppError.__doc__)
class Retry(Exception):
    def __init__(self, attempts, *rest):
        super().__init__(attempts, *rest)
        self.attempts = attempts
try:
    raise Retry(3, 'extra', 'args')
except Retry as e:
    print(e, repr(e), e.attempts, e.args)
class NoSuper(Exception):
    def __init__(self, msg):
        self.msg = msg
try:
    raise NoSuper('hello')
except NoSuper as e:
    print(repr(str(e)), repr(e), e.args, e.msg)
class Silent(Exception):
    pass
try:
    raise Silent
except Silent as e:
    print(repr(e), e.args, type(e) is Silent)
def validate(age):
    if not isinstance(age, int):
        raise Invalid('age', f'expected int, got {type(age).__name__}')
    if age < 0:
        raise Invalid('age', 'must be >= 0')
    return age
for a in (5, -1, 'x'):
    try:
        print('valid', validate(a))
    except AppError as e:
        print('invalid', e)
class KeyLike(KeyError):
    pass
try:
    raise KeyLike('custom key')
except LookupError as e:
    print(type(e).__name__, e, repr(e))
try:
    raise 'string'
except TypeError as e:
    print(type(e).__name__, e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        pass
    except NotAnException:
        pass
    print('unused bad except clause is fine')
    try:
        1 / 0
    except NotAnException:
        pass
except TypeError as e:
    print(type(e).__name__, e)
