t, f = True, False
print(t + t, t - f, t * t, f * t, t / t, t ** t, t ** -1, t << t, t >> t)
print(t & t, t | f, t ^ t, t & 1, 1 | f, 3 ^ t, ~t, ~f, -t, +t, -f, +f)
print(type(t & f).__name__, type(t | 1).__name__, type(-t).__name__, type(t ** t).__name__, (t & t) is True)
print(t < f, t <= t, f > t, t >= 1, t == 1.0, t < 1.5, f == 0, t != 2, sorted([t, f, t, 0, 2]))
x = t
x += t
y = t
y &= f
z = f
z |= t
w = t
w ^= t
print(x, y, z, w, type(y).__name__, type(x).__name__)
for op in (lambda: t // f, lambda: t % f, lambda: t / f, lambda: divmod(t, f)):
    try:
        op()
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
print(t + 1.5, divmod(t, t), pow(t, t, 2), abs(t), abs(-t), t * "ab", [0] * t, "xy"[t])
class I(int): pass
print(I(2) & t, t & I(3), type(t & I(3)).__name__, t + I(1))
