print([(x, y) for x in range(4) if x % 2 for y in range(x) if y != 1])
print([[c for c in w if c != "a"] for w in ["abc", "aa", "xa"]])
print({x: [y for y in range(x)] for x in range(3)})
print(sum(x * y for x in range(3) for y in range(3) if x != y))
