def f(x, acc=[]):
    acc.append(x)
    return acc
print(f(1), f(2))
print(f(3, []))
print(f(4))
calls = []
def d():
    calls.append(1)
    return len(calls)
def g(v=d()):
    return v
print(g(), g(), calls)
