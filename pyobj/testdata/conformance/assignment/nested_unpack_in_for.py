for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for (a, *rest), n in [([1, 2, 3], "x")]:
    print(a, rest, n)
print([a * b for a, b in zip(range(3), range(3, 6))])
