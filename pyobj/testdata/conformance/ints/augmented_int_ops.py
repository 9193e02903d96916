x = 10
x -= 3; x *= 4; x //= 3; x %= 5; x **= 3; x <<= 2; x >>= 1; x |= 1; x ^= 2; x &= 0xff
print(x)
y = 2**62
y += y
y *= 2
print(y)
