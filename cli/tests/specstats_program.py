# Specialisation made visible: the expected counts in specstats.rs are worked
# out by hand from the adaptive counters (warm-up 1, miss budget 52).
import dis


def add(a, b):
    return a + b


before = add.__code__.co_code
for i in range(100):
    add(i, 1)        # generic once, specialised on the 2nd run: 99 int hits
print("co_code unchanged:", add.__code__.co_code == before)
dis.dis(add, adaptive=True)
print("--")
dis.dis(add)
print("--")
for i in range(60):
    add(0.5, 0.25)   # 53 misses deoptimise; generic once; then 6 float hits
dis.dis(add, adaptive=True)
