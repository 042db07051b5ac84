# Messages for wrong calls to builtins.
calls = [
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(),
    lambda: abs(1, 2),
    lambda: chr(),
    lambda: divmod(1),
    lambda: isinstance(1),
    lambda: getattr(1),
    lambda: sorted(),
    lambda: sorted([1], reverse=1, bogus=2),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: {}.get(),
    lambda: 'abc'.split(1),
    lambda: 'abc'.join(),
    lambda: str.upper(),
    lambda: int.from_bytes(),
    lambda: range(),
    lambda: range(1, 2, 3, 4),
    lambda: zip(strict=True, foo=1),
    lambda: print(end=1),
    lambda: 'x'.startswith(),
    lambda: {}.pop(),
    lambda: [].pop(1, 2),
    lambda: (1).to_bytes(),
]
for i, c in enumerate(calls):
    try:
        c()
        print(i, 'no error')
    except TypeError as e:
        print(i, type(e).__name__, e)
