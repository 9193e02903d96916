print(__nbc_mod('%d %x', (2**70, 2**70)))
