# time.strftime, asctime, mktime and gmtime over pseudo-random times (a
# fixed LCG) and directives, against CPython on Linux in the C locale.
import time

state = 31337


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


DIRS = ['%a', '%A', '%b', '%B', '%c', '%C', '%d', '%D', '%e', '%F', '%g', '%G', '%h', '%H', '%I', '%j', '%k',
        '%l', '%m', '%M', '%n', '%p', '%P', '%r', '%R', '%S', '%t', '%T', '%u', '%U', '%V', '%w', '%W', '%x',
        '%X', '%y', '%Y', '%%', '%-d', '%_H', '%^a', '%#p', '%010Y', '%-j', '%Ey', '%Od']
for _ in range(200):
    secs = rnd(2 ** 31) * (1 if rnd(4) else -1) + rnd(1000) * 86400 * 365
    t = time.gmtime(secs)
    fmt = ' '.join(DIRS[rnd(len(DIRS))] for _ in range(rnd(4) + 1))
    print(secs, tuple(t), repr(time.strftime(fmt, t)), time.asctime(t), time.mktime(t) == secs,
          time.gmtime(time.mktime(t)) == t, time.ctime(secs))
