# exec, eval and compile with dict displays as namespaces, transpiled source
ns = {}
exec('x = 1\ny = {"a": x}\nz = f"{x + 1:>3}"', ns)
print(ns['x'], ns['y'], repr(ns['z']))
print([k for k in ns])
print(type(ns['__builtins__']).__name__)
exec('x = 1', {})
g = {'a': 5}
l = {}
exec('b = a * 2', g, l)
print(sorted(l.items()), '__builtins__' in g, list(g)[0], 'b' in g)
print(eval('a + 1', {'a': 1}))
w = 10
print(eval('w * 2', globals()))
print(eval('w + 1'))
print(eval('{"k": w, **{"j": 2}}'))


def f(q):
    r = 3
    return eval('q + r')


print(f(4))
code = compile('m = [i*i for i in range(4)]', '<x>', 'exec')
d = {}
exec(code, d)
print(d['m'])
c2 = compile('1 + 2', 'f', 'eval')
print(eval(c2), eval(c2, {}))
exec("def h(): return x\nx = 7", ns)
exec("x = 9", ns)
print(ns['h']())
exec("class C:\n    def __init__(self, n): self.n = n\nc = C(3)", ns)
print(ns['c'].n, ns['C'].__name__)
try:
    eval('x = 1')
except SyntaxError as e:
    print('SyntaxError')
try:
    exec('x', 1)
except TypeError as e:
    print(e)
try:
    eval('x', 1)
except TypeError as e:
    print(e)
try:
    exec(3)
except TypeError as e:
    print(e)
print(eval(' 3'))
exec('print(f"{w!r}")')
exec('v = 42')
print(v)
exec('for i in range(3):\n    print(i, end=" ")\nprint()')
src = '''
def fib(n):
    a, b = 0, 1
    while n:
        a, b = b, a + b
        n -= 1
    return a
result = [fib(i) for i in range(10)]
'''
space = {}
exec(src, space)
print(space['result'], sorted(k for k in space if k != '__builtins__'))
print(eval('len(s)', {'s': 'abc'}), eval('n + 1', {}, {'n': 1}))
