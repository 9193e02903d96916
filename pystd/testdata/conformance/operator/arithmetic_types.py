import operator as op

print(op.add('ab', 'cd'), op.add([1], [2]), op.mul('ab', 3), op.mul([0], 2))
print(op.truediv(1, 4), op.floordiv(-7, 2), op.mod(-7, 2), op.pow(2, -1), op.pow(-8, 2))
print(op.and_({1, 2}, {2, 3}), op.or_({1}, {2}), op.xor({1, 2}, {2}), op.sub({1, 2}, {1}))
print(op.neg(2.5), op.pos(-3), op.abs(-0.5), op.index(True), op.inv(-1))
print(op.lshift(3, 2), op.rshift(-16, 2), op.mod('%s-%s', ('a', 'b')))
for f, args in [(op.truediv, (1, 0)), (op.sub, ('a', 1)), (op.mul, ('a', 'b')),
                (op.neg, ('a',)), (op.inv, (1.5,))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)
