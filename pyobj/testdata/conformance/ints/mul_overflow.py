a = 2**62
print(a * 4, a * -4, 3037000500 * 3037000500, (-2**63) * -1)
x = 1
for i in range(1, 30):
    x *= i
print(x)
