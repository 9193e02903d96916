b = 2**63
print(type(b).__name__, type(b) is int, type(-2**100) is type(1))
