# Objects that only a finished statement's temporaries referred to: CPython
# frees them at once; nbcheck's module-level frame may still hold them.
import weakref


class Node:
    pass


class Counter:
    def bump(self):
        return 1


print(weakref.ref(Node())())
cnt = Counter()
wm = weakref.WeakMethod(cnt.bump)
print(wm()())
print(weakref.ref(cnt.bump)())
del cnt
print(wm())
log = []
r5 = Node()
cb = weakref.ref(r5, lambda ref: log.append(ref() is None))
del r5
print(log)
items = [Node() for i in range(3)]
refs = [weakref.ref(x) for x in items]
del items[1:]
print([r() is None for r in refs])
