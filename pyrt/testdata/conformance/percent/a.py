print(__nbc_mod('%a', ('\xe9',)))
