import operator

names = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lt', 'le', 'eq', 'ne',
         'gt', 'ge', 'and_', 'or_', 'xor', 'lshift', 'rshift']
for n in names:
    dunder = '__' + n.rstrip('_') + '__'
    f = getattr(operator, n)
    g = getattr(operator, dunder)
    print(n, dunder, f is g, f(6, 3))
print(operator.__neg__(4), operator.__not__(0), operator.__getitem__('ab', 1), operator.__contains__('ab', 'b'))
print(sorted(n for n in ['itemgetter', 'attrgetter', 'methodcaller'] if hasattr(operator, n)))
