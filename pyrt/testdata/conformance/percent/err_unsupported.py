print(__nbc_mod('%y', (1,)))
