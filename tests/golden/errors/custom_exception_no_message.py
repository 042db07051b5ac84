# An uncaught exception class raised without arguments.
class Boom(Exception):
    pass
print('about to raise')
raise Boom
