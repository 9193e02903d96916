def f():
    print("f")
    return 0
def g():
    print("g")
    return 5
print(f(), (y := g()), y)
if f() or (z := g() + 1):
    print(z)
x = [1, 2] if (n := 2) > 1 else None
print(x, n)
