print(__nbc_mod('%s %d %r', (True, True, False)))
