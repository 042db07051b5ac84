# Guards of the native CALL forms (CALL_BUILTIN_O / _FAST,
# CALL_NO_KW_METHOD_DESCRIPTOR_O / _NOARGS / _FAST): each site is warmed up
# with one callable, then given another convention, arity, or a `self` of
# the wrong type; the results and errors must be those of the general call.


def call1(f, x):
    return f(x)


def call2(f, x, y):
    return f(x, y)


def meth0(o):
    return o.upper()


def meth1(o, x):
    return o.count(x)


def meth2(o, x, y):
    return o.get(x, y)


def unbound1(f, o):
    return f(o)


def unbound2(f, o, x):
    return f(o, x)


def run(site, *args, times=40):
    r = None
    for _ in range(times):
        r = site(*args)
    return r


def attempt(site, *args):
    try:
        return site(*args)
    except Exception as e:
        return f"{type(e).__name__}: {e}"


# CALL_BUILTIN_O, then other callables at the same site.
print("O", run(call1, abs, -3), run(call1, len, "abcd"))
print("O other", call1(str, 5), call1(lambda v: v * 2, 4), call1(sorted, (3, 1, 2)))
print("O errors", attempt(call1, abs, "x"), attempt(call1, ord, "ab"))
print("O arity", attempt(call1, divmod, 7))

# CALL_BUILTIN_FAST.
print("FAST", run(call2, divmod, 17, 5), run(call2, pow, 2, 10))
print("FAST other", call2(max, 3, 9), call2(isinstance, 1, int), call2(lambda a, b: a - b, 9, 4))
print("FAST errors", attempt(call2, divmod, 1, 0), attempt(call2, pow, "a", 2))

# Method descriptors through method loading.
print("NOARGS", run(meth0, "abc"), meth0(b"xyz"))
print("NOARGS errors", attempt(meth0, 5))


class Up:
    def upper(self):
        return "Up.upper"


print("NOARGS python", meth0(Up()))
print("O method", run(meth1, [1, 2, 1], 1), meth1("banana", "a"), meth1((1, 1, 1), 1))
print("FAST method", run(meth2, {1: "one"}, 1, "-"), meth2({}, 1, "-"))


class D(dict):
    def get(self, k, d=None):
        return ("D.get", k, d)


print("FAST method override", meth2(D(), 1, 2))
print("FAST method errors", attempt(meth2, [], 1, 2))

# Unbound method descriptors called with an explicit self.
print("unbound O", run(unbound2, list.count, [1, 2, 2], 2), attempt(unbound2, list.count, (1,), 1))
print("unbound NOARGS", run(unbound1, str.upper, "q"), attempt(unbound1, str.upper, 5))
print("unbound NOARGS other", unbound1(str.lower, "Q"), unbound1(bytes.upper, b"q"))
print("unbound missing self", attempt(unbound1, str.upper, None))
print("unbound FAST", run(unbound2, str.split, "a b c", " "), attempt(unbound2, str.split, 5, " "))


class S(str):
    pass


print("subclass self", unbound1(str.upper, S("sub")), unbound2(str.split, S("x,y"), ","))

# Exceptions raised inside native code reached from these sites keep their
# type and message, and the stack is sound afterwards.
total = 0
last = None
for i in range(60):
    try:
        total += call1(int, "7" if i % 3 else "x")
    except ValueError as e:
        total += 100
        last = str(e)
print("mixed", total, last)
