print(abs(-2**63), abs(-7), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(1250, -2))
print(divmod(-2**64, 3), divmod(2**64, -3))
