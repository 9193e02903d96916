from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ny = ZoneInfo('America/New_York')
print(ny, repr(ny), ny.key, ZoneInfo('America/New_York') is ny)
for args in [(2023, 1, 15, 12, 0), (2023, 7, 4, 9, 30), (2023, 3, 12, 2, 30), (2023, 11, 5, 1, 30)]:
    for fold in (0, 1):
        d = datetime(*args, tzinfo=ny, fold=fold)
        print(d, d.utcoffset(), d.dst(), d.tzname(), d.astimezone(timezone.utc))
u = datetime(2023, 11, 5, 5, 0, tzinfo=timezone.utc)
for h in range(4):
    loc = (u + timedelta(minutes=30 * h)).astimezone(ny)
    print(loc, loc.fold, loc.tzname())
u = datetime(2023, 3, 12, 6, 30, tzinfo=timezone.utc)
for h in range(3):
    loc = (u + timedelta(minutes=30 * h)).astimezone(ny)
    print(loc, loc.fold, loc.tzname())
for key in ['Europe/Paris', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC', 'Asia/Tokyo',
            'America/Sao_Paulo', 'Pacific/Chatham', 'Europe/London']:
    z = ZoneInfo(key)
    for m in (1, 7):
        d = datetime(2023, m, 1, 12, tzinfo=z)
        print(key, d.isoformat(), d.tzname(), d.dst(), d.astimezone(ZoneInfo('Asia/Tokyo')))
d = datetime(2024, 2, 29, 23, 59, tzinfo=ZoneInfo('Europe/Berlin'))
print(d.astimezone(ZoneInfo('America/Los_Angeles')), d.strftime('%Y-%m-%d %H:%M %Z %z'))
print(datetime(1990, 6, 1, tzinfo=ZoneInfo('Europe/Moscow')).tzname(), datetime(1950, 1, 1, tzinfo=ny).utcoffset())
for bad in ['Mars/Olympus', 'Not_A_Zone']:
    try:
        ZoneInfo(bad)
    except ZoneInfoNotFoundError as e:
        print('ZoneInfoNotFoundError:', e, isinstance(e, KeyError))
try:
    ZoneInfo('/etc/passwd')
except ValueError as e:
    print('ValueError:', e)
print(datetime(2023, 6, 1, tzinfo=ny) - datetime(2023, 1, 1, tzinfo=ny))
