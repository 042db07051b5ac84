# raise ... from ...: the last line shows the final exception.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f'cannot parse {s!r}') from e
print(parse('5'))
parse('five')
