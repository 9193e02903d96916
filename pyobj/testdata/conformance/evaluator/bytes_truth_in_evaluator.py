e, a = b"", b"ab"
print(not e, e or "empty", a and "full")
if e:
    print("wrong")
else:
    print("empty is false")
while e:
    print("wrong")
    break
print([x for x in [e, a] if x], "yes" if e else "no")
print(b"a" in a, b"ab" in a, b"c" in a, 97 in a, b"" in a, 98 not in a)
print(e == b"", len(e), a[0], a[-1:], a[::-1])
