print(__nbc_mod('%s %r', (0.1, 1e16)))
