# C-FREEVAR: closures in code that has both cell and free variables
# nested defs
def make(a, b):
    c = 3
    def g():
        v = [10, 20]
        print(a, b, c)
        return [v[i] for i in range(2)]
    return g
print(make(1, 2)())

# comprehensions with both cell and free variables
def transpose(m):
    return [[m[j][i] for j in range(len(m))] for i in range(len(m[0]))]
print(transpose([[1, 2, 3], [4, 5, 6]]))

def table(n, k):
    return [[i * j + k for j in range(n)] for i in range(n)]
print(table(3, 100))

def adders(base):
    return [lambda x: x + base + i for i in range(3)]
print([f(10) for f in adders(100)])

def sets(p):
    return {frozenset(k + p + j for j in range(2)) for k in range(2)} == {frozenset({10, 11}), frozenset({11, 12})}
print(sets(10))

def dictc(p):
    return {k: [k + p + j for j in range(2)] for k in range(2)}
print(dictc(10))

def gen(a):
    return list(sum(x + a + y for y in range(x)) for x in range(4))
print(gen(100))

def late(a):
    fs = [lambda: a + i for i in range(2)]
    a = 1000
    return [f() for f in fs]
print(late(1))

# lambdas with both
def lam(a, b):
    f = lambda x: (lambda y: x + y + a + b)
    return f(1)(2)
print(lam(10, 20))

def lam2(a):
    return (lambda x: [x + a + i for i in range(x)])(3)
print(lam2(100))

# decorators with arguments
def repeat(times, sep):
    def deco(fn):
        def wrapper(*args, **kw):
            return sep.join(fn(*args, **kw) for _ in range(times))
        return wrapper
    return deco

@repeat(3, '-')
def hello(name):
    return 'hi ' + name
print(hello('bob'))

def tag(name):
    def deco(fn):
        calls = []
        def wrapper(x):
            calls.append(x)
            return '<%s>%s</%s>' % (name, fn(x), name) + str([c for c in calls if c])
        return wrapper
    return deco

@tag('b')
def show(x):
    return str(x)
print(show(1), show(2))

# class bodies inside functions
def make_class(base, k):
    factor = 3
    class C:
        scale = factor
        def method(self, x):
            return [x * k + j for j in range(self.scale)] + [base]
        def __repr__(self):
            return 'C(%r)' % k
    return C
C = make_class(7, 10)
print(C().method(2), C())

def make_class2(k):
    class D:
        items = [k * i for i in range(3)]
        def get(self):
            return [lambda: k + i for i in range(2)]
    return D
D = make_class2(5)
print(D.items, [f() for f in D().get()])
