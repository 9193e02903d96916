print(__nbc_mod('%s', 'x'), __nbc_mod('%d', 5))
