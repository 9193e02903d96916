from datetime import datetime, timezone, timedelta, tzinfo, time, UTC

utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30), 'IST')
est = timezone(-timedelta(hours=5))
for tz in [utc, ist, est, timezone(timedelta(0)), timezone(timedelta(0), 'Z0'), timezone(timedelta(seconds=61)),
           timezone(timedelta(hours=-1, microseconds=-5)), timezone.min, timezone.max]:
    print(repr(tz), '|', str(tz), '|', tz.utcoffset(None), tz.tzname(None), tz.dst(None))
print(timezone(timedelta(0)) is utc, UTC is utc, ist == timezone(timedelta(hours=5, minutes=30)), utc == est)
d = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(repr(d), d, d.isoformat(), d.utcoffset(), d.tzname(), d.dst())
print(d.astimezone(ist), d.astimezone(est), repr(d.astimezone(est)))
print(d.astimezone(ist) == d, d.astimezone(ist) - d, d.astimezone(est) < d.astimezone(ist))
print(datetime(2024, 6, 1, 12, 0, tzinfo=ist) - datetime(2024, 6, 1, 12, 0, tzinfo=est))
print(datetime(2024, 6, 1, 12, 30, tzinfo=ist).astimezone(utc))
print(hash(d) == hash(d.astimezone(ist)), len({d, d.astimezone(ist), d.astimezone(est)}))
print(d.timestamp(), d.astimezone(est).timestamp(), datetime(1970, 1, 1, tzinfo=est).timestamp())
print(datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1700000000, ist), repr(datetime.fromtimestamp(86400.5, est)))
print(datetime(2024, 1, 1).replace(tzinfo=ist), datetime(2024, 1, 1, tzinfo=ist).replace(tzinfo=None))
print(d.timetuple())
print(d.astimezone(ist).utctimetuple())
print(time(12, 0, tzinfo=ist), repr(time(12, 0, tzinfo=est)), time(12, 0, tzinfo=ist).utcoffset())


class Paris(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return 'CET'

    def __repr__(self):
        return 'Paris()'


p = Paris()
e = datetime(2024, 1, 15, 9, 0, tzinfo=p)
print(e, repr(e), e.tzname(), e.utcoffset(), e.astimezone(utc), utc.fromutc(datetime(2024, 1, 1, tzinfo=utc)))
print(datetime(2024, 1, 15, 8, 0, tzinfo=utc).astimezone(p), e == datetime(2024, 1, 15, 8, 0, tzinfo=utc))
print(e.strftime('%H:%M %Z %z'), d.strftime('%Z|%z'), datetime(2024, 1, 1).strftime('[%Z|%z]'))
naive = datetime(2024, 6, 1, 12, 0)
print(naive == d, naive != d)
for f in [lambda: naive < d, lambda: naive - d, lambda: timezone(timedelta(hours=24)), lambda: timezone(5),
          lambda: timezone(timedelta(0), 5), lambda: d.astimezone(5), lambda: tzinfo().utcoffset(None),
          lambda: ist.fromutc(d), lambda: time(1, tzinfo=ist) < time(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
