print(__nbc_mod('%c%c', (65, 'b')))
