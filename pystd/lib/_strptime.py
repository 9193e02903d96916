"""strptime for time and datetime (nbcheck's _strptime), in the C locale
with UTC as the local time zone.

A format is matched as CPython matches it: each directive stands for a set
of alternatives tried in order, with backtracking, case-insensitively; a
run of whitespace in the format matches one or more whitespace characters.
"""

_D = '0123456789'
_N = '123456789'

# Directive -> alternatives, each a sequence of allowed-character classes.
_DIGITS = {
    'd': (('3', '01'), ('12', _D), ('0', _N), (_N,), (' ', _N)),
    'H': (('2', '0123'), ('01', _D), (_D,)),
    'I': (('1', '012'), ('0', _N), (_N,)),
    'm': (('1', '012'), ('0', _N), (_N,)),
    'G': ((_D, _D, _D, _D),),
    'Y': ((_D, _D, _D, _D),),
    'y': ((_D, _D),),
    'j': (('3', '6', '0123456'), ('3', '012345', _D), ('12', _D, _D), ('0', _N, _D),
          ('0', '0', _N), (_N, _D), ('0', _N), (_N,)),
    'M': (('012345', _D), (_D,)),
    'S': (('6', '01'), ('012345', _D), (_D,)),
    'U': (('5', '0123'), ('01234', _D), (_D,)),
    'W': (('5', '0123'), ('01234', _D), (_D,)),
    'V': (('5', '0123'), ('0', _N), ('1234', _D), (_D,)),
    'w': (('0123456',),),
    'u': (('1234567',),),
    'f': tuple((_D,) * k for k in range(6, 0, -1)),
}

_DAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_MONTHS = ('january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december')


def _by_length(names):
    return tuple(sorted(names, key=len, reverse=True))


_NAMES = {
    'a': _by_length([d[:3] for d in _DAYS]),
    'A': _by_length(_DAYS),
    'b': _by_length([m[:3] for m in _MONTHS]),
    'B': _by_length(_MONTHS),
    'p': ('am', 'pm'),
    'Z': ('utc', 'gmt'),
}

_EXPAND = {
    'c': '%a %b %d %H:%M:%S %Y',
    'x': '%m/%d/%y',
    'X': '%H:%M:%S',
}

_SPACE = ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005' \
    '\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000'


def _compile(fmt, whole, tokens):
    """Appends fmt's tokens: ('lit', text), ('ws',), ('dir', char)."""
    i = 0
    n = len(fmt)
    lit = []
    while i < n:
        c = fmt[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % whole)
            d = fmt[i + 1]
            i += 2
            if d == '%':
                lit.append('%')
                continue
            if lit:
                tokens.append(('lit', ''.join(lit)))
                lit = []
            if d in _EXPAND:
                _compile(_EXPAND[d], whole, tokens)
            elif d in _DIGITS or d in _NAMES or d == 'z':
                tokens.append(('dir', d))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, whole))
            continue
        if c in _SPACE:
            if lit:
                tokens.append(('lit', ''.join(lit)))
                lit = []
            while i < n and fmt[i] in _SPACE:
                i += 1
            tokens.append(('ws',))
            continue
        lit.append(c)
        i += 1
    if lit:
        tokens.append(('lit', ''.join(lit)))
    return tokens


def _ends_digits(s, pos, alts):
    ends = []
    for alt in alts:
        k = len(alt)
        part = s[pos:pos + k]
        if len(part) != k:
            continue
        ok = True
        for j in range(k):
            if part[j] not in alt[j]:
                ok = False
                break
        if ok:
            ends.append(pos + k)
    return ends


def _is_digit(c, allowed=_D):
    return c != '' and c in allowed


def _ends_z(s, pos):
    """End positions of [+-]HH:?MM(:?SS(.f{1,6})?)? or Z, in regex order."""
    c = s[pos:pos + 1]
    if c == 'Z':
        return [pos + 1]
    if c not in ('+', '-'):
        return []
    if not (_is_digit(s[pos + 1:pos + 2]) and _is_digit(s[pos + 2:pos + 3])):
        return []
    ends = []
    starts = []
    p = pos + 3
    if s[p:p + 1] == ':':
        starts.append(p + 1)
    starts.append(p)
    for q in starts:
        if not (_is_digit(s[q:q + 1], '012345') and _is_digit(s[q + 1:q + 2])):
            continue
        q += 2
        # optional (:?SS(.f{1,6})?)
        sec_starts = []
        if s[q:q + 1] == ':':
            sec_starts.append(q + 1)
        sec_starts.append(q)
        for r in sec_starts:
            if _is_digit(s[r:r + 1], '012345') and _is_digit(s[r + 1:r + 2]):
                r += 2
                if s[r:r + 1] == '.':
                    k = 0
                    while k < 6 and _is_digit(s[r + 1 + k:r + 2 + k]):
                        k += 1
                    for j in range(k, 0, -1):
                        ends.append(r + 1 + j)
                ends.append(r)
        ends.append(q)
    return ends


def _ends_names(s, pos, names):
    ends = []
    for name in names:
        part = s[pos:pos + len(name)]
        if part.lower() == name:
            ends.append(pos + len(name))
    return ends


def _match(tokens, k, s, pos, found):
    """Matches tokens[k:] at s[pos:]; returns the end position or -1,
    filling found with each directive's text."""
    if k == len(tokens):
        return pos
    tok = tokens[k]
    kind = tok[0]
    if kind == 'lit':
        text = tok[1]
        part = s[pos:pos + len(text)]
        if part != text and part.lower() != text.lower():
            return -1
        return _match(tokens, k + 1, s, pos + len(text), found)
    if kind == 'ws':
        end = pos
        while end < len(s) and s[end] in _SPACE:
            end += 1
        while end > pos:
            r = _match(tokens, k + 1, s, end, found)
            if r >= 0:
                return r
            end -= 1
        return -1
    d = tok[1]
    if d in _DIGITS:
        ends = _ends_digits(s, pos, _DIGITS[d])
    elif d == 'z':
        ends = _ends_z(s, pos)
    else:
        ends = _ends_names(s, pos, _NAMES[d])
    for end in ends:
        r = _match(tokens, k + 1, s, end, found)
        if r >= 0:
            found.insert(0, (d, s[pos:end]))
            return r
    return -1


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
    tokens = _compile(fmt, fmt, [])
    found = []
    end = _match(tokens, 0, data, 0, found)
    if end < 0:
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
