def g():
    yield 1
it = g()
print(it.__name__, it.gi_running)
print(it.gi_frame is not None)
next(it)
list(it)
print(it.gi_frame)
