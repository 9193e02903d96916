import functools
def noise(a, b, c):
    return [a, b, c]
a, b = "x", "y"
e = ValueError(a, b)
k = KeyError(a)
s = slice(1, 2, 3)
r = range(2, 10, 3)
p = functools.partial(noise, a, b)
for i in range(5):
    noise(i, i + 1, i + 2)
print(e.args, k.args, s, r, p(1))
st = StopIteration(a, b)
noise(1, 2, 3)
print(st.args, st.value)
