def make(n):
    m = n * 10
    return (i + m for i in range(3))
gs = [make(k) for k in range(3)]
def noise(a, b, c, d, e):
    x = [a, b, c, d, e]
    return x
for i in range(50):
    noise(i, i, i, i, i)
print([list(g) for g in gs])
def make_lambdas(n):
    lst = list(range(n))
    return [lambda j=j: lst[j] for j in range(n)], (lambda: lst)
fs, get = make_lambdas(3)
noise(1, 2, 3, 4, 5)
get().append(99)
print([f() for f in fs], get())
