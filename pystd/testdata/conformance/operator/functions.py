import operator as op
from functools import reduce

print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2))
print(op.mod(7, 3), op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.invert(0))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(256, 2))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.lt((1, 2), (1, 3)), op.gt([2], [1, 5]))
print(op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.concat('a', 'b'), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1))
print(op.indexOf('abc', 'c'), op.getitem([1, 2], 1), op.index(5), op.length_hint([1, 2, 3]))
d = {}
op.setitem(d, 'k', 1)
print(d)
op.delitem(d, 'k')
print(d)
print(reduce(op.mul, range(1, 6)), reduce(op.add, ['a', 'b', 'c']))
print(list(map(op.add, [1, 2], [10, 20])))
x = [1]
print(op.iadd(x, [2]), x, op.iadd(1, 2))
print(op.__add__(1, 1), op.call(len, 'abc'))
for f in [lambda: op.concat(1, 2), lambda: op.indexOf([1], 5), lambda: op.index(1.5),
          lambda: op.add(1, 'a'), lambda: op.truediv(1, 0), lambda: op.lt(1, 'a')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
