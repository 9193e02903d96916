print(__nbc_mod('%r', ('a',)))
