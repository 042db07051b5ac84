class C:
    def m(self, x):
        return x
    def __call__(self, y):
        return y
def f(a, b):
    return a
c = C()
for i in range(3):
    f(i, i)
    c.m(i)
bm = c.m
bm(1)
c(2)
len([1])
f(*[1, 2])
