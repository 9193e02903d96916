print(__nbc_kwcall(dict, (), 'name', 'x', 'age', 3))
print(__nbc_kwcall(dict, (dict([('b', 1)]),), 'a', 2))
print(__nbc_kwcall(sorted, ([3, 1, 2],), 'reverse', True))
