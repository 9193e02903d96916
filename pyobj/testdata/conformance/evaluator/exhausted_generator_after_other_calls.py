def g():
    yield 1
    return 2
def other(a, b):
    c = a + b
    return c
it = g()
print(list(it))
print(sum(other(i, i) for i in range(100)))
print(next(it, "exhausted"))
try:
    it.send(None)
except StopIteration as e:
    print("send: StopIteration", e.args)
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("throw raised", e)
print(other(1, 2))
