# total_seconds() and timedelta / timedelta on values past 2**53 microseconds:
# one correct rounding, as CPython divides ints.
from datetime import timedelta
state = 5
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n
vals = [timedelta.max, timedelta.min, timedelta(days=999999999, microseconds=1)]
for _ in range(500):
    vals.append(timedelta(days=rnd(999999999) - rnd(999999999), seconds=rnd(86400), microseconds=rnd(1000000)))

for v in vals:
    print(repr(v.total_seconds()), repr(v / timedelta(seconds=7)), repr(v / timedelta(microseconds=3)))
