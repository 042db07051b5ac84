# Line continuations, semicolons, comments and blank lines.
total = 1 + \
        2 + \
        3
print(total)
values = [
    1,
    2,  # a comment
    3,
]
print(values)
a = 1; b = 2; c = a + b
print(a, b, c)
if a: print("inline if")
for i in range(2): print("inline for", i)
while False: pass
d = {
    'a': 1,

    'b': 2,
}
print(d)
def f(
    x,
    y=2,
):
    return (x +
            y)
print(f(1))
result = (1
          + 2
          * 3)
print(result)
class C: x = 1; y = 2
print(C.x, C.y)
s = ('a'
     # comment between
     'b')
print(s)
print(1,
      2,
      sep='-')
