# Arithmetic loop: integer and float operations in a tight loop.
total = 0
x = 0.5
for i in range(3000000):
    total += i * 3 % 7
    x = x * 1.0000001 + 0.1
print(total, int(x * 1000))
