# Exceptions used for control flow in realistic loops.
data = ['10', 'x', '3.5', '', '7', None, '-2']
total = 0
errors = []
for item in data:
    try:
        total += int(item)
    except ValueError as e:
        errors.append(('ValueError', str(e)))
    except TypeError as e:
        errors.append(('TypeError', str(e)))
    else:
        print('added', item)
print(total)
for err in errors:
    print(err)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float('inf')
    except TypeError:
        return None
print([safe_div(1, x) for x in (2, 0, 'a', 4)])
d = {'a': 1}
for key in ('a', 'b'):
    try:
        v = d[key]
    except KeyError:
        v = 'default'
    print(key, v)
def first_even(nums):
    for n in nums:
        if n % 2 == 0:
            return n
    raise LookupError('no even number')
for seq in ([1, 3, 4], [1, 3]):
    try:
        print(first_even(seq))
    except LookupError as e:
        print('LookupError:', e)
stack = [1, 2]
while True:
    try:
        print('pop', stack.pop())
    except IndexError as e:
        print('stack empty:', e)
        break
count = 0
it = iter(range(3))
while True:
    try:
        v = next(it)
    except StopIteration:
        break
    count += v
print(count)
