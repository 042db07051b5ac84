# NameError raised from inside a function call chain.
def outer():
    return inner()
def inner():
    return helper_that_does_not_exist(1)
print('calling outer')
outer()
