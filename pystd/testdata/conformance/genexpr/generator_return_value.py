# A generator's return value reaches next() and send() in StopIteration.value.
def g():
    x = yield 1
    print('got', x)
    return 'done'
it = g()
print(next(it))
try:
    it.send(5)
except StopIteration as e:
    print('stop', repr(e.value), e.args)
try:
    next(it)
except StopIteration as e:
    print('again', repr(e.value), e.args)
def h():
    yield 1
try:
    i = h(); next(i); next(i)
except StopIteration as e:
    print(repr(e.value), e.args)
print(next(h()), next(iter([]), 'dflt'), next(i, 'end'))
def r():
    return 3
    yield
try:
    r().send(None)
except StopIteration as e:
    print(e.value)
try:
    r().send(1)
except TypeError as e:
    print(e)
