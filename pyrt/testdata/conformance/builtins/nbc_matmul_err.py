__nbc_matmul([1], [2])
