def f():
    try:
        return 1
    finally:
        return 2
print(f())
def g():
    try:
        raise ValueError("x")
    finally:
        return "swallowed"
print(g())
