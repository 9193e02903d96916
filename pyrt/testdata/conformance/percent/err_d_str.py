print(__nbc_mod('%d', ('a',)))
