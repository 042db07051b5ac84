# A cooperative task scheduler built on generators: tasks yield system calls,
# a hand-written binary heap orders timers, channels pass messages, and
# exceptions are thrown into tasks to cancel them.


class Heap:
    def __init__(self):
        self.items = []

    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break

    def pop(self):
        a = self.items
        last = a.pop()
        if not a:
            return last
        top, a[0] = a[0], last
        i = 0
        n = len(a)
        while True:
            l, r = 2 * i + 1, 2 * i + 2
            smallest = i
            if l < n and a[l] < a[smallest]:
                smallest = l
            if r < n and a[r] < a[smallest]:
                smallest = r
            if smallest == i:
                return top
            a[i], a[smallest] = a[smallest], a[i]
            i = smallest

    def __len__(self):
        return len(self.items)

    def __bool__(self):
        return bool(self.items)


class Cancelled(Exception):
    pass


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


class Send:
    def __init__(self, channel, value):
        self.channel, self.value = channel, value


class Recv:
    def __init__(self, channel):
        self.channel = channel


class Spawn:
    def __init__(self, name, gen):
        self.name, self.gen = name, gen


class Task:
    counter = 0

    def __init__(self, name, gen):
        Task.counter += 1
        self.id = Task.counter
        self.name = name
        self.gen = gen
        self.result = None
        self.done = False

    def __repr__(self):
        return f'<Task {self.id} {self.name}{" done" if self.done else ""}>'


class Scheduler:
    def __init__(self):
        self.now = 0
        self.timers = Heap()
        self.seq = 0
        self.ready = []
        self.waiting = {}
        self.channels = {}
        self.tasks = []
        self.trace = []

    def spawn(self, name, gen):
        task = Task(name, gen)
        self.tasks.append(task)
        self.ready.append((task, None))
        return task

    def log(self, msg):
        self.trace.append(f't={self.now:>2} {msg}')

    def cancel(self, task):
        if task.done:
            return False
        self.ready = [(t, v) for t, v in self.ready if t is not task]
        self.timers.items = [e for e in self.timers.items if e[2] is not task]
        self.timers.items.sort()
        for waiters in self.waiting.values():
            if task in waiters:
                waiters.remove(task)
        self.ready.append((task, Cancelled(f'{task.name} cancelled at t={self.now}')))
        return True

    def step(self, task, value):
        try:
            if isinstance(value, BaseException):
                request = task.gen.throw(value)
            else:
                request = task.gen.send(value)
        except StopIteration as stop:
            task.done = True
            task.result = stop.value
            self.log(f'{task.name} finished -> {stop.value!r}')
            return
        except Cancelled as c:
            task.done = True
            task.result = 'cancelled'
            self.log(f'{task.name} did not handle: {c}')
            return
        except Exception as exc:
            task.done = True
            task.result = f'crashed with {type(exc).__name__}'
            self.log(f'{task.name} crashed: {exc}')
            return
        if isinstance(request, Sleep):
            self.seq += 1
            self.timers.push((self.now + request.ticks, self.seq, task))
        elif isinstance(request, Send):
            queue = self.channels.setdefault(request.channel, [])
            queue.append(request.value)
            waiters = self.waiting.get(request.channel)
            if waiters:
                receiver = waiters.pop(0)
                self.ready.append((receiver, queue.pop(0)))
            self.ready.append((task, None))
        elif isinstance(request, Recv):
            queue = self.channels.setdefault(request.channel, [])
            if queue:
                self.ready.append((task, queue.pop(0)))
            else:
                self.waiting.setdefault(request.channel, []).append(task)
        elif isinstance(request, Spawn):
            child = self.spawn(request.name, request.gen)
            self.ready.append((task, child))
        else:
            self.ready.append((task, TypeError(f'bad request {request!r}')))

    def run(self, until=100):
        while (self.ready or self.timers) and self.now <= until:
            while self.ready:
                task, value = self.ready.pop(0)
                self.step(task, value)
            if self.timers:
                when, _, task = self.timers.pop()
                self.now = max(self.now, when)
                self.ready.append((task, None))
        stuck = sorted(t.name for ws in self.waiting.values() for t in ws)
        return stuck


def producer(name, channel, items, delay):
    for item in items:
        yield Sleep(delay)
        yield Send(channel, f'{name}:{item}')
    yield Send(channel, None)
    return f'{name} sent {len(items)}'


def consumer(channel, expected_ends, sink):
    ends = 0
    while ends < expected_ends:
        msg = yield Recv(channel)
        if msg is None:
            ends += 1
            continue
        sink.append(msg.upper())
    return len(sink)


def ticker(period, sched):
    count = 0
    try:
        while True:
            yield Sleep(period)
            count += 1
            sched.log(f'tick {count}')
    except Cancelled as c:
        sched.log(f'ticker stopping: {c}')
        return count


def supervisor(sched, victim_ref):
    yield Sleep(7)
    sched.log(f'supervisor cancels {victim_ref[0]}: {sched.cancel(victim_ref[0])}')
    child = yield Spawn('late-child', late_child())
    sched.log(f'supervisor spawned {child}')
    yield Sleep(2)
    return 'supervised'


def late_child():
    total = 0
    for k in range(1, 4):
        yield Sleep(1)
        total += k * k
    return total


def fragile():
    yield Sleep(3)
    yield 'not a request'
    return 'unreachable'


sched = Scheduler()
sink = []
sched.spawn('consumer', consumer('jobs', 2, sink))
sched.spawn('prod-a', producer('a', 'jobs', ['x', 'y', 'z'], 2))
sched.spawn('prod-b', producer('b', 'jobs', [1, 2], 3))
tick = sched.spawn('ticker', ticker(4, sched))
victim = [tick]
sched.spawn('supervisor', supervisor(sched, victim))
sched.spawn('fragile', fragile())
sched.spawn('orphan', consumer('nobody-sends', 1, []))
stuck = sched.run()

for line in sched.trace:
    print(line)
print('sink:', sink)
print('stuck waiting:', stuck)
print('results:', {t.name: t.result for t in sched.tasks})
print('tasks:', sched.tasks)
print('final time:', sched.now, '| timers left:', len(sched.timers))

h = Heap()
for v in [5, 3, 9, 1, 7, 3, 8, 2, 6, 4, 0]:
    h.push(v)
print('heap sort:', [h.pop() for _ in range(len(h))])
words = Heap()
for w in 'the quick brown fox jumps over the lazy dog'.split():
    words.push((len(w), w))
print('by length:', [words.pop() for _ in range(4)])
