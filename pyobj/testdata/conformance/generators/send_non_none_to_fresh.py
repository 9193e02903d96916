def g():
    yield 1
it = g()
try:
    it.send(5)
except TypeError as e:
    print(e)
print(it.send(None))
