print(1 << 63, 1 << 64, 1 << 100, -1 << 63)
print((2**100) >> 90, -1 >> 5, (-2**70) >> 69)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
