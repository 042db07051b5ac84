# The list methods.
a = [3, 1, 4, 1, 5]
a.append(9)
print(a)
a.extend([2, 6])
a.extend(range(2))
a.extend('ab')
print(a)
a.insert(0, 'first')
a.insert(100, 'last')
a.insert(-1, 'before last')
a.insert(-100, 'very first')
print(a)
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(1)
print(a, a.index(1), a.count(1), a.count('z'), a.index(5, 2), a.index(9, 3, 5))
for bad in (lambda: a.remove('zzz'), lambda: a.index('zzz'), lambda: [].pop(), lambda: a.pop(99),
            lambda: a.index(3, 1)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
nums = [5, 2, 8, 1, 9]
nums.reverse()
print(nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
c = nums.copy()
c.append(0)
print(nums, c)
c.clear()
print(c, len(c))
print([1, 2] * 3, [0] * 0, [[]] * 2, [1] + [2, 3])
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
print(list(), list('abc'), list((1, 2)), list(range(3)), list({'k': 1}))
x = [1, 2, 3]
y = x
y += [4]
print(x, y is x)
y = y + [5]
print(x, y, y is x)
x *= 2
print(x)
