x = 2**64
print(x, x * x, -x, x // 3)
