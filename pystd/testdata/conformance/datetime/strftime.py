from datetime import datetime, date, time, timezone, timedelta

d = datetime(2024, 3, 9, 14, 5, 7, 89)
for fmt in ['%Y-%m-%d %H:%M:%S.%f', '%a %A %b %B %h', '%d %e %j %U %W %w %u', '%I %p %l %k', '%y %C %G %g %V',
            '%c', '%x', '%X', '%D %F %T %R %r', '%%Y %% %n%t|', '%z %Z', 'plain text', '', '%Q %', '100%']:
    print(repr(fmt), repr(d.strftime(fmt)))
for x in [date(2024, 1, 1), date(2023, 1, 1), date(2021, 12, 31), date(1900, 1, 1), date(5, 6, 7), date(999, 1, 1)]:
    print(x.strftime('%Y|%y|%j|%U|%W|%G-%V-%u|%a %d %b'))
print(time(23, 59, 1, 5).strftime('%H:%M:%S.%f %p %I %Y-%m-%d %j'))
aware = datetime(2024, 1, 1, 0, 0, tzinfo=timezone(timedelta(hours=-9, minutes=-30, seconds=-15)))
print(aware.strftime('%z %Z'), aware.astimezone(timezone.utc).strftime('%z %Z'))
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=2), 'EET')).strftime('%z %Z'))
for h in [0, 1, 11, 12, 13, 23]:
    print(h, datetime(2024, 1, 1, h).strftime('%I %p'))
try:
    d.strftime(5)
except TypeError as e:
    print(type(e).__name__, e)
