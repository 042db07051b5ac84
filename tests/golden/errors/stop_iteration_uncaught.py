# next() on an exhausted iterator outside any loop.
it = iter([1])
print(next(it))
next(it)
