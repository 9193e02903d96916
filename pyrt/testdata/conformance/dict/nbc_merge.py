a = __nbc_dict(1, 1)
print(__nbc_dict_merge(a, __nbc_dict(2, 2), __nbc_dict(1, 3)))
