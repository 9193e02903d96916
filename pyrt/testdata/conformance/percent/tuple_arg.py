print(__nbc_mod('%s', ((1, 2),)))
