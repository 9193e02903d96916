def g(tag):
    for i in range(3):
        yield tag, i
a, b = g("a"), g("b")
out = []
for _ in range(3):
    out.append(next(a))
    out.append(next(b))
print(out)
