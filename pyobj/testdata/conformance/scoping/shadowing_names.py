def f(x):
    def g(x):
        return x + 1
    def h():
        return x * 2
    return g(100), h()
print(f(1))
def outer():
    v = "outer"
    def mid():
        v = "mid"
        def inner():
            return v
        return inner()
    return mid(), v
print(outer())
try:
    exec("def bad(a, b=a): pass")
except NameError as e:
    print("NameError", e)
