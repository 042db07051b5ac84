# Sorting is stable, also with reverse=True.
records = [('b', 2), ('a', 1), ('c', 2), ('d', 1), ('e', 3), ('f', 2), ('g', 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records, key=lambda r: r[0], reverse=True)
print(sorted(by_name, key=lambda r: r[1]))
class Item:
    def __init__(self, name, prio):
        self.name = name
        self.prio = prio
    def __repr__(self):
        return f'{self.name}:{self.prio}'
items = [Item(c, i % 3) for i, c in enumerate('abcdefghij')]
items.sort(key=lambda it: it.prio)
print(items)
items.sort(key=lambda it: it.prio, reverse=True)
print(items)
class Key:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'K%d' % self.v
print(sorted([Key(3), Key(1), Key(2)]), max([Key(3), Key(1)]) if False else 'skip')
data = [(x * 7919) % 101 for x in range(60)]
print(sorted(data)[:15], sorted(data, reverse=True)[:10])
pairs = [(v % 5, i) for i, v in enumerate(data)]
s = sorted(pairs, key=lambda p: p[0])
print(all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0]))
print(sorted(['b', 'A', 'a', 'B'], key=str.upper), sorted(['b', 'A', 'a', 'B'], key=str.upper, reverse=True))
