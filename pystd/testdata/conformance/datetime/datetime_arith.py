from datetime import datetime, date, timedelta

a = datetime(2024, 2, 28, 22, 30)
print(a + timedelta(hours=3), timedelta(days=1, minutes=1) + a, a - timedelta(days=59, microseconds=1))
print(a - datetime(2024, 1, 1), datetime(2024, 1, 1) - a, repr(a - a))
print(a + timedelta(days=366), a - timedelta(weeks=52 * 10))
print(a < datetime(2024, 2, 28, 22, 31), a == datetime(2024, 2, 28, 22, 30), a != a, a >= a, a > a)
print(sorted([datetime(2024, 1, 1, 12), datetime(2023, 12, 31, 23, 59, 59), datetime(2024, 1, 1)]))
print(max([datetime(2024, 1, 1, 12), datetime(2024, 1, 1, 12, 0, 0, 1)]))
d = {datetime(2024, 1, 1): 'new year'}
print(d[datetime(2024, 1, 1, 0, 0)], datetime(2024, 1, 1) in d, datetime(2024, 1, 1, 0, 0, 1) in d)
print(a.replace(fold=1) == a)
start = datetime(2024, 3, 30, 23, 0)
print([str(start + timedelta(hours=h)) for h in range(0, 6, 2)])
print((datetime(2024, 12, 25) - datetime(2024, 1, 1)).days, (datetime(2024, 1, 1, 12) - datetime(2024, 1, 1)).total_seconds())
diff = datetime(2024, 1, 2, 3, 4, 5, 6) - datetime(2023, 1, 1)
print(diff, diff.days, diff.seconds, diff.microseconds, diff // timedelta(hours=1), diff / timedelta(days=1))
for f in [lambda: a + 1, lambda: a - 1, lambda: 1 - a, lambda: a - date(2024, 1, 1), lambda: a < 1,
          lambda: datetime.max + timedelta(microseconds=1), lambda: datetime.min - timedelta(days=1),
          lambda: a + a]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
