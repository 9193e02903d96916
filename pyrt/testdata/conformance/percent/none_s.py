print(__nbc_mod('%s %r', (None, 'x')))
