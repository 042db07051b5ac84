# f-strings with nested format specs and the = specifier.
width = 10
prec = 3
value = 3.14159265
print(f"[{value:{width}.{prec}f}]")
print(f"[{value:>{width}}]")
print(f"[{'abc':{'*'}^{width}}]")
align = '<'
print(f"[{42:{align}{width}}]")
print(f"[{42:0{width}d}]")
x = 10
y = 'text'
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=}")
print(f"{y=}")
print(f"{y=!s}")
print(f"{value=:.2f}")
print(f"{x=:>5}")
print(f"{len(y)=}")
print(f"{255:#x} {255:#o} {255:#b} {255:X}")
print(f"{-42:+} {42:+} {42: } {-42: }")
print(f"{1234567.891:,.2f} {1234567:_}")
print(f"{0.000123:e} {123456789.0:g} {0.5:.0%}")
for w in range(1, 5):
    print(f"{'x':>{w}}|")
fmt = ".1f"
print(f"{2.25:{fmt}} {2.35:{fmt}}")
