# float % and // and divmod as CPython's float_divmod (from C's fmod), with
# literals, variables, int and bool operands, and zero divisors.
print(1e20 % 7.0, 2**62 % 10.0, 5.5 % 1e-3, 0.7 % 0.1, -7.5 % 2, 7.5 % -2, -0.0 % 1.0, 0.0 % -1.0)
print(1e20 // 7.0, 7.5 // -2, -7.5 // 2, 0.7 // 0.1, 5 // 0.3, -1e-300 // 1e300)
print(divmod(1e20, 7.0), divmod(-7.5, 2), divmod(7, 0.5), divmod(True, 0.25))
x, y = 1e20, 7.0
print(x % y, x // y, 10 % 3.5, 10.0 // 3)
for a, b in [(1.0, 0.0), (1, 0.0)]:
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print(e)
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print(e)
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print(e)
