d = dict([(1, 1)])
it = __nbc_iter(d)
for k in it:
    d[k + 1] = 1
else:
    __nbc_iterdone(it)
