# Arithmetic edge cases: overflow, underflow, signed zero, inf and nan.
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, -nan, repr(inf), str(nan))
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / 1e308, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, inf > 1e308)
print(1e308 * 10, -1e308 * 10, 1e-308 / 1e10, 5e-324 / 2)
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0, 0.0 / -1)
print(2 ** 0.5 * 2 ** 0.5, 10 ** 0.5, 0.5 ** 2)
print(inf ** 0, nan ** 0, 1 ** nan, 1.0 ** inf, 2.0 ** -inf, 0.5 ** inf)
print(min(inf, 5), max(-inf, -5), abs(-inf), abs(-0.0))
print(inf % 5 if False else 'skip', 5 % inf, -5 % inf, 5.0 // inf, -5.0 // inf)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, len(e.args))
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__)
print(int(1e18), int(1.9999999999999998), 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(3.0 * 1.1, 1.1 + 2.2, 1e16 - 1e16 + 1, 1 - 1e-16)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, -0.0 % 5, 0.0 % -5)
print((-1.0) ** 0.5)
print(divmod(1.0, 0.1), 1.0 % 0.1, 1.0 // 0.1)
print(float.__name__, (1.5).hex(), float.fromhex('0x1.8p1'), (0.1).hex())
print((2.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (1e-3).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), inf.is_integer())
print(1.5.conjugate(), (2.0).real, (2.0).imag)
