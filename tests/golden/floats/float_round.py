# round() and banker's rounding.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005):
    print(v, round(v), round(v, 2), round(v, 1))
print(round(3.14159, 3), round(-3.14159, 3), round(2.5, 0), round(1234.5678, -2))
print(round(1234.5678, -1), round(0.125, 2), round(0.375, 2), round(5.5, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(1e20), round(1.23456789e10, 3), round(-0.4), round(-0.6))
print(round(2.5e-7, 7), round(123.456, 10), round(1e300, -300), round(7.0, -1))
for x in (float('inf'), float('nan')):
    try:
        round(x)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float('inf'), 2), round(float('nan'), 2))
print(round(-0.0), round(-0.0, 1), round(0.05, 1), round(0.15, 1), round(0.25, 1))
