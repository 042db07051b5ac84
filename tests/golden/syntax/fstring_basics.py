# f-string expressions.
name = "World"
n = 7
items = [1, 2, 3]
d = {"k": "v", "n": 3}
print(f"Hello, {name}!")
print(f"{n} squared is {n * n}")
print(f"{items[0]} {items[-1]} {len(items)}")
print(f"{d['k']} {d['n'] + 1}")
print(f"{name.upper()} {name[::-1]} {name!r} {name!s} {name!a}")
print(f"{'é'!a} {'é'!r}")
print(f"{{literal}} {{{n}}}")
print(f"{n if n > 5 else 0}")
print(f"{[x * 2 for x in items]}")
print(f"{(lambda v: v + 1)(n)}")
print(f"{n:>5}|{n:<5}|{n:^5}|")
print(f"{3.14159:.2f} {1234567:,} {0.25:%}")
print(f"{'nested ' + f'{n}'}")
print(f"{n}" f"{n}")
print(f"{None} {True} {False}")
print(f"""multi
{n}
line""")
a, b = 3, 4
print(f"{a}+{b}={a + b}")
print(f"{a,}")
print(f"{(a, b)}")
print(f"{d}")
