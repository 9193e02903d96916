import gc
import weakref


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'Item({self.name})'


# A cache that forgets items nobody uses.
cache = weakref.WeakValueDictionary()
a, b, c = Item('a'), Item('b'), Item('c')
cache['a'] = a
cache['b'] = b
cache['c'] = c
print(len(cache), sorted(cache.keys()), cache['a'])
del b
print(len(cache), list(cache), 'b' in cache, cache.get('b', 'gone'))
try:
    cache['b']
except KeyError as e:
    print('KeyError', e)
print(sorted(cache.items(), key=lambda kv: kv[0]))
print(repr(cache).startswith('<WeakValueDictionary at 0x'))
cache.update({'d': a})
print(list(cache.values()))
print(cache.pop('d'), cache.setdefault('c', None))
del a, c
print(len(cache), list(cache.items()))

# Data attached to objects without keeping them alive.
meta = weakref.WeakKeyDictionary()
k1, k2 = Item('k1'), Item('k2')
meta[k1] = 'first'
meta[k2] = 'second'
print(len(meta), meta[k1], k2 in meta, list(meta.values()))
del k1
print(len(meta), list(meta.items()))
print(meta.get(k2), meta.pop(k2), len(meta))
print(repr(meta).startswith('<WeakKeyDictionary at 0x'))

# A registry of live instances.
live = weakref.WeakSet()


class Tracked:
    def __init__(self, n):
        self.n = n
        live.add(self)

    def __repr__(self):
        return f'Tracked({self.n})'


objs = [Tracked(i) for i in range(4)]
print(len(live), sorted(t.n for t in live))


def keep_ends():
    global objs
    objs = [objs[0], objs[3]]


keep_ends()
print(sorted(t.n for t in live))
print(len(live), objs[0] in live)
objs.clear()
gc.collect()
print(len(live), list(live))
s = weakref.WeakSet([Item('x')])
print(len(s))
keep = Item('y')
s.add(keep)
s.add(keep)
print(len(s), keep in s, 3 in s)
s.discard(keep)
print(len(s))
