# send() into generators.
def echo():
    received = []
    while True:
        v = yield len(received)
        if v == 'stop':
            return received
        received.append(v)
g = echo()
print(next(g), g.send('a'), g.send('b'), g.send(None))
try:
    g.send('stop')
except StopIteration as e:
    print('returned', e.value)
def running_average():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
ra = running_average()
next(ra)
print([ra.send(v) for v in (10, 20, 30, 5)])
g2 = echo()
try:
    g2.send('too early')
except TypeError as e:
    print(type(e).__name__, e)
print(g2.send(None))
def coroutine_parser():
    tokens = []
    while True:
        ch = yield
        if ch == ' ':
            if tokens:
                print('  token:', ''.join(tokens))
                tokens = []
        else:
            tokens.append(ch)
p = coroutine_parser()
next(p)
for ch in 'send some words ':
    p.send(ch)
def state_machine():
    state = 'idle'
    while True:
        event = yield state
        if state == 'idle' and event == 'start':
            state = 'running'
        elif state == 'running' and event == 'pause':
            state = 'paused'
        elif state == 'paused' and event == 'resume':
            state = 'running'
        elif event == 'stop':
            state = 'stopped'
sm = state_machine()
print(next(sm), [sm.send(e) for e in ['start', 'pause', 'bogus', 'resume', 'stop']])
def yield_expression_forms():
    a = yield 1
    b = (yield 2) + 10
    c = [(yield 3), (yield 4)]
    yield (a, b, c)
g = yield_expression_forms()
print(next(g), g.send('A'), g.send(5), g.send('c0'), g.send('c1'))
