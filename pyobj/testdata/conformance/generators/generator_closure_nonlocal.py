def make():
    state = {"n": 0}
    total = 0
    def gen():
        nonlocal total
        while True:
            v = yield total
            if v is None:
                return total
            total += v
            state["n"] += 1
    return gen, state, lambda: total
gen, state, get = make()
g = gen()
next(g)
g.send(5)
g.send(7)
print(get(), state)
try:
    g.send(None)
except StopIteration:
    print("stopped", get())
