# Method call on None, a classic mistake.
def find(items, key):
    for item in items:
        if item == key:
            return item
result = find(['a', 'b'], 'z')
print('result is', result)
result.upper()
