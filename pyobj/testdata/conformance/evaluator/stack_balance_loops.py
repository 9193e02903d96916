class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb): return t is KeyError
def f(n):
    total = 0
    for i in range(n):
        with CM():
            for j in range(3):
                try:
                    if j == 1:
                        raise KeyError(j)
                    if j == 2:
                        continue
                    total += j
                except ValueError:
                    pass
                finally:
                    total += 1
    return total
print(f(2000))
