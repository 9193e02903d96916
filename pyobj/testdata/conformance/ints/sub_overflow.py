a = -2**63
print(a - 1, a - a, 0 - a)
