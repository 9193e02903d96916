from datetime import datetime, date, timezone, timedelta

for t in [0, 1, -1, 1.5, -1.5, 1700000000, 1700000000.123456, 1700000000.1234565, 1700000000.9999996,
          86399.999999, 951782400, 4102444800, -2208988800, 0.0000005, 0.0000015, 1e-7]:
    print(t, repr(datetime.utcfromtimestamp(t)), repr(datetime.fromtimestamp(t)),
          datetime.fromtimestamp(t, timezone.utc), date.fromtimestamp(t))
for d in [datetime(2024, 1, 1), datetime(1970, 1, 1, 0, 0, 0, 1), datetime(2024, 1, 1, 12, 30, 15, 250000),
          datetime(1969, 12, 31, 23, 59, 59, 500000), datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999)]:
    try:
        print(d, d.timestamp(), d.replace(tzinfo=timezone.utc).timestamp(),
              d.replace(tzinfo=timezone(timedelta(hours=1))).timestamp() if d.year > 1 else '-')
    except ValueError as e:
        print(d, type(e).__name__, e)
d = datetime(2024, 5, 5, 5, 5, 5, 555555)
print(datetime.fromtimestamp(d.timestamp()) == d, datetime.utcfromtimestamp(d.timestamp()) == d)
for f in [lambda: datetime.fromtimestamp('x'), lambda: datetime.fromtimestamp(float('nan')),
          lambda: datetime.fromtimestamp(1e20), lambda: datetime.fromtimestamp(0, 5),
          lambda: date.fromtimestamp(None)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
