import operator as op

pairs = [(1, 2), (2, 2), (3, 2), ('a', 'b'), ([1, 2], [1, 3]), ((1, 'x'), (1, 'y'))]
for a, b in pairs:
    print(a, b, op.lt(a, b), op.le(a, b), op.gt(a, b), op.ge(a, b), op.eq(a, b), op.ne(a, b))
for f in (op.lt, op.ge):
    try:
        f([1], 'a')
    except TypeError as e:
        print('TypeError', e)
print(sorted([3, 1, 2], key=op.neg), list(filter(op.truth, [0, 1, [], [0]])))
