# Re-raising exceptions with bare raise and raise e.
def inner():
    raise ValueError('original message')
def middle():
    try:
        inner()
    except ValueError:
        print('middle saw it, re-raising')
        raise
try:
    middle()
except ValueError as e:
    print('outer got', repr(e))
def wrap():
    try:
        inner()
    except ValueError as e:
        e.args = ('modified ' + e.args[0],)
        raise e
try:
    wrap()
except ValueError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def handler_with_nested_try():
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise TypeError('inner')
        except TypeError:
            pass
        raise
try:
    handler_with_nested_try()
except KeyError as e:
    print('bare raise re-raised the outer one:', repr(e))
except TypeError as e:
    print('unexpected', e)
def retry(n):
    attempts = 0
    while True:
        try:
            attempts += 1
            if attempts < n:
                raise ConnectionError(f'attempt {attempts} failed')
            return f'succeeded after {attempts}'
        except ConnectionError as e:
            print('  retrying:', e)
            if attempts >= 5:
                raise
print(retry(3))
try:
    retry(10)
except ConnectionError as e:
    print('gave up:', e)
def cleanup_and_reraise():
    resource = 'open'
    try:
        raise IOError('disk')
    except OSError:
        resource = 'closed'
        print('cleanup done, resource', resource)
        raise
try:
    cleanup_and_reraise()
except OSError as e:
    print(type(e).__name__, e)
