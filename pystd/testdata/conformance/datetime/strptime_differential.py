# Pseudo-random formats (a fixed LCG) rendered with strftime, sometimes
# corrupted, and parsed back with strptime: results and messages against
# CPython's regular-expression matcher.
import time
from datetime import datetime, timedelta

state = 2024


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


DIRS = ['%Y', '%m', '%d', '%H', '%M', '%S', '%f', '%y', '%b', '%B', '%a', '%A', '%p', '%I', '%j', '%z', '%Z',
        '%%', '%w', '%u', '%U', '%W', '%c', '%x', '%X']
SEPS = ['', '', '-', ' ', ':', '/', 'T', ', ', '  ', '.']
EXPAND = {'c': 'abdHMSY', 'x': 'mdy', 'X': 'HMS', '%': ''}


def repeats(parts):
    seen = ''
    for p in parts:
        for c in EXPAND.get(p[1], p[1]):
            if c in seen:
                return True
            seen += c
    return False


n = 0
while n < 400:
    parts = [DIRS[rnd(len(DIRS))] for _ in range(rnd(5) + 1)]
    if repeats(parts):
        # CPython's regular expression refuses a directive given twice.
        continue
    n += 1
    fmt = ''.join(p + SEPS[rnd(len(SEPS))] for p in parts)
    dt = datetime(1900 + rnd(200), rnd(12) + 1, rnd(28) + 1, rnd(24), rnd(60), rnd(60), rnd(1000000))
    s = dt.strftime(fmt).replace('+0000', ['+0530', '-01:30', 'Z', '+0000'][rnd(4)])
    k = rnd(5)
    if k == 0 and s:
        p = rnd(len(s))
        s = s[:p] + s[p + 1:]
    elif k == 1:
        s = s + ['x', '0', ' ', '1'][rnd(4)]
    elif k == 2 and s:
        s = s.upper() if rnd(2) else s.lower()
    try:
        r = datetime.strptime(s, fmt)
        print(repr(fmt), repr(s), '->', repr(r))
    except ValueError as e:
        print(repr(fmt), repr(s), '!', e)
    try:
        print('  ', tuple(time.strptime(s, fmt)))
    except ValueError as e:
        print('  !', e)
