# Subscripting None returned from a function without return.
def load():
    print('loading')
data = load()
data['key']
