"""strptime for time and datetime (nbcheck's _strptime), in the C locale
with UTC as the local time zone.

The format is matched in Go (_datetime.strptime_match) as CPython's
regular expression for it would match: each directive stands for a set of
alternatives tried in order, with backtracking, case-insensitively; a run
of whitespace in the format matches one or more whitespace characters.
This module turns the matched fields into a date and time.
"""

import _datetime

_DAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_MONTHS = ('january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december')


class _Result:
    pass


def _julian_from_week(year, week, weekday, monday_first):
    import datetime
    first = datetime.date(year, 1, 1).weekday()
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    week0 = (7 - first) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + week0 + 7 * (week - 1) + weekday


def _parse(data, fmt):
    """Parses data with format fmt; returns a _Result with year, month, day,
    hour, minute, second, microsecond, weekday, julian, isdst, tzname,
    gmtoff and gmtoff_us."""
    import datetime
    if not isinstance(data, str):
        raise TypeError('strptime() argument 0 must be str, not %s' % type(data))
    if not isinstance(fmt, str):
        raise TypeError('strptime() argument 1 must be str, not %s' % type(fmt))
    if type(data) is not str:
        data = str.__str__(data)
    if type(fmt) is not str:
        fmt = str.__str__(fmt)
    found, end = _datetime.strptime_match(data, fmt)
    if found is None:
        raise ValueError('time data %r does not match format %r' % (data, fmt))
    if end != len(data):
        raise ValueError('unconverted data remains: %s' % data[end:])
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_us = 0
    iso_year = iso_week = None
    week = None
    monday_first = False
    weekday = julian = None
    tzname = None
    ampm = ''
    for d, v in found:
        if d == 'p':
            ampm = v.lower()
    for d, v in found:
        if d == 'y':
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif d == 'Y':
            year = int(v)
        elif d == 'G':
            iso_year = int(v)
        elif d == 'm':
            month = int(v)
        elif d == 'B':
            month = _MONTHS.index(v.lower()) + 1
        elif d == 'b':
            month = [m[:3] for m in _MONTHS].index(v.lower()) + 1
        elif d == 'd':
            day = int(v)
        elif d == 'H':
            hour = int(v)
        elif d == 'I':
            hour = int(v)
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif d == 'M':
            minute = int(v)
        elif d == 'S':
            second = int(v)
        elif d == 'f':
            fraction = int(v + '0' * (6 - len(v)))
        elif d == 'A':
            weekday = _DAYS.index(v.lower())
        elif d == 'a':
            weekday = [x[:3] for x in _DAYS].index(v.lower())
        elif d == 'w':
            weekday = int(v)
            weekday = 6 if weekday == 0 else weekday - 1
        elif d == 'u':
            weekday = int(v) - 1
        elif d == 'j':
            julian = int(v)
        elif d == 'U' or d == 'W':
            week = int(v)
            monday_first = d == 'W'
        elif d == 'V':
            iso_week = int(v)
        elif d == 'z':
            if v == 'Z':
                gmtoff = 0
            else:
                if v[3:4] == ':':
                    body = v[1:3] + v[4:6]
                    if len(v) > 6:
                        if v[6:7] != ':':
                            raise ValueError('Inconsistent use of : in %s' % v)
                        body += v[7:]
                    v = v[0] + body
                hh = int(v[1:3])
                mm = int(v[3:5])
                ss = int(v[5:7] or 0)
                gmtoff = (hh * 60 + mm) * 60 + ss
                frac = v[8:]
                gmtoff_us = int(frac + '0' * (6 - len(frac))) if frac else 0
                if v[0] == '-':
                    gmtoff = -gmtoff
                    gmtoff_us = -gmtoff_us
        elif d == 'Z':
            tzname = v
            tz = 0
    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    leap_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week is not None:
            julian = _julian_from_week(year, week, weekday, monday_first)
        elif iso_year is not None and iso_week is not None:
            fourth = datetime.date(iso_year, 1, 4).isoweekday() + 3
            n = iso_week * 7 + weekday + 1 - fourth
            if n < 1:
                n += datetime.date(iso_year, 1, 1).toordinal()
                iso_year -= 1
                n -= datetime.date(iso_year, 1, 1).toordinal()
            year, julian = iso_year, n
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 365
    if julian is None:
        julian = datetime.date(year, month, day).toordinal() - datetime.date(year, 1, 1).toordinal() + 1
    else:
        dt = datetime.date.fromordinal(julian - 1 + datetime.date(year, 1, 1).toordinal())
        year = dt.year
        month = dt.month
        day = dt.day
    if weekday is None:
        weekday = datetime.date(year, month, day).weekday()
    if leap_fix:
        year = 1900
    r = _Result()
    r.year = year
    r.month = month
    r.day = day
    r.hour = hour
    r.minute = minute
    r.second = second
    r.microsecond = fraction
    r.weekday = weekday
    r.julian = julian
    r.isdst = tz
    r.tzname = tzname
    r.gmtoff = gmtoff
    r.gmtoff_us = gmtoff_us
    return r


def _strptime_time(data, fmt='%a %b %d %H:%M:%S %Y'):
    """time.strptime: a struct_time."""
    import time
    r = _parse(data, fmt)
    return time.struct_time((r.year, r.month, r.day, r.hour, r.minute, r.second,
                             r.weekday, r.julian, r.isdst))
