# Calling a class: the paths pyvm.CallClass takes (metaclass type, default
# __new__, Python __init__) and the ones it hands on, with the same results.
class P:
    def __init__(self, x, y=2, *rest, k=0, **kw):
        self.v = (x, y, rest, k, sorted(kw.items()))

print(P(1).v, P(1, 3, 4, 5, k=6, z=7, a=8).v)
args = [9, 8, 7, 6]
print(P(*args).v)

for call in (lambda: P(), lambda: P(1, q=2, k=3, x=4)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class Bad:
    def __init__(self):
        return 5

try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


class Boom:
    def __init__(self):
        raise ValueError("boom")

try:
    Boom()
except ValueError as e:
    print("ValueError:", e)


class Later:
    pass

a = Later()
try:
    Later(1)
except TypeError as e:
    print("TypeError:", e)

def init(self, n):
    self.n = n

Later.__init__ = init
print(Later(5).n)
del Later.__init__
print(type(Later()).__name__)


class Sub(P):
    pass

print(Sub(1, k=2).v, type(Sub(1)).__name__)


class WithNew(P):
    def __new__(cls, *a, **k):
        print("new", cls.__name__, len(a))
        return super(WithNew, cls).__new__(cls)

print(WithNew(4).v)


class Other:
    def __new__(cls, x):
        return x * 2

    def __init__(self, x):
        print("not called")

print(Other(21))


class Meta(type):
    def __call__(cls, *a):
        print("meta call", len(a))
        return super(Meta, cls).__call__(*a)

class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a

print(M(3).a)


class CallableInit:
    def __call__(self, obj, v):
        obj.v = v

class ViaCallable:
    __init__ = CallableInit()

try:
    print(ViaCallable(1).v)
except TypeError as e:
    print("TypeError:", e)


class Static:
    @staticmethod
    def __init__(*a):
        print("static init", len(a))

Static(1, 2)


def f():
    class Local:
        def __init__(self):
            self.z = 1
    return [Local().z for _ in range(3)]

print(f())
