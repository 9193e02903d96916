import datetime as dt
from datetime import datetime, date, time, timedelta

d = datetime(2024, 1, 2, 3, 4, 5)
print(repr(d), str(d), d.isoformat(), d.isoformat(' '), d.isoformat(timespec='minutes'))
for ts in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(ts, datetime(2024, 1, 2, 3, 4, 5, 678901).isoformat(timespec=ts), d.isoformat(timespec=ts))
print(repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 3, 4)), repr(datetime(2024, 1, 2, 3, 4, 0, 5)))
print(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo, d.fold)
print(repr(d.date()), repr(d.time()), repr(d.timetz()), d.utcoffset(), d.dst(), d.tzname())
print(d.replace(hour=23), d.replace(year=2020, month=2, day=29, microsecond=1), repr(d.replace(fold=1)))
print(datetime.combine(date(2024, 5, 6), time(7, 8)), repr(datetime.combine(date(2024, 5, 6), time(7, 8, 9, 10))))
print(d.ctime(), datetime(2024, 1, 12, 13, 14, 15).ctime())
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal())
print(d.timetuple())
print(d.utctimetuple())
print(datetime.min, datetime.max, datetime.resolution)
print(repr(datetime.min), repr(datetime.max))
print(isinstance(d, date), isinstance(d, datetime), isinstance(d.date(), datetime), issubclass(datetime, date))
print(type(d), type(d).__name__, datetime.__name__, datetime.__qualname__, datetime.__module__)
print(dt.MINYEAR, dt.MAXYEAR, dt.timezone.utc is dt.UTC)
print(format(d), format(d, '%Y'), f'{d}', f'{d!r}', f'{d:%H:%M}', '{0:%d/%m}'.format(d))
print(datetime.fromordinal(738000), repr(datetime.fromisocalendar(2024, 10, 3)))
for f in [lambda: datetime(2024, 1, 2, 24), lambda: datetime(2024, 1, 2, 1, 60), lambda: datetime(2024, 1, 2, 1, 1, 60),
          lambda: datetime(2024, 1, 2, 1, 1, 1, 10 ** 6), lambda: datetime(2024, 1, 2, fold=2),
          lambda: datetime(2024, 1, 2, tzinfo=1), lambda: datetime(2024, 1, 32), lambda: d.isoformat(timespec='x'),
          lambda: datetime.combine(1, time()), lambda: datetime.combine(date.today(), 1),
          lambda: d.replace(hour=-1), lambda: datetime(2024, 1, 2, 1.5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
