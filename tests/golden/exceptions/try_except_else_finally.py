# Execution order of try/except/else/finally.
def run(action):
    log = []
    try:
        log.append('try')
        if action == 'raise':
            raise ValueError('boom')
        if action == 'return':
            log.append('returning')
            return log
        if action == 'other':
            raise KeyError('k')
        log.append('try end')
    except ValueError as e:
        log.append('except ValueError: ' + str(e))
    except (KeyError, IndexError) as e:
        log.append('except tuple: ' + repr(e))
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return log
for action in ('ok', 'raise', 'return', 'other'):
    print(action, run(action))
def uncaught():
    try:
        raise TypeError('not handled here')
    except ValueError:
        print('wrong handler')
    finally:
        print('finally runs before propagation')
try:
    uncaught()
except TypeError as e:
    print('outer caught', e)
def else_raises():
    try:
        pass
    except Exception:
        print('not here')
    else:
        raise RuntimeError('from else')
    finally:
        print('finally after else')
try:
    else_raises()
except RuntimeError as e:
    print('caught', e)
try:
    try:
        1 / 0
    finally:
        print('inner finally')
except ZeroDivisionError:
    print('outer except')
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
x = 0
while True:
    try:
        x += 1
        if x == 3:
            break
    finally:
        print('while finally', x)
print('x =', x)
try:
    pass
finally:
    print('bare try/finally')
try:
    int('x')
except:
    print('bare except caught')
