print(__nbc_mod('%.2s|%5.1s|', ('abc', 'xyz')))
