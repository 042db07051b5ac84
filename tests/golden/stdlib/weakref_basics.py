# weakref basics (Taipan's references are strong; only the behaviour that
# does not depend on garbage collection is checked).
import weakref
class Obj:
    def __init__(self, n): self.n = n
    def meth(self): return self.n * 2
o = Obj(3)
r = weakref.ref(o); print(r() is o, r().n, r.__callback__, type(r) is weakref.ReferenceType, r == weakref.ref(o))
for bad in (1, 'a', (1,), [1], {}, None):
    try: weakref.ref(bad)
    except TypeError as e: print(e)
wm = weakref.WeakMethod(o.meth); print(wm()(), weakref.getweakrefcount(o) >= 0)
p = weakref.proxy(o); print(p.n, p.meth()); p.n = 7; print(o.n)
d = weakref.WeakValueDictionary(); d['a'] = o; print('a' in d, d['a'] is o, len(d), list(d.keys()), d.get('z'))
k = weakref.WeakKeyDictionary(); k[o] = 'val'; print(k[o], o in k, len(k), list(k.values()))
s = weakref.WeakSet([o]); print(o in s, len(s)); s.discard(o); print(len(s))
calls = []
f = weakref.finalize(o, calls.append, 'done'); print(f.alive, f.peek()[1] is calls.append); f(); print(f.alive, calls); f(); print(calls)
f2 = weakref.finalize(o, print, 'x'); print(f2.detach()[2], f2.alive)
