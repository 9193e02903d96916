nan = float("nan")
print([nan] == [nan], (nan,) == (nan,), nan in [nan], [nan].count(nan))
class Never:
    def __eq__(self, o): return False
    __hash__ = object.__hash__
n = Never()
print(n in [n], [n] == [n], n in (n,), n in {n}, {"k": n} == {"k": n})
