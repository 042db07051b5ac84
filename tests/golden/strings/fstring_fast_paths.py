# f-strings whose value is an exact int or str with no format spec skip
# __format__ (PyObject_Format's fast paths); subclasses still call theirs.
class I(int):
    def __format__(self, spec):
        return "I!" + spec
class S(str):
    def __format__(self, spec):
        return "S!" + spec
big = 10 ** 30
for v in [0, -5, 2 ** 63 - 1, -2 ** 63, big, -big, True, False, I(3), S("x"), "plain", 1.5, None]:
    print(f"{v}|{v!r}|{v!s}|{v:}|{v:>4}" if not isinstance(v, (I, S)) else f"{v}|{v:q}")
