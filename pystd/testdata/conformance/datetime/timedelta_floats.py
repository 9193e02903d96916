# timedelta from float components (a fixed LCG): rounding of the leftover
# microseconds as CPython's C constructor does it.
from datetime import timedelta

state = 77


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


def rfloat():
    k = rnd(5)
    if k == 0:
        return (rnd(2000001) - 1000000) / 1000.0
    if k == 1:
        return (rnd(2001) - 1000) / 8.0
    if k == 2:
        return (rnd(10 ** 9) - 5 * 10 ** 8) * 1e-9
    if k == 3:
        return rnd(1000) + 0.5
    return (rnd(10 ** 6) - 5 * 10 ** 5) / 3.0


names = ['days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks']
for _ in range(300):
    name = names[rnd(7)]
    v = rfloat()
    other = names[rnd(7)]
    w = rfloat() if rnd(2) else rnd(100)
    if other == name:
        other = 'seconds' if name != 'seconds' else 'days'
    try:
        td = eval('timedelta(%s=%r, %s=%r)' % (name, v, other, w))
        print(name, repr(v), other, repr(w), repr(td))
    except OverflowError as e:
        print(name, repr(v), other, repr(w), type(e).__name__, e)
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 0.4999999999999999, 1e-7, 5e-7, 1.5e-6, 2.5e-6]:
    print(repr(v), repr(timedelta(microseconds=v)), repr(timedelta(seconds=v)), repr(timedelta(microseconds=v, seconds=1)))
for k in [3, 0.1, 1 / 3, 2.5, -7.25, 1e-6]:
    td = timedelta(days=1, seconds=7, microseconds=13)
    print(repr(td * k), repr(td / k), repr(k * td))
