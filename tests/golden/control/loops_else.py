# for/else and while/else, break and continue.
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print('found at', i)
            break
    else:
        print('not found')
find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print('while finished normally, n =', n)
n = 0
while True:
    n += 1
    if n > 4:
        break
else:
    print('never printed')
print('after break, n =', n)
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print('even', i)
else:
    print('no else after break')
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print('pair', i, j)
    else:
        print('inner else never runs')
count = 0
while count < 10:
    count += 1
    if count % 3:
        continue
    print('multiple of 3:', count)
else:
    print('while else after continue-only loop')
primes = []
for candidate in range(2, 30):
    for p in primes:
        if candidate % p == 0:
            break
    else:
        primes.append(candidate)
print(primes)
for ch in 'abc':
    pass
print('loop variable after loop:', ch)
for k in []:
    pass
else:
    print('else on empty for')
total = 0
for i in range(5):
    total += i
    if total > 100:
        break
else:
    total = -total
print(total)
