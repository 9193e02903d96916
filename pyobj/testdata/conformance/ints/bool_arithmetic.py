print(True + 1, False - 1, True * 3.5, 2 - True)
print(True // 2, True / 2, True % 2, True ** 10)
print(sum([True, True, False]), True == 1, hash(True) == hash(1))
print(type(True + 1).__name__, True & 1, 1 | True)
