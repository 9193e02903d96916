from datetime import date, datetime, timedelta, tzinfo, timezone


class MyDate(date):
    def describe(self):
        return 'day %d' % self.toordinal()


class MyDT(datetime):
    pass


class MyTD(timedelta):
    pass


d = MyDate(2024, 1, 1)
print(repr(d), d, d.describe(), type(d + timedelta(days=1)).__name__, type(d - timedelta(days=1)).__name__)
print(type(d.replace(day=5)).__name__, type(MyDate.fromordinal(5)).__name__, type(MyDate.fromisoformat('2024-02-02')).__name__)
m = MyDT(2024, 1, 1, 12)
print(repr(m), m, type(m + timedelta(1)).__name__, type(m - m).__name__, type(MyDT.fromtimestamp(0)).__name__)
print(type(MyDT.combine(date(2024, 1, 1), datetime(2024, 1, 1).time())).__name__, type(m.date()).__name__)
print(type(MyDT.strptime('2024', '%Y')).__name__, type(m.replace(hour=1)).__name__, type(m.astimezone(timezone.utc)).__name__)
t = MyTD(hours=1)
print(repr(t), t, type(t + t).__name__, type(-t).__name__, type(t * 2).__name__)
print(isinstance(d, date), isinstance(m, date), m == datetime(2024, 1, 1, 12), d == date(2024, 1, 1))
print(date.__name__, datetime.__qualname__, timedelta.__module__, repr(date), repr(timezone))
print(MyDate.__name__, repr(MyDate), MyDate.__mro__[1:])
