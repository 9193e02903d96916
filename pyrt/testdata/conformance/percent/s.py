print(__nbc_mod('%s and %s', ('a', 1)))
