class Suppress:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, ZeroDivisionError)
total = 0
for d in (1, 0, 2, 0, 4):
    with Suppress():
        total += 8 // d
print(total)
