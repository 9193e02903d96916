print(__nbc_lt((1, 2), (1, 3)), __nbc_le([1, 2], [1, 2]), __nbc_gt((2,), (1, 9)), __nbc_ge((1,), (1, 0)))
print(__nbc_lt(1, 2.5), __nbc_ge('b', 'a'), __nbc_lt((1, 'a'), (1, 'b')), __nbc_le(set([1]), set([1, 2])))
__nbc_lt((1,), (2, 'a')) and print('ok')
__nbc_lt((1, 2), (1, 'x'))
