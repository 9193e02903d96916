f = lambda n: [[i * j for j in range(n)] for i in range(n)]
print(f(3))
def outer(k):
    return [(lambda: i + k)() for i in range(3)]
print(outer(10))
g = lambda xs: {x: [y for y in xs if y != x] for x in xs}
print(g([1, 2, 3]))
