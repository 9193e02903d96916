print(__nbc_mod('%x %X %#x %o %#o', (255, 255, 255, 8, 8)))
