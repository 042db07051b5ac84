# An exception raised while executing a class body.
class Config:
    debug = True
    print('class body runs, debug =', debug)
    level = int('high')
