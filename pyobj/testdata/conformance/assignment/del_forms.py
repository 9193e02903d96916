a, b, c = 1, 2, 3
del (a, b)
del [c]
print(sorted(k for k in ("a", "b", "c") if k in globals()))
lst = list(range(8))
del lst[2:5], lst[0]
print(lst)
def f():
    x = 1
    def g():
        return x
    del x
    return g
try:
    f()()
except NameError as e:
    print(type(e).__name__)
d = {"k": {"n": 1}}
del d["k"]["n"]
print(d)
