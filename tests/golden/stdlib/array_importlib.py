import array, importlib
a = array.array('i', [1, 2, 3])
a.append(4)
print(a, a.typecode, a.itemsize, len(a), a[1:3], a.tolist(), sum(a))
try:
    a.append(2**40)
except OverflowError as e:
    print('OverflowError', e)
try:
    a.append('x')
except TypeError as e:
    print('TypeError', e)
f = array.array('d', [1.5, 2])
print(f, f + array.array('d', [3]), array.array('b'))
m = importlib.import_module('json')
print(m.dumps([1, 2]), importlib.import_module('os.path').join('a', 'b'))
try:
    importlib.import_module('nope_module')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
