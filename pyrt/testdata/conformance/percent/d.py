print(__nbc_mod('%d %i %d', (1, -2, 3.9)))
