print(__nbc_set(3, 1, 2), __nbc_set())
