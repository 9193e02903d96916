def g():
    yield 1
    raise ValueError('inside')
it = __nbc_iter(g())
for x in it:
    print(x)
else:
    __nbc_iterdone(it)
