print(__nbc_mod('%+d %+d % d % d', (1, -1, 1, -1)))
