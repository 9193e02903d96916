print("a,b,c".split(sep=",", maxsplit=1), "a b".rsplit(maxsplit=1))
lst = [3, 1, 2]
lst.sort(key=lambda v: -v, reverse=True)
print(lst, (5).to_bytes(length=2, byteorder="big"), max([1, 5, 3], key=lambda v: -v), min([], default="empty"))
print(sorted("bca", reverse=True), dict.fromkeys("ab", 0), "{a}-{b}".format(b=2, a=1), "x".center(5, "*"))
for f in (lambda: sorted(iterable=[1]), lambda: max()):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
