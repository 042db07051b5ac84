# warnings: warn with filters, catch_warnings(record=True), showwarning hooks.
import sys
import warnings

print(warnings.filters)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('second', DeprecationWarning)
    warnings.warn(RuntimeWarning('third'))
    print(len(w), [(x.category.__name__, str(x.message)) for x in w])
    print(type(w[0].message).__name__, w[0].lineno > 0, w[0].filename.endswith('warnings_filters.py'))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('loop')
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('x')
        warnings.warn('y')
    print([str(x.message) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('boom', UserWarning)
    except UserWarning as e:
        print('raised', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='ign')
    warnings.filterwarnings('error', message='.*fatal', category=RuntimeWarning)
    warnings.warn('ignore me')
    warnings.warn('IGNORED too')
    warnings.warn('kept')
    try:
        warnings.warn('very fatal', RuntimeWarning)
    except RuntimeWarning as e:
        print('err', e)
    warnings.warn('very fatal')
    print([str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('ignore', DeprecationWarning)
    warnings.simplefilter('always', UserWarning)
    warnings.warn('dep', DeprecationWarning)
    warnings.warn('usr')
    print([str(x.message) for x in w])


def deprecated_api():
    warnings.warn('old api', DeprecationWarning, stacklevel=2)


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    deprecated_api()
    line = w[0].lineno
    print(w[0].category.__name__, line > 0)
try:
    warnings.warn('x', int)
except TypeError as e:
    print('TypeError', e)
try:
    warnings.simplefilter('bogus')
except AssertionError as e:
    print('AssertionError', e)
print(warnings.formatwarning('msg', UserWarning, 'file.py', 12, line='  code()  '), end='')
print(repr(warnings.formatwarning('msg', RuntimeWarning, 'nofile.py', 3, line='')))
log = []


def show(message, category, filename, lineno, file=None, line=None):
    log.append((str(message), category.__name__))


old = warnings.showwarning
warnings.showwarning = show
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.warn('custom hook')
warnings.showwarning = old
print(log)
print(len(warnings.filters))


class Err:
    def __init__(self):
        self.buf = []

    def write(self, s):
        self.buf.append(s)


e = Err()
old_err = sys.stderr
sys.stderr = e
warnings.warn_explicit('explicit', UserWarning, 'somefile.py', 7)
warnings.warn_explicit('explicit', UserWarning, 'somefile.py', 7, registry={})
sys.stderr = old_err
print(e.buf)
w = warnings.WarningMessage('m', UserWarning, 'f.py', 3)
print(w)
