from datetime import date, datetime, timedelta

d = date(2024, 1, 31)
print(d + timedelta(days=1), timedelta(days=30) + d, d - timedelta(days=31), d + timedelta(hours=47))
print(d - date(2023, 1, 31), date(2023, 1, 1) - d, repr(d - d))
print(d > date(2024, 1, 30), d == date(2024, 1, 31), d != date(2024, 1, 31), d <= d)
print(sorted([date(2024, 3, 1), date(2023, 12, 31), date(2024, 1, 1)]))
print(max(date(2024, 3, 1), date(2023, 12, 31)))
print({date(2024, 1, 1): 1}[date(2024, 1, 1)], len({date(2024, 1, 1), date(2024, 1, 1)}))
print(d == datetime(2024, 1, 31), d != datetime(2024, 1, 31), d == 5)
days = [date(2024, 1, 1) + timedelta(days=i) for i in range(0, 365, 50)]
print([x.isoformat() for x in days])
print([x.strftime('%a') for x in days])
for f in [lambda: d + 1, lambda: d - 1, lambda: d < 5, lambda: d < datetime(2024, 1, 1),
          lambda: datetime(2024, 1, 1) > d, lambda: date.max + timedelta(days=1),
          lambda: date.min - timedelta(days=1), lambda: d - datetime(2024, 1, 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
