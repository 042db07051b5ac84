# Workload: an object-oriented task scheduler.
#
# Tasks of several kinds (inheritance, polymorphic step/cost methods, super()
# calls, properties, class attributes) run on a pool of workers driven by a
# hand-written binary heap of events. Prints per-kind statistics and a checksum.


class SchedulerError(Exception):
    pass


class MinHeap:
    """A binary min-heap of (key, seq, item) triples."""

    def __init__(self):
        self.items = []
        self.seq = 0

    def __len__(self):
        return len(self.items)

    def push(self, key, item):
        self.seq += 1
        entry = (key, self.seq, item)
        items = self.items
        items.append(entry)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) >> 1
            if items[parent] <= entry:
                break
            items[i] = items[parent]
            i = parent
        items[i] = entry

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last[0], last[2]
        top = items[0]
        n = len(items)
        i = 0
        while True:
            child = 2 * i + 1
            if child >= n:
                break
            if child + 1 < n and items[child + 1] < items[child]:
                child += 1
            if last <= items[child]:
                break
            items[i] = items[child]
            i = child
        items[i] = last
        return top[0], top[2]


class Task:
    kind = 'task'
    base_cost = 3
    next_id = 0

    def __init__(self, name, priority, work):
        Task.next_id += 1
        self.id = Task.next_id
        self.name = name
        self.priority = priority
        self.remaining = work
        self.done_work = 0
        self.deps = []
        self.dependents = []
        self.finished_at = None
        self.log = []

    def __repr__(self):
        return '%s(%s, p=%d, left=%d)' % (type(self).__name__, self.name,
                                          self.priority, self.remaining)

    @property
    def finished(self):
        return self.remaining <= 0

    def ready(self):
        for d in self.deps:
            if not d.finished:
                return False
        return True

    def cost(self, worker):
        return self.base_cost + self.priority % 3

    def step(self, worker, now):
        amount = min(self.remaining, worker.speed)
        self.remaining -= amount
        self.done_work += amount
        return amount

    def on_finish(self, now):
        self.finished_at = now
        self.log.append(('finish', now))

    def describe(self):
        return '%s #%d %s' % (self.kind, self.id, self.name)


class ComputeTask(Task):
    kind = 'compute'
    base_cost = 2

    def __init__(self, name, priority, work, intensity):
        super().__init__(name, priority, work)
        self.intensity = intensity
        self.acc = 0

    def cost(self, worker):
        return super().cost(worker) + self.intensity // worker.speed

    def step(self, worker, now):
        amount = super().step(worker, now)
        acc = self.acc
        for k in range(self.intensity):
            acc = (acc * 31 + k + amount) % 1000003
        self.acc = acc
        return amount


class IOTask(Task):
    kind = 'io'
    base_cost = 5

    def __init__(self, name, priority, work, latency):
        super().__init__(name, priority, work)
        self.latency = latency
        self.waits = 0

    def cost(self, worker):
        return self.latency + (1 if worker.busy_ticks % 2 else 0)

    def step(self, worker, now):
        self.waits += 1
        if self.waits % 3 == 0:
            return 0
        amount = min(self.remaining, max(1, worker.speed // 2))
        self.remaining -= amount
        self.done_work += amount
        return amount


class BatchTask(ComputeTask):
    kind = 'batch'

    def __init__(self, name, priority, chunks):
        super().__init__(name, priority, sum(chunks), intensity=4)
        self.chunks = list(chunks)

    def step(self, worker, now):
        if not self.chunks:
            return 0
        chunk = self.chunks.pop()
        if chunk > worker.speed:
            self.chunks.append(chunk - worker.speed)
            chunk = worker.speed
        self.remaining -= chunk
        self.done_work += chunk
        self.acc = (self.acc + chunk * now) % 65521
        return chunk

    def describe(self):
        return super().describe() + ' [%d chunks]' % len(self.chunks)


class PeriodicTask(Task):
    kind = 'periodic'
    base_cost = 1

    def __init__(self, name, priority, work, period):
        super().__init__(name, priority, work)
        self.period = period
        self.runs = 0

    def cost(self, worker):
        return self.period

    def step(self, worker, now):
        self.runs += 1
        amount = 1 if self.runs % self.period else 2
        amount = min(amount, self.remaining)
        self.remaining -= amount
        self.done_work += amount
        return amount


class Worker:
    def __init__(self, name, speed):
        self.name = name
        self.speed = speed
        self.busy_ticks = 0
        self.completed = 0
        self.work_done = 0

    def __repr__(self):
        return 'Worker(%s, speed=%d)' % (self.name, self.speed)

    def run(self, task, now):
        amount = task.step(self, now)
        self.work_done += amount
        self.busy_ticks += task.cost(self)
        return amount


class FastWorker(Worker):
    def run(self, task, now):
        amount = super().run(task, now)
        if amount and not task.finished:
            amount += super().run(task, now)
        return amount


class Scheduler:
    def __init__(self, workers):
        self.workers = workers
        self.tasks = []
        self.clock = 0
        self.events = MinHeap()
        self.idle = list(workers)
        self.waiting = []
        self.trace_hash = 0

    def add(self, task, after=()):
        for dep in after:
            task.deps.append(dep)
            dep.dependents.append(task)
        self.tasks.append(task)
        return task

    def priority_key(self, task):
        return (-task.priority, task.id)

    def run(self):
        ready = MinHeap()
        for t in self.tasks:
            if t.ready():
                ready.push(self.priority_key(t), t)
            else:
                self.waiting.append(t)
        finished = 0
        total = len(self.tasks)
        while finished < total:
            while self.idle and len(ready):
                _, task = ready.pop()
                worker = self.idle.pop()
                amount = worker.run(task, self.clock)
                self.trace_hash = (self.trace_hash * 131 + amount * 7 + task.id) % 2147483647
                delay = task.cost(worker)
                self.events.push((self.clock + delay, worker.name), (worker, task))
            if not len(self.events):
                raise SchedulerError('deadlock with %d tasks left' % (total - finished))
            (when, _), (worker, task) = self.events.pop()
            self.clock = when
            self.idle.append(worker)
            if task.finished:
                if task.finished_at is None:
                    task.on_finish(self.clock)
                    worker.completed += 1
                    finished += 1
                    still = []
                    for w in self.waiting:
                        if w.ready():
                            ready.push(self.priority_key(w), w)
                        else:
                            still.append(w)
                    self.waiting = still
            else:
                ready.push(self.priority_key(task), task)
        return self.clock


def build(seed):
    state = seed

    def rnd(n):
        nonlocal state
        state = (state * 1103515245 + 12345) % 2147483648
        return (state >> 8) % n

    workers = [Worker('w%d' % i, 2 + i % 3) for i in range(5)]
    workers += [FastWorker('f%d' % i, 3 + i) for i in range(2)]
    sched = Scheduler(workers)
    made = []
    for i in range(1800):
        kind = rnd(4)
        prio = rnd(10)
        if kind == 0:
            t = ComputeTask('c%d' % i, prio, 5 + rnd(30), 10 + rnd(40))
        elif kind == 1:
            t = IOTask('io%d' % i, prio, 3 + rnd(20), 1 + rnd(6))
        elif kind == 2:
            t = BatchTask('b%d' % i, prio, [1 + rnd(9) for _ in range(2 + rnd(6))])
        else:
            t = PeriodicTask('p%d' % i, prio, 4 + rnd(12), 2 + rnd(4))
        deps = []
        if made and rnd(3) == 0:
            for _ in range(1 + rnd(2)):
                deps.append(made[rnd(len(made))])
        sched.add(t, deps)
        made.append(t)
    return sched


def main():
    sched = build(2024)
    end = sched.run()
    print('finished at tick', end)
    print('trace hash', sched.trace_hash)
    stats = {}
    for t in sched.tasks:
        s = stats.setdefault(t.kind, [0, 0, 0])
        s[0] += 1
        s[1] += t.done_work
        s[2] += t.finished_at
    for kind in sorted(stats):
        n, work, fin = stats[kind]
        print('%-9s n=%4d work=%6d mean_finish=%.2f' % (kind, n, work, fin / n))
    for w in sched.workers:
        print(repr(w), 'completed', w.completed, 'work', w.work_done, 'busy', w.busy_ticks)
    extra = 0
    for t in sched.tasks:
        if isinstance(t, ComputeTask):
            extra = (extra + t.acc) % 1000003
        elif isinstance(t, IOTask):
            extra += t.waits
        elif isinstance(t, PeriodicTask):
            extra += t.runs * 3
    print('extra checksum', extra)
    last = sorted(sched.tasks, key=lambda t: (t.finished_at, t.id))[-3:]
    for t in last:
        print(t.describe(), 'finished at', t.finished_at, repr(t))
    try:
        s2 = Scheduler([])
        s2.add(Task('lonely', 1, 1))
        s2.run()
    except SchedulerError as e:
        print('error:', e)


main()
