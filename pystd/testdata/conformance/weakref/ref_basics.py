import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'Node({self.name!r})'


a = Node('a')
r = weakref.ref(a)
print(r() is a, r())
print(type(r).__name__, weakref.ref is weakref.ReferenceType)
print(repr(r).startswith('<weakref at 0x'), "to 'Node' at 0x" in repr(r))
del a
print(r())
print(repr(r).endswith('; dead>'))


def f():
    pass


rf = weakref.ref(f)
print("to 'function' at" in repr(rf), repr(rf).endswith(' (f)>'))
for bad in (1, 'x', [1], {}, (1,), None, 2.5):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)

b = Node('b')
r1, r2 = weakref.ref(b), weakref.ref(b)
print(r1 == r2, hash(r1) == hash(b))
c = Node('c')
print(weakref.ref(c) == weakref.ref(b))
rc = weakref.ref(c)
h = hash(rc)
del c
print(hash(rc) == h, rc == rc, rc == r1)
d = Node('d')
rd = weakref.ref(d)
del d
try:
    hash(rd)
except TypeError as e:
    print('TypeError:', e)


def gone(ref):
    print('callback got', ref is re_, ref())


e = Node('e')
re_ = weakref.ref(e, gone)
print(re_.__callback__ is gone, r.__callback__)
del e
import gc
gc.collect()
print('after collect')


class Slotted:
    __slots__ = ('x',)


class SlottedWeak:
    __slots__ = ('x', '__weakref__')


class Sub(Slotted):
    pass


for cls in (Slotted, SlottedWeak, Sub):
    try:
        weakref.ref(cls())
        print(cls.__name__, 'ok')
    except TypeError as e:
        print(cls.__name__, e)

print(weakref.ref(Node)() is Node)
x = Node('x')
p = weakref.proxy(x)
print(p.name, p)
p.name = 'y'
print(x.name)
del x
try:
    p.name
except ReferenceError as e:
    print('ReferenceError:', e)


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


cnt = Counter()
wm = weakref.WeakMethod(cnt.bump)
print(wm()(), wm()())
