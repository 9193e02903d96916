s = set([1, 2])
it = __nbc_iter(s)
for x in it:
    s.add(x + 10)
else:
    __nbc_iterdone(it)
