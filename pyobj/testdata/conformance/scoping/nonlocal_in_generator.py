def counter():
    count = 0
    def gen():
        nonlocal count
        while count < 3:
            count += 1
            yield count
    return gen, lambda: count
g, get = counter()
it = g()
print(next(it), get(), next(it), get(), list(it), get())
