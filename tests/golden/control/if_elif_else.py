# if/elif/else chains and truthiness.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
print([classify(v) for v in (-5, 0, 3, 42, 1000)])
for v in (0, 1, '', 'a', [], [0], {}, None, 0.0, -0.0, 0j, set(), (), (None,)):
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
x = 5
if x > 3:
    if x > 4:
        print('nested both')
    else:
        print('nested outer only')
if not x == 5:
    print('not printed')
elif x == 5 and x != 4:
    print('elif with and')
def fizzbuzz(n):
    if n % 15 == 0:
        return 'FizzBuzz'
    if n % 3 == 0:
        return 'Fizz'
    if n % 5 == 0:
        return 'Buzz'
    return str(n)
print(' '.join(fizzbuzz(i) for i in range(1, 31)))
grade = lambda s: 'A' if s >= 90 else 'B' if s >= 80 else 'C' if s >= 70 else 'F'
print([grade(s) for s in (95, 85, 75, 65, 90, 80)])
print('yes' if [] else 'no', 'yes' if [[]] else 'no', 1 if 0 else 2 if 0 else 3)
