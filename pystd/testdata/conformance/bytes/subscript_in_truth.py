# Bytes indexing, slicing, membership and truth (evaluated by nbcheck's
# evaluator; gpython's VM could not).
data = b"hello"
print(data[1], data[-1], data[1:3], data[::2], data[10:], data[::-1])
print(b"l" in data, 104 in data, b"" in data, b"z" in data, 7 not in data)
print("empty is false" if not b"" else "empty is true")
if data:
    print("non-empty is true")
n = 0
while b"xyz"[n:]:
    n += 1
print(n)
for k in [10, "a"]:
    try:
        data[k]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
for k in ["a", 256]:
    try:
        k in data
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print([c for w in [b"ab", b"c"] for c in w])
print(b"ab" * 2, 3 * b"x", b"a" * 0)
