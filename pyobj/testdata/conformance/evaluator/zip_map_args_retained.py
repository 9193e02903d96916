def noise(a, b, c): return a
z = zip([1, 2], "ab")
m = map(lambda x, y: x + y, [1, 2], [10, 20])
f = filter(None, [0, 1, 2])
e = enumerate("xy", 5)
for i in range(5):
    noise(i, i, i)
print(list(z), list(m), list(f), list(e))
