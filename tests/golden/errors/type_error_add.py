# Adding int and str.
n = 42
label = 'answer: '
print(label + str(n))
print(n + label)
