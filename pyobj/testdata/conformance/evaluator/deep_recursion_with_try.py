def f(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        return f(n - 1)
    finally:
        pass
try:
    f(800)
except ValueError as e:
    print(e)
def g(n):
    if n == 0:
        return 0
    try:
        return g(n - 1) + 1
    except ValueError:
        return -1
print(g(800))
