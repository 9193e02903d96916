def make():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = make()
print(c(), c(), c())
d = make()
print(d(), c())
