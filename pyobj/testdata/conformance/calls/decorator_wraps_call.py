def trace(fn):
    def wrapper(*a, **k):
        print("call", fn.__name__, a, k)
        return fn(*a, **k)
    return wrapper
@trace
def add(x, y=0):
    return x + y
print(add(1, y=2))
print(add(3))
