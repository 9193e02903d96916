def outer(n):
    return [lambda x, k=k: x * k + n for k in range(3)]
print([f(10) for f in outer(1)])
