from datetime import time, timezone, timedelta

for t in [time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(23, 59, 59, 999999), time(1, fold=1),
          time(12, 30, tzinfo=timezone.utc), time(0, 0, 0, 500)]:
    print(repr(t), '|', t, '|', t.isoformat(timespec='milliseconds'), t.hour, t.minute, t.second, t.microsecond, t.fold)
print(time.min, time.max, time.resolution, repr(time.min))
print(bool(time()), time(1) < time(2), time(1, 2) == time(1, 2), time(1) != time(1, 0, 0, 1))
print(sorted([time(13), time(1, 59), time(1, 5)]))
print(time(1, 2).replace(minute=30), repr(time(1, 2).replace(tzinfo=timezone.utc)), time(5).replace(hour=6, second=7))
print(time(14, 5).strftime('%I:%M %p'), format(time(14, 5), '%H.%M'), f'{time(9):%H}')
print(time(10, tzinfo=timezone(timedelta(hours=2))) == time(8, tzinfo=timezone.utc))
print(time(10, tzinfo=timezone(timedelta(hours=2))) < time(9, tzinfo=timezone.utc))
print(time(1).utcoffset(), time(1, tzinfo=timezone.utc).utcoffset(), time(1, tzinfo=timezone.utc).tzname())
print(hash(time(1, 2)) == hash(time(1, 2)), time(1) == 1, len({time(1), time(1, 0)}))
print(time(1) == time(1, tzinfo=timezone.utc))
for f in [lambda: time(24), lambda: time(1, 60), lambda: time(1, 1, 60), lambda: time(1, 1, 1, -1),
          lambda: time(1, tzinfo='x'), lambda: time(1) < time(1, tzinfo=timezone.utc), lambda: time(1) < 2,
          lambda: time(1) + timedelta(1), lambda: time('1')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
