a = 2**100
b = 2**100
print(a == b, a < a + 1, -a < 0, a > 2**63, hash(a) == hash(b))
d = {a: "big"}
print(d[2**100])
