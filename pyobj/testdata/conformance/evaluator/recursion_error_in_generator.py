def g(n):
    yield from g(n + 1)
try:
    next(g(0))
except RecursionError:
    print("RecursionError")
print(list(g.__name__))
