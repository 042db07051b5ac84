# Calling a function with too many arguments.
def greet(name):
    return 'hi ' + name
print(greet('x'))
greet('a', 'b')
