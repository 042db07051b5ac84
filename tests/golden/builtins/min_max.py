# min() and max() with key and default.
print(max(3, 1, 2), min(3, 1, 2), max([4, 8, 2]), min((4, 8, 2)), max('hello'), min({5, 3, 9}))
print(max([1, 5, 3], key=lambda x: -x), min(['aaa', 'b', 'cc'], key=len), max('b', 'aa', 'c', key=len))
print(max([], default='empty'), min([], default=None), max([7], default=0), max([], key=len, default=-1))
print(max([2, 2.0]), max([2.0, 2]), min([1, True]), min([True, 1]), max(['a', 'b', 'a'], key=str.upper))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]), min({'x': 3, 'y': 1}, key={'x': 3, 'y': 1}.get))
print(max(range(10), key=lambda n: n % 4), min(range(10), key=lambda n: (n % 4, -n)))
print(max(iter([3, 9, 1])), max(x * x for x in range(-5, 3)))
for call in (lambda: max([]), lambda: min(()), lambda: max(1), lambda: max(1, 2, default=0),
             lambda: max('a', 1), lambda: max(), lambda: min([1], bogus=1)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
