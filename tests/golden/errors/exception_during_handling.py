# An exception raised while handling another one.
try:
    {}['missing']
except KeyError:
    print('handling KeyError')
    None.attribute
