def make(n):
    if n == 0:
        return []
    fs = make(n - 1)
    fs.append(lambda: n)
    return fs
print([f() for f in make(5)])
