print(__nbc_mod('%05d %05.1f', (-3, -2.5)))
