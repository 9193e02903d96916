print(__nbc_mod('%s', ('a', 'b')))
