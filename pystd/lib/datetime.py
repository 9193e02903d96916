"""Dates, times, durations and fixed-offset time zones (nbcheck's datetime).

Written for nbcheck to behave as CPython 3.11's datetime. The local time
zone is UTC: naive datetimes are taken as UTC by timestamp() and
astimezone(), and now(), today(), utcnow() and date.today() read the
kernel's clock (module time, virtual unless --clock=real).
"""

import time as _time
import math as _math
import _datetime

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MAX_ORDINAL = 3652059  # date(9999, 12, 31).toordinal()
_US_PER_DAY = 86400000000
_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTH_NAMES = ('', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
                'August', 'September', 'October', 'November', 'December')


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_days(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _ordinal(y, m, d):
    p = y - 1
    n = p * 365 + p // 4 - p // 100 + p // 400 + _DAYS_BEFORE_MONTH[m] + d
    if m > 2 and _is_leap(y):
        n += 1
    return n


def _from_ordinal(n):
    """Returns (year, month, day) of proleptic Gregorian ordinal n >= 1."""
    n -= 1
    q400, n = divmod(n, 146097)
    q100, n = divmod(n, 36524)
    if q100 == 4:
        return q400 * 400 + 400, 12, 31
    q4, n = divmod(n, 1461)
    q1, n = divmod(n, 365)
    if q1 == 4:
        return q400 * 400 + q100 * 100 + q4 * 4 + 4, 12, 31
    y = q400 * 400 + q100 * 100 + q4 * 4 + q1 + 1
    # n is the day of the year from 0; months are at most 31 days long.
    leap = 1 if _is_leap(y) else 0
    m = n // 31 + 1
    while m < 12:
        nxt = _DAYS_BEFORE_MONTH[m + 1] + (leap if m + 1 > 2 else 0)
        if n < nxt:
            break
        m += 1
    return y, m, n - _DAYS_BEFORE_MONTH[m] - (leap if m > 2 else 0) + 1


def _tn(cls):
    """The type name CPython prints in reprs and messages."""
    if cls in _OWN_TYPES:
        return 'datetime.' + cls.__name__
    return cls.__name__


def _index(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    idx = getattr(type(v), '__index__', None)
    if idx is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return idx(v)


def _check_date(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _month_days(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, int(fold)


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _round_half_away(x):
    r = float(_math.floor(abs(x)))
    if abs(x) - r >= 0.5:
        r += 1.0
    return r if x >= 0 else -r


def _true_div(a, b):
    """a / b for ints, correctly rounded as CPython's int division is
    (gpython rounds twice when an int has more than 53 bits)."""
    if -2 ** 53 <= a <= 2 ** 53 and -2 ** 53 <= b <= 2 ** 53:
        return a / b
    neg = (a < 0) != (b < 0)
    a = abs(a)
    b = abs(b)
    # A quotient of 55 or 56 bits with a sticky bit rounds once, exactly.
    shift = 55 - (a.bit_length() - b.bit_length())
    if shift >= 0:
        q, r = divmod(a << shift, b)
    else:
        q, r = divmod(a, b << -shift)
    if r:
        q |= 1
    x = _math.ldexp(float(q), -shift)
    return -x if neg else x


def _div_round(a, b):
    """a / b rounded half to even, for ints."""
    if b == 0:
        raise ZeroDivisionError('integer division or modulo by zero')
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        up = r2 > b or (r2 == b and q % 2 == 1)
    else:
        up = r2 < b or (r2 == b and q % 2 == 1)
    return q + 1 if up else q


def _fmt_offset(off, sep):
    """+HH:MM[:SS[.ffffff]] for a timedelta offset, '' for None."""
    if off is None:
        return ''
    us = off._total_us()
    sign = '+'
    if us < 0:
        sign = '-'
        us = -us
    secs, us = divmod(us, 1000000)
    mm, ss = divmod(secs, 60)
    hh, mm = divmod(mm, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or us:
        s += '%s%02d' % (sep, ss)
        if us:
            s += '.%06d' % us
    return s


def _fmt_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _check_offset(name, off):
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(off).__name__))
    if not -_ONE_DAY < off < _ONE_DAY:
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                         'and timedelta(hours=24), not %r.' % (off,))
    return off


def _wrap_strftime(fmt, y, m, d, hh, mi, ss, us, yday, wday, tzobj, tzarg):
    """Formats with glibc's strftime directives in the C locale (flags - _ 0
    ^ #, a width, E and O modifiers, in Go); tzobj.utcoffset and
    tzname(tzarg) give %z and %Z (empty when tzobj is None)."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    if type(fmt) is not str:
        fmt = str.__str__(fmt)
    z = ''
    zone = ''
    if tzobj is not None:
        if '%z' in fmt:
            z = _fmt_offset(_check_offset('utcoffset', tzobj.utcoffset(tzarg)), '')
        if '%Z' in fmt:
            name = tzobj.tzname(tzarg)
            if name is not None:
                if not isinstance(name, str):
                    raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                                    % type(name).__name__)
                zone = name
    return _datetime.strftime(fmt, y, m, d, hh, mi, ss, us, z, zone)


def _iso_week1_monday(y):
    first = _ordinal(y, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _iso_calendar(y, m, d):
    n = _ordinal(y, m, d)
    start = _iso_week1_monday(y)
    if n < start:
        y -= 1
        start = _iso_week1_monday(y)
    elif n >= _iso_week1_monday(y + 1):
        y += 1
        start = _iso_week1_monday(y)
    week, day = divmod(n - start, 7)
    return y, week + 1, day + 1


class timedelta:
    """Difference between two datetime values."""

    __slots__ = ('_days', '_seconds', '_microseconds')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int and type(hours) is int
                and type(minutes) is int and type(milliseconds) is int and type(weeks) is int):
            return _td(((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000000
                       + milliseconds * 1000 + microseconds, cls)
        total = 0
        left = 0.0
        for name, v, unit in (('microseconds', microseconds, 1), ('milliseconds', milliseconds, 1000),
                              ('seconds', seconds, 1000000), ('minutes', minutes, 60000000),
                              ('hours', hours, 3600000000), ('days', days, _US_PER_DAY),
                              ('weeks', weeks, 7 * _US_PER_DAY)):
            if isinstance(v, int):
                total += int(v) * unit
            elif isinstance(v, float):
                frac, whole = _math.modf(v)
                total += int(whole) * unit
                if frac:
                    frac, whole = _math.modf(float(unit) * frac)
                    total += int(whole)
                    left += frac
            else:
                raise TypeError('unsupported type for timedelta %s component: %s' % (name, type(v).__name__))
        if left:
            r = _round_half_away(left)
            if abs(r - left) == 0.5:
                odd = total & 1
                r = 2.0 * _round_half_away((left + odd) * 0.5) - odd
            total += int(r)
        return _td(total, cls)

    def _total_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return _true_div(self._total_us(), 1000000)

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_tn(type(self)), ', '.join(args) or '0')

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, %s' % (self._days, '' if abs(self._days) == 1 else 's', s)
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td(self._total_us() + other._total_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td(self._total_us() - other._total_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td(other._total_us() - self._total_us())
        return NotImplemented

    def __neg__(self):
        return _td(-self._total_us())

    def __pos__(self):
        return _td(self._total_us())

    def __abs__(self):
        return _td(abs(self._total_us()))

    def __mul__(self, other):
        if isinstance(other, int):
            return _td(self._total_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td(_div_round(self._total_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            d = other._total_us()
            if d == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._total_us() // d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td(self._total_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            d = other._total_us()
            if d == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _true_div(self._total_us(), d)
        if isinstance(other, int):
            return _td(_div_round(self._total_us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td(_div_round(b * self._total_us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            d = other._total_us()
            if d == 0:
                raise ZeroDivisionError('integer modulo by zero')
            return _td(self._total_us() % d)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            d = other._total_us()
            if d == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._total_us(), d)
            return q, _td(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() == other._total_us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() != other._total_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() < other._total_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() <= other._total_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() > other._total_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() >= other._total_us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _td(us, cls=None):
    days, rem = divmod(us, _US_PER_DAY)
    if not -999999999 <= days <= 999999999:
        raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
    secs, micro = divmod(rem, 1000000)
    self = object.__new__(cls or timedelta)
    self._days = days
    self._seconds = secs
    self._microseconds = micro
    return self


timedelta.min = _td(-999999999 * _US_PER_DAY)
timedelta.max = _td(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _td(1)
_ONE_DAY = _td(_US_PER_DAY)
_ZERO = _td(0)


class IsoCalendarDate(tuple):
    """The (year, week, weekday) result of date.isocalendar()."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (_tn(type(self)), self[0], self[1], self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))


def _split_timestamp(t):
    """Returns (seconds, microseconds) of a timestamp, microseconds rounded
    half to even."""
    if isinstance(t, int):
        return int(t), 0
    if not isinstance(t, float):
        try:
            t = float(t)
        except (TypeError, ValueError):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
    if t != t:
        raise ValueError('Invalid value NaN (not a number)')
    frac, whole = _math.modf(t)
    us = round(frac * 1e6)
    secs = int(whole)
    if us >= 1000000:
        us -= 1000000
        secs += 1
    elif us < 0:
        us += 1000000
        secs -= 1
    return secs, int(us)


def _utc_parts(secs):
    days, rem = divmod(secs, 86400)
    n = days + _EPOCH_ORDINAL
    if not 1 <= n <= _MAX_ORDINAL:
        if not -2 ** 63 <= secs < 2 ** 63:
            raise OverflowError('timestamp out of range for platform time_t')
        raise ValueError('year %d is out of range' % _from_ordinal(n)[0])
    y, m, d = _from_ordinal(n)
    hh, rem = divmod(rem, 3600)
    mi, ss = divmod(rem, 60)
    return y, m, d, hh, mi, ss


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ('_year', '_month', '_day')

    def __new__(cls, year, month, day):
        y, m, d = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = y
        self._month = m
        self._day = d
        return self

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        secs, _ = _split_timestamp(t)
        y, m, d, _, _, _ = _utc_parts(secs)
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAX_ORDINAL:
            y, _, _ = _from_ordinal(n)
            raise ValueError('year %d is out of range' % y)
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        parts = _parse_iso_date(s) if len(s) in (7, 8, 10) else None
        if parts is None:
            raise ValueError('Invalid isoformat string: %r' % (s,))
        return cls(*parts)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def toordinal(self):
        return _ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return (self.toordinal() + 6) % 7 + 1

    def isocalendar(self):
        return _IsoCalendarDate(*_iso_calendar(self._year, self._month, self._day))

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tn(type(self)), self._year, self._month, self._day)

    def ctime(self):
        wd = self.weekday()
        return '%s %s %2d 00:00:00 %04d' % (_DAY_NAMES[wd][:3], _MONTH_NAMES[self._month][:3],
                                             self._day, self._year)

    def _yday(self):
        return _ordinal(self._year, self._month, self._day) - _ordinal(self._year, 1, 1) + 1

    def strftime(self, fmt):
        return _wrap_strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0,
                              self._yday(), self.weekday(), None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(), self._yday(), -1))

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _cmpkey(self):
        # An int: gpython cannot order tuples.
        return (self._year * 100 + self._month) * 100 + self._day

    def _cmp(self, other, op):
        if isinstance(other, datetime) and not isinstance(self, datetime):
            if op in ('==', '!='):
                return NotImplemented
            raise TypeError("can't compare %s to %s" % (_tn(type(other)), _tn(type(self))))
        if not isinstance(other, date):
            return NotImplemented
        return _compare(self._cmpkey(), other._cmpkey(), op)

    def __eq__(self, other):
        return self._cmp(other, '==')

    def __ne__(self, other):
        return self._cmp(other, '!=')

    def __lt__(self, other):
        return self._cmp(other, '<')

    def __le__(self, other):
        return self._cmp(other, '<=')

    def __gt__(self, other):
        return self._cmp(other, '>')

    def __ge__(self, other):
        return self._cmp(other, '>=')

    def __hash__(self):
        return hash(self._cmpkey())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other._days
            if not 1 <= n <= _MAX_ORDINAL:
                raise OverflowError('date value out of range')
            return _new_like(self, *_from_ordinal(n))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + _td(-other._days * _US_PER_DAY)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td((self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


def _new_like(obj, y, m, d):
    """A date of obj's class (fast for date itself)."""
    cls = type(obj)
    if cls is date:
        self = object.__new__(date)
        self._year = y
        self._month = m
        self._day = d
        return self
    return cls(y, m, d)


def _from_iso_calendar(year, week, day):
    year = _index(year)
    week = _index(week)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        ok = False
        if week == 53:
            first = (_ordinal(year, 1, 1) + 6) % 7
            ok = first == 3 or (first == 2 and _is_leap(year))
        if not ok:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    n = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _from_ordinal(n)


def _digits(s, i, n):
    """The int of s[i:i+n] when it is n ASCII digits, else None."""
    part = s[i:i + n]
    if len(part) != n:
        return None
    for c in part:
        if c not in '0123456789':
            return None
    return int(part)


def _parse_iso_date(s):
    """(y, m, d) of an ISO 8601 date (YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D],
    YYYYWww[D]), or None."""
    y = _digits(s, 0, 4)
    if y is None:
        return None
    n = len(s)
    dash = n > 4 and s[4] == '-'
    i = 5 if dash else 4
    if s[i:i + 1] == 'W':
        w = _digits(s, i + 1, 2)
        if w is None:
            return None
        i += 3
        d = 1
        if i < n:
            if dash:
                if s[i] != '-':
                    return None
                i += 1
            d = _digits(s, i, 1)
            if d is None or i + 1 != n:
                return None
        elif n != i:
            return None
        return _from_iso_calendar(y, w, d)
    m = _digits(s, i, 2)
    if m is None:
        return None
    i += 2
    if dash:
        if s[i:i + 1] != '-':
            return None
        i += 1
    d = _digits(s, i, 2)
    if d is None or i + 2 != n:
        return None
    return y, m, d


def _parse_iso_time(s):
    """(h, m, s, us, tzinfo-or-None) of an ISO 8601 time, or None."""
    tzpos = -1
    for k, c in enumerate(s):
        if c in '+-Z':
            tzpos = k
            break
    tz = None
    if tzpos >= 0:
        tzs = s[tzpos:]
        s = s[:tzpos]
        if tzs == 'Z':
            tz = timezone.utc
        else:
            sign = -1 if tzs[0] == '-' else 1
            parts = _parse_hms(tzs[1:])
            if parts is None or len(tzs) < 3:
                return None
            hh, mm, ss, us = parts
            off = _td(sign * (((hh * 60 + mm) * 60 + ss) * 1000000 + us))
            if not off:
                tz = timezone.utc
            else:
                tz = timezone(off)
    parts = _parse_hms(s)
    if parts is None:
        return None
    # (not parts + (tz,): gpython v0.2.0 concatenates tuples of unequal lengths wrongly)
    return (parts[0], parts[1], parts[2], parts[3], tz)


def _iso_date_len(s):
    """The length of the date part of an ISO 8601 datetime string."""
    if s[4:5] == '-':
        if s[5:6] == 'W':
            return 10 if s[8:9] == '-' else 8
        return 10
    if s[4:5] == 'W':
        return 8 if s[7:8] in ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9') else 7
    return 8


def _parse_hms(s):
    """(h, m, s, us) of HH[:MM[:SS[.fff[fff]]]] or HH[MM[SS[.ffffff]]]."""
    hh = _digits(s, 0, 2)
    if hh is None:
        return None
    mm = ss = us = 0
    n = len(s)
    i = 2
    colon = n > 2 and s[2] == ':'
    fields = [0, 0]
    for k in range(2):
        if i >= n:
            break
        if colon:
            if s[i] != ':':
                break
            i += 1
        v = _digits(s, i, 2)
        if v is None:
            return None
        fields[k] = v
        i += 2
    mm, ss = fields
    if i < n:
        if s[i] not in '.,' or i + 1 >= n:
            return None
        frac = s[i + 1:]
        for c in frac:
            if c not in '0123456789':
                return None
        us = int((frac + '000000')[:6])
    return hh, mm, ss, us


class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        off = dt.utcoffset()
        if off is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = off - dst
        if delta:
            dt = dt + delta
            dst = dt.dst()
            if dst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + dst


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if name is None and not offset and cls is timezone and _UTC is not None:
            return _UTC
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                             'and timedelta(hours=24), not %r.' % (offset,))
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_tn(type(self)), self._offset)
        return '%s(%r, %r)' % (_tn(type(self)), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def _check_arg(self, dt, name):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, not %s'
                            % (name, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg(dt, 'utcoffset')
        return self._offset

    def dst(self, dt):
        self._check_arg(dt, 'dst')
        return None

    def tzname(self, dt):
        self._check_arg(dt, 'tzname')
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _fmt_offset(self._offset, ':')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime instance or None, not %s'
                            % type(dt).__name__)
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())


_UTC = None
_UTC = timezone(_ZERO)
timezone.utc = _UTC
timezone.min = timezone(_td(-(23 * 60 + 59) * 60000000))
timezone.max = timezone(_td((23 * 60 + 59) * 60000000))
UTC = _UTC
_LOCAL = timezone(_ZERO, 'UTC')


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        h, m, s, us, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = h
        self._minute = m
        self._second = s
        self._microsecond = us
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        t = s[1:] if s[:1] == 'T' else s
        parts = _parse_iso_time(t)
        if parts is None:
            raise ValueError('Invalid isoformat string: %r' % (s,))
        return cls(*parts)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def isoformat(self, timespec='auto'):
        s = _fmt_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _fmt_offset(self.utcoffset(), ':')

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        if self._microsecond:
            s = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            s = '%d, %d' % (self._hour, self._minute)
        if self._fold:
            s += ', fold=1'
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        return '%s(%s)' % (_tn(type(self)), s)

    def strftime(self, fmt):
        return _wrap_strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second,
                              self._microsecond, 1, 0, self._tzinfo, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _cmp(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            a = self._us()
            b = other._us()
        else:
            oa = self.utcoffset()
            ob = other.utcoffset()
            if (oa is None) != (ob is None):
                if op == '==':
                    return False
                if op == '!=':
                    return True
                raise TypeError("can't compare offset-naive and offset-aware times")
            a = self._us() - (oa._total_us() if oa is not None else 0)
            b = other._us() - (ob._total_us() if ob is not None else 0)
        return _compare(a, b, op)

    def __eq__(self, other):
        return self._cmp(other, '==')

    def __ne__(self, other):
        return self._cmp(other, '!=')

    def __lt__(self, other):
        return self._cmp(other, '<')

    def __le__(self, other):
        return self._cmp(other, '<=')

    def __gt__(self, other):
        return self._cmp(other, '>')

    def __ge__(self, other):
        return self._cmp(other, '>=')

    def __hash__(self):
        off = self.utcoffset()
        return hash(self._us() - (off._total_us() if off is not None else 0))

    def __bool__(self):
        return True

    def __reduce__(self):
        if self._fold:
            return (_with_fold, (type(self), self._hour, self._minute, self._second, self._microsecond,
                                 self._tzinfo))
        return (type(self), (self._hour, self._minute, self._second, self._microsecond, self._tzinfo))


def _with_fold(cls, *args):
    """Rebuilds a time or datetime with fold=1 (for __reduce__)."""
    return cls(*args, fold=1)


def _compare(a, b, op):
    if op == '==':
        return a == b
    if op == '!=':
        return a != b
    if op == '<':
        return a < b
    if op == '<=':
        return a <= b
    if op == '>':
        return a > b
    return a >= b


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        y, mo, d = _check_date(year, month, day)
        h, mi, s, us, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = y
        self._month = mo
        self._day = d
        self._hour = h
        self._minute = mi
        self._second = s
        self._microsecond = us
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        secs, us = _split_timestamp(t)
        y, m, d, hh, mi, ss = _utc_parts(secs)
        dt = cls(y, m, d, hh, mi, ss, us, tz)
        if tz is not None:
            dt = tz.fromutc(dt)
        return dt

    @classmethod
    def utcfromtimestamp(cls, t):
        secs, us = _split_timestamp(t)
        y, m, d, hh, mi, ss = _utc_parts(secs)
        return cls(y, m, d, hh, mi, ss, us)

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        if not isinstance(date_, date):
            raise TypeError('combine() argument 1 must be datetime.date, not %s' % type(date_).__name__)
        if not isinstance(time_, time):
            raise TypeError('combine() argument 2 must be datetime.time, not %s' % type(time_).__name__)
        if tzinfo is True:
            tzinfo = time_._tzinfo
        return cls(date_._year, date_._month, date_._day, time_._hour, time_._minute,
                   time_._second, time_._microsecond, tzinfo, fold=time_._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        k = _iso_date_len(s)
        dpart = _parse_iso_date(s[:k])
        if dpart is None:
            raise ValueError('Invalid isoformat string: %r' % (s,))
        rest = s[k:]
        tparts = (0, 0, 0, 0, None)
        if rest:
            tparts = _parse_iso_time(rest[1:]) if len(rest) > 1 else None
            if tparts is None:
                raise ValueError('Invalid isoformat string: %r' % (s,))
        y, m, d = dpart
        hh, mi, ss, us, tz = tparts
        return cls(y, m, d, hh, mi, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        import _strptime
        if not isinstance(date_string, str):
            raise TypeError('strptime() argument 1 must be str, not %s' % type(date_string).__name__)
        if not isinstance(format, str):
            raise TypeError('strptime() argument 2 must be str, not %s' % type(format).__name__)
        r = _strptime._parse(date_string, format)
        tz = None
        if r.gmtoff is not None:
            off = _td(r.gmtoff * 1000000 + r.gmtoff_us)
            tz = timezone(off, r.tzname) if r.tzname else timezone(off)
        return cls(r.year, r.month, r.day, r.hour, r.minute, r.second, r.microsecond, tz)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
        return name

    def _secs(self):
        """Seconds since 0001-01-01 00:00, naive."""
        return (self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)

    def _us(self):
        return self._secs() * 1000000 + self._microsecond

    def timestamp(self):
        if self._tzinfo is None:
            if self._year == 1 and self._month == 1 and self._day == 1:
                # CPython probes the local offset a day earlier.
                raise ValueError('year 0 is out of range')
            return (self._secs() - _EPOCH_ORDINAL * 86400) + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, self.weekday(), self._yday(), flag))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return _time.struct_time((dt._year, dt._month, dt._day, dt._hour, dt._minute,
                                  dt._second, dt.weekday(), dt._yday(), 0))

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = _LOCAL
        else:
            _check_tzinfo(tz)
        if self._tzinfo is tz:
            return self
        off = self.utcoffset()
        if off is None:
            off = _ZERO
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAY_NAMES[self.weekday()][:3], _MONTH_NAMES[self._month][:3],
                                                   self._day, self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s' % type(sep).__name__)
        return ('%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
                + _fmt_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _fmt_offset(self.utcoffset(), ':'))

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        s = '%d, %d, %d, %d, %d' % (self._year, self._month, self._day, self._hour, self._minute)
        if self._microsecond:
            s += ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            s += ', %d' % self._second
        if self._fold:
            s += ', fold=1'
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        return '%s(%s)' % (_tn(type(self)), s)

    def strftime(self, fmt):
        return _wrap_strftime(fmt, self._year, self._month, self._day, self._hour, self._minute,
                              self._second, self._microsecond, self._yday(), self.weekday(),
                              self._tzinfo, self)

    def _cmp(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op == '==':
                    return False
                if op == '!=':
                    return True
                raise TypeError("can't compare %s to %s" % (_tn(type(self)), _tn(type(other))))
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            a = self._us()
            b = other._us()
        else:
            oa = self.utcoffset()
            ob = other.utcoffset()
            if (oa is None) != (ob is None):
                if op == '==':
                    return False
                if op == '!=':
                    return True
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            a = self._us() - (oa._total_us() if oa is not None else 0)
            b = other._us() - (ob._total_us() if ob is not None else 0)
        return _compare(a, b, op)

    def _key(self):
        # Orders datetimes with the same tzinfo (not a count of microseconds).
        return ((((((self._year * 16 + self._month) * 32 + self._day) * 32 + self._hour) * 64 + self._minute) * 64
                 + self._second) * 1048576 + self._microsecond)

    def __eq__(self, other):
        if isinstance(other, datetime) and self._tzinfo is other._tzinfo:
            return self._key() == other._key()
        return self._cmp(other, '==')

    def __ne__(self, other):
        if isinstance(other, datetime) and self._tzinfo is other._tzinfo:
            return self._key() != other._key()
        return self._cmp(other, '!=')

    def __lt__(self, other):
        if isinstance(other, datetime) and self._tzinfo is other._tzinfo:
            return self._key() < other._key()
        return self._cmp(other, '<')

    def __le__(self, other):
        if isinstance(other, datetime) and self._tzinfo is other._tzinfo:
            return self._key() <= other._key()
        return self._cmp(other, '<=')

    def __gt__(self, other):
        if isinstance(other, datetime) and self._tzinfo is other._tzinfo:
            return self._key() > other._key()
        return self._cmp(other, '>')

    def __ge__(self, other):
        if isinstance(other, datetime) and self._tzinfo is other._tzinfo:
            return self._key() >= other._key()
        return self._cmp(other, '>=')

    def __hash__(self):
        if self._tzinfo is None:
            return hash(self._key())
        off = self.utcoffset()
        if off is None:
            return hash(self._key())
        return hash(self._us() - off._total_us())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        # Fast path: the result is in the same month.
        secs = self._hour * 3600 + self._minute * 60 + self._second + other._seconds
        micro = self._microsecond + other._microseconds
        if micro >= 1000000:
            micro -= 1000000
            secs += 1
        carry, secs = divmod(secs, 86400)
        d = self._day + other._days + carry
        if 1 <= d <= 28 or (d >= 1 and d <= _month_days(self._year, self._month)):
            y = self._year
            m = self._month
            hh, rem = divmod(secs, 3600)
            mi, ss = divmod(rem, 60)
            return self._with(y, m, d, hh, mi, ss, micro)
        us = self._us() + other._total_us()
        secs, micro = divmod(us, 1000000)
        days, rem = divmod(secs, 86400)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _from_ordinal(days)
        hh, rem = divmod(rem, 3600)
        mi, ss = divmod(rem, 60)
        return self._with(y, m, d, hh, mi, ss, micro)

    def _with(self, y, m, d, hh, mi, ss, micro):
        """A datetime of self's class and tzinfo with these fields."""
        cls = type(self)
        if cls is datetime:
            r = object.__new__(datetime)
            r._year = y
            r._month = m
            r._day = d
            r._hour = hh
            r._minute = mi
            r._second = ss
            r._microsecond = micro
            r._tzinfo = self._tzinfo
            r._fold = 0
            return r
        return cls(y, m, d, hh, mi, ss, micro, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + _td(-other._total_us())
        if not isinstance(other, datetime):
            return NotImplemented
        a = self._us()
        b = other._us()
        if self._tzinfo is not other._tzinfo:
            oa = self.utcoffset()
            ob = other.utcoffset()
            if (oa is None) != (ob is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if oa is not None:
                a -= oa._total_us()
                b -= ob._total_us()
        return _td(a - b)

    def __reduce__(self):
        if self._fold:
            return (_with_fold, (type(self), self._year, self._month, self._day, self._hour, self._minute,
                                 self._second, self._microsecond, self._tzinfo))
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute, self._second,
                             self._microsecond, self._tzinfo))


_OWN_TYPES = (date, datetime, time, timedelta, timezone, tzinfo, IsoCalendarDate)
for _cls in _OWN_TYPES:
    # CPython's messages name these C types 'datetime.date', ...
    _cls.__nbc_tpname__ = 'datetime.' + _cls.__name__
del _cls


def _readonly(cls, names, member=False):
    """Makes the properties names of cls refuse assignment and deletion
    with the message of CPython's C attributes (member=True: its members)."""
    for name in names:
        getter = cls.__dict__[name].fget
        if member:
            msg = 'readonly attribute'
        else:
            msg = "attribute '%s' of 'datetime.%s' objects is not writable" % (name, cls.__name__)

        def refuse(self, value=None, _msg=msg):
            raise AttributeError(_msg)

        setattr(cls, name, property(getter, refuse, refuse))


_readonly(timedelta, ('days', 'seconds', 'microseconds'), member=True)
_readonly(date, ('year', 'month', 'day'))
_readonly(time, ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'))
_readonly(datetime, ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'))

# Not a name of CPython's module, though its instances print it.
_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR', 'UTC')
_EPOCH_ORDINAL = _ordinal(1970, 1, 1)
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = _ONE_DAY
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = _td(1)
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = _td(1)

datetime_CAPI = None
