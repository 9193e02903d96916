from datetime import datetime, date, time, timezone, timedelta

for s in ['01:02:03.1', '01:02:03.1234567', '010203', '0102', '01', '01:02', '01:02:03,5', '01:02:03+01:00',
          '01:02:03Z', '01:02:03+0100', '01:02:03+01', '01:02:03-01:30:15.5', '01:02:03.', '1:02',
          '01:02:03+00:00', 'T01:02', '01:2', '25:00', '']:
    try:
        print(repr(s), repr(time.fromisoformat(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for s in ['2024-01-02', '20240102', '2024-W01', '2024-W01-3', '2024W013', '2024W01', '2024-01-02T03:04',
          '2024-01-02 03:04:05.123', '2024-01-02x03', '20240102T030405', '2024-01-02T', '2024-01-0', '2024-1-02',
          '2024-01-02T03:04:05+01:00', '2024-02-30', '2024-01-02T25:00', '2024-01-02T03:04:05.123456Z', '']:
    for cls in (datetime, date):
        try:
            print(repr(s), repr(cls.fromisoformat(s)))
        except Exception as e:
            print(repr(s), type(e).__name__, e)
d = datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=timezone(timedelta(hours=-3)))
for x in [d, d.date(), d.timetz(), d.replace(tzinfo=None), d.replace(microsecond=0)]:
    print(x.isoformat(), type(x).fromisoformat(x.isoformat()) == x)
for f in [lambda: date.fromisoformat(20240102), lambda: datetime.fromisoformat(None)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
