from datetime import date, MINYEAR, MAXYEAR

d = date(2024, 2, 29)
print(repr(d), d, d.year, d.month, d.day, d.isoformat())
print(d.toordinal(), date.fromordinal(d.toordinal()), date.fromordinal(1), date.fromordinal(3652059))
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()))
print(d.ctime(), d.replace(day=1), d.replace(year=2023, day=28))
print(d.timetuple())
print(date.min, date.max, date.resolution, MINYEAR, MAXYEAR)
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2024, 1, 1))
for y, m, dd in [(2021, 1, 1), (2020, 12, 31), (2027, 1, 1), (2026, 12, 31), (2008, 12, 29), (2010, 1, 3), (1, 1, 1), (9999, 12, 31)]:
    print(date(y, m, dd).isocalendar(), date(y, m, dd).weekday())
print(format(d), format(d, '%d.%m.%Y'), f'{d:%A}', '{:%B}'.format(d))
print(date.fromtimestamp(0), date.fromtimestamp(1700000000.9), date.fromtimestamp(-86400))
for args in [(2024, 2, 30), (2023, 2, 29), (0, 1, 1), (10000, 1, 1), (2024, 13, 1), (2024, 0, 1), (2024, 1, 0),
             (2024.0, 1, 1), ('2024', 1, 1)]:
    try:
        date(*args)
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: date.fromordinal(0), lambda: date.fromisocalendar(2021, 53, 1),
          lambda: date.fromisocalendar(2021, 1, 8), lambda: date.fromisocalendar(0, 1, 1),
          lambda: d.replace(month=2, day=30)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
