# Assorted builtins: repr of builtins, bool ops, id-free identity checks, ellipsis.
print(None is None, ... is Ellipsis, NotImplemented, Ellipsis, repr(...))
print(type(None)(), bool(NotImplemented) if False else 'skip', int is int)
print(str.__name__, len.__name__, print.__name__, type(len).__name__)
print(True and 'yes', False or 'fallback', None or 0 or 'z', not None, not 'x')
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, a[:] is a)
x = 'literal'
print(x is x, (1, 2) == (1, 2))
print(list(range(0, 20, 5)), sorted(set([3, 1, 2])), tuple(reversed('ab')))
nums = [4, 8, 15, 16, 23, 42]
print(sum(nums) / len(nums), max(nums) - min(nums), sorted(nums, reverse=True)[:3])
print(list(map(lambda t: t[0] * t[1], enumerate(nums))))
print(any(n > 40 for n in nums), all(n % 2 == 0 for n in nums), [n for n in nums if n % 2])
print(divmod(sum(nums), len(nums)), round(sum(nums) / len(nums), 2), pow(2, len(nums)))
print(isinstance(nums, list) and len(nums) > 5, hasattr(nums, '__iter__'), callable(nums.sort))
print(dict(enumerate('abc')), list(zip(*enumerate('ab'))))
print(hex(sum(map(ord, 'hello'))), bin(len('hello')), oct(ord('A')))
print(format(sum(nums), '08b'), chr(max(map(ord, 'python'))), ''.join(sorted('python')))
