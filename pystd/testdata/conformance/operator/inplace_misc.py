import operator

l = [1, 2]
r = operator.iadd(l, [3])
print(r is l, l)
s = 'ab'
print(operator.iadd(s, 'c'), s)
print(operator.imul([0], 3), operator.isub(10, 3), operator.ipow(2, 3), operator.ior({1}, {2}))
print(operator.iand(6, 3), operator.ixor(6, 3), operator.ilshift(1, 3), operator.irshift(16, 2))
print(operator.itruediv(7, 2), operator.ifloordiv(7, 2), operator.imod(7, 2), operator.iconcat([1], [2]))
print(operator.length_hint([1, 2]), operator.length_hint(5, 7))
print(operator.truth(0), operator.truth('x'), operator.is_not(None, None))
print(operator.__name__, operator.add.__name__, operator.itemgetter.__name__)
try:
    operator.iconcat(1, [2])
except TypeError as e:
    print('TypeError', e)
try:
    operator.length_hint(5, 'a')
except TypeError as e:
    print('TypeError', e)
