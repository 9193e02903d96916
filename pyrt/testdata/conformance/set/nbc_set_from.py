print(__nbc_set_from(x % 3 for x in range(10)))
