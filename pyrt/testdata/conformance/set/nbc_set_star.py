print(__nbc_set(1, __nbc_star([5, 4]), 0))
