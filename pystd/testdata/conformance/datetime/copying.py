import copy
from datetime import date, datetime, time, timedelta, timezone

tz = timezone(timedelta(hours=1), 'X')
values = [date(2024, 1, 1), datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=tz), time(1, 2, tzinfo=timezone.utc),
          timedelta(days=-1, microseconds=5), tz, timezone.utc, datetime(2024, 1, 1, fold=1)]
for v in values:
    c = copy.copy(v)
    d = copy.deepcopy(v)
    print(repr(c), repr(d), c == v, d == v, type(d) is type(v))
print(copy.deepcopy(timezone.utc) is timezone.utc, copy.deepcopy(values)[1].tzinfo.tzname(None))
