one, t = 1, True
print(type(1 + 2).__name__, type(True + 0).__name__, 3 - False, 4 * True)
print(True < 2, 0 == False, one is t, t is True)
