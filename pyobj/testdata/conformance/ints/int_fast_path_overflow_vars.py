two, e63, e64, m1, big = 2, 63, 64, -1, 2**62
print(two ** e63, two ** e64, m1 ** e63, (-two) ** e63, two ** -two, 10 ** -m1)
print(big + big, big * two, -big - big - big, big << two, (-big) * 2 - 1)
print(big // m1, -big // m1 * 2, (big * two) % 7, -(big * two) // 3)
x = 3037000499
print(x * x, (x + 1) * (x + 1), -x * (x + 1))
y = 1
for i in range(70):
    y = y * 2
print(y, y - 1, -y // 3, y % 1000)
z = -(2**63)
print(z - 1, z * -1, z // -1, abs(z), -z, z % -1, divmod(z, -1))
