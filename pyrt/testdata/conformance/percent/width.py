print(__nbc_mod('[%5d] [%-5d] [%05d]', (1, 2, 3)))
