it = __nbc_iter(x * 2 for x in [1, 2])
print(__nbc_iterdone(it, 5), __nbc_iterdone(it))
def g():
    yield 1
    raise KeyError('k')
print((lambda it: __nbc_iterdone(it, [x for x in it]))(__nbc_iter(g())))
