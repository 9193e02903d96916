# Many pseudo-random values (a fixed LCG), to compare calendar arithmetic,
# formatting and parsing with CPython in bulk.
from datetime import date, datetime, timedelta, timezone

state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


out = []
for _ in range(300):
    o = rnd(3652059) + 1
    d = date.fromordinal(o)
    assert d.toordinal() == o
    out.append('%s %s %s %d %s' % (d, d.isocalendar(), d.strftime('%a %j %U %W %G-%V-%u'), d.weekday(),
                                   date.fromisocalendar(*d.isocalendar()) == d))
print('\n'.join(out))
out = []
for _ in range(300):
    dt = datetime(rnd(9000) + 500, rnd(12) + 1, rnd(28) + 1, rnd(24), rnd(60), rnd(60), rnd(2) * rnd(1000000))
    td = timedelta(days=rnd(200000) - 100000, seconds=rnd(86400), microseconds=rnd(1000000) - 500000)
    r = dt + td
    back = r - td
    tz = timezone(timedelta(minutes=rnd(2 * 1439) - 1439))
    aware = dt.replace(tzinfo=tz)
    out.append('%s | %r | %s | %s | %s | %s | %s | %s' % (
        r, td, back == dt, r - dt == td, (r - dt) / timedelta(hours=1), aware.isoformat(),
        aware.astimezone(timezone.utc), datetime.fromisoformat(aware.isoformat()) == aware))
    s = dt.strftime('%Y-%m-%d %H:%M:%S.%f')
    if dt.year >= 1000:
        assert datetime.strptime(s, '%Y-%m-%d %H:%M:%S.%f') == dt, s
    if 1970 <= dt.year < 2200:
        ts = aware.timestamp()
        out.append('  %r %s' % (ts, datetime.fromtimestamp(ts, tz) == aware))
print('\n'.join(out))
out = []
for _ in range(200):
    a = timedelta(microseconds=rnd(10 ** 12) - 5 * 10 ** 11)
    b = timedelta(seconds=rnd(10 ** 6) + 1)
    k = rnd(1000) - 500
    f = (rnd(10 ** 6) - 5 * 10 ** 5) / 1000.0
    out.append('%s %s %s %s %s %s %r %r' % (a, a // b, a % b, a * k, a * f, a / (f or 1.5), a / b, a.total_seconds()))
print('\n'.join(out))
