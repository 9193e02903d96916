from datetime import datetime
import time

cases = [
    ('2024-01-02 03:04:05', '%Y-%m-%d %H:%M:%S'),
    ('02/01/24', '%d/%m/%y'),
    ('02/01/69', '%d/%m/%y'),
    ('20240102', '%Y%m%d'),
    ('2024112', '%Y%m%d'),
    ('Tue Jan  2 03:04:05 2024', '%a %b %d %H:%M:%S %Y'),
    ('Tuesday, January 02, 2024', '%A, %B %d, %Y'),
    ('march 5 2024 3:07 pm', '%B %d %Y %I:%M %p'),
    ('12:30 AM', '%I:%M %p'),
    ('12:30 PM', '%I:%M %p'),
    ('2024-01-02T03:04:05.5', '%Y-%m-%dT%H:%M:%S.%f'),
    ('2024-01-02T03:04:05.123456789', '%Y-%m-%dT%H:%M:%S.%f'),
    ('2024-01-02 03:04:05 +0530', '%Y-%m-%d %H:%M:%S %z'),
    ('2024-01-02 03:04:05 -05:00', '%Y-%m-%d %H:%M:%S %z'),
    ('2024-01-02 03:04:05Z', '%Y-%m-%d %H:%M:%S%z'),
    ('2024-01-02 03:04:05 UTC', '%Y-%m-%d %H:%M:%S %Z'),
    ('2024-01-02 03:04:05 +0000 GMT', '%Y-%m-%d %H:%M:%S %z %Z'),
    ('2024 100', '%Y %j'),
    ('2024 10 3', '%Y %W %w'),
    ('2024 10 3', '%Y %U %w'),
    ('2024 10 3', '%G %V %u'),
    ('10:30', '%H:%M'),
    ('  2024-1-2', ' %Y-%m-%d'),
    ('2024-01-02', '%Y-%m-%d '),
    ('Tue Jan 2 03:04:05 2024', '%c'),
    ('01/02/24 03:04:05', '%x %X'),
    ('5%', '%d%%'),
    ('2024-01-02', '%Y-%m-%d %H'),
    ('2024-13-02', '%Y-%m-%d'),
    ('2024-02-30', '%Y-%m-%d'),
    ('2024-01-02 extra', '%Y-%m-%d'),
    ('2024', '%Q'),
    ('2024', '%Y%'),
    ('2024 10', '%G %V'),
    ('2024 10 1', '%Y %V %u'),
    ('02-29', '%m-%d'),
]
for s, f in cases:
    try:
        print(repr(s), repr(f), repr(datetime.strptime(s, f)))
    except Exception as e:
        print(repr(s), repr(f), type(e).__name__, e)
print(time.strptime('2024-01-02', '%Y-%m-%d'))
print(time.strptime('02-29', '%m-%d'))
for f in [lambda: datetime.strptime(5, '%Y'), lambda: datetime.strptime('2024', 5)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
