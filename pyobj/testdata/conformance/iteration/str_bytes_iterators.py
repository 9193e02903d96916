# Iterating str (ASCII or not, one character at a time) and bytes, and
# the iterators' type names.
s = "aé€😀b"
print(list(s), [c for c in s], len(list(s)), type(iter(s)).__name__, type(iter("abc")).__name__, type(iter("")).__name__)
print(list(b"ab\xff"), type(iter(b"")).__name__, sum(b"\x01\x02"), [c for c in b"xy"])
print("".join(reversed("aé€")), sorted("cba"), set("aa"), max("aé"), dict.fromkeys("ab"))
it = iter("ab")
print(next(it), next(it), next(it, "end"), next(it, "end"))
for ch in "naïve":
    print(ch, end=" ")
print()
print(tuple("é€"), list(map(ord, "é€")), list(enumerate("ab")), list(zip("ab", b"ab")))
