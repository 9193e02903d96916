it = __nbc_iter([1, 2])
for x in it:
    print(x)
else:
    __nbc_iterdone(it)
    print('done')
