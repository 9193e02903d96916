from datetime import timedelta

a = timedelta(days=1, hours=2)
b = timedelta(minutes=45, seconds=30)
print(a + b, a - b, b - a, -a, +a, abs(-a))
print(a * 3, 3 * a, a * 0.5, a * -1.5, a / 4, a / 0.3, a / 7)
print(a / b, a // b, a % b, divmod(a, b))
print(a // 3, timedelta(microseconds=7) // 2, timedelta(microseconds=7) / 2, timedelta(microseconds=5) / 2)
print(a > b, a < b, a == timedelta(hours=26), a != b, a >= a, b <= a)
print(a == 1, a != 'x')
print(sorted([a, b, -b, timedelta(0)]))
print(max(a, b), min(a, b))
print(sum([a, b, b], timedelta()))
d = {timedelta(hours=1): 'h', timedelta(minutes=60): 'again'}
print(len(d), d[timedelta(seconds=3600)])
print(timedelta(hours=1) == timedelta(minutes=60), hash(timedelta(hours=1)) == hash(timedelta(seconds=3600)))
for f in [lambda: a + 1, lambda: a * 'x', lambda: a / 0, lambda: a // 0, lambda: a % timedelta(0),
          lambda: a < 5, lambda: 1 - a, lambda: a * None]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
