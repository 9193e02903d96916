class I(int): pass
i = I(5)
print(i + 1, i * 2, i == 5, isinstance(i, int), i > 3)
