print(__nbc_mod('%s %s', ('a',)))
