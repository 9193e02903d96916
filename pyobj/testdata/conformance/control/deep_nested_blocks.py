def f():
    out = 0
    for a in range(2):
        for b in range(2):
            try:
                for c in range(2):
                    with open.__class__.__call__ if False else _cm():
                        for d in range(2):
                            try:
                                while True:
                                    for e in range(2):
                                        try:
                                            out += 1
                                            if e:
                                                raise ValueError
                                        except ValueError:
                                            break
                                        finally:
                                            out += 10
                                    break
                            finally:
                                out += 100
            finally:
                out += 1000
    return out
class _cm:
    def __enter__(self): return self
    def __exit__(self, *a): return False
print(f())
