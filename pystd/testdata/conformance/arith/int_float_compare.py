# int against float compared exactly, as CPython: beyond 2**53, beyond float's
# range, infinities and NaN, with literals, variables and sorting.
print(2**53 + 1 == 2.0**53 + 1, 2**53 + 1 > 2.0**53, 2**2000 > 1.0, 2**2000 < float('inf'), -2**2000 < -1e300)
print(1 == 1.0, 3 < 2.5, 2.5 < 3, float('nan') == 1, float('nan') != 1, 1 != float('nan'), True == 1.0, 10**20 == 1e20, 10**22 == 1e22, 10**23 == 1e23)
x, y = 2**53 + 1, 2.0**53
print(x == y, x > y, y < x, x >= y, 2**63 == 2.0**63, 2**64 - 1 < 2.0**64)
print(sorted([3, 2.5, 2**60, 1e18, True]))
print(0 == -0.0, (2**53 + 1) in [2.0**53])
