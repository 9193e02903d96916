from datetime import timedelta

for td in [timedelta(), timedelta(1), timedelta(days=1, hours=1), timedelta(seconds=-1),
           timedelta(hours=-25), timedelta(weeks=2, minutes=3), timedelta(microseconds=1),
           timedelta(milliseconds=1500), timedelta(days=-1, seconds=86399, microseconds=999999),
           timedelta(seconds=0.1), timedelta(seconds=1.5, microseconds=0.5),
           timedelta(microseconds=2.5), timedelta(microseconds=3.5), timedelta(hours=1.25),
           timedelta(days=0.1), timedelta(minutes=-0.5), timedelta(days=2, seconds=-3)]:
    print(repr(td), '|', td, '|', td.days, td.seconds, td.microseconds, td.total_seconds())

print(timedelta.min, repr(timedelta.min))
print(timedelta.max, repr(timedelta.max))
print(repr(timedelta.resolution))
print(str(timedelta(days=1000000)), str(timedelta(days=-2)))
print(bool(timedelta()), bool(timedelta(microseconds=1)))
print(timedelta(hours=36).total_seconds(), timedelta(microseconds=-1).total_seconds())

for f in [lambda: timedelta(days=10 ** 9), lambda: timedelta(days='1'), lambda: timedelta(seconds=None),
          lambda: timedelta(weeks=[1])]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
try:
    timedelta.max + timedelta(microseconds=1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    timedelta(1).days = 3
except AttributeError as e:
    print(type(e).__name__)
