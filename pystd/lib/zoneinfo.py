"""IANA time zones (nbcheck's zoneinfo): ZoneInfo over the machine's tz
database (Go's embedded copy where it has none), with CPython 3.11's
offsets, abbreviations, fold handling in gaps and repeated hours, cache and
errors. available_timezones, reset_tzpath and ZoneInfo.from_file raise
NotImplementedError('unsupported: ...')."""

import _nbzoneinfo
from _nbunsupported import function as _unsupported
from datetime import tzinfo, timedelta, datetime, timezone

__all__ = ['ZoneInfo', 'reset_tzpath', 'available_timezones', 'TZPATH', 'ZoneInfoNotFoundError',
           'InvalidTZPathWarning']

TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo', '/etc/zoneinfo')


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


ZoneInfoNotFoundError.__module__ = 'zoneinfo'


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


_EPOCH = datetime(1970, 1, 1)


class ZoneInfo(tzinfo):
    _cache = {}

    def __new__(cls, key):
        obj = cls._cache.get(key)
        if obj is None:
            obj = cls.no_cache(key)
            cls._cache[key] = obj
        return obj

    @classmethod
    def no_cache(cls, key):
        if not isinstance(key, str):
            raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(key).__name__)
        if key.startswith('/') or '..' in key.split('/') or key.startswith('.'):
            raise ValueError('ZoneInfo keys may not be absolute paths, got: %s' % key)
        try:
            _nbzoneinfo.load(key)
        except KeyError:
            raise ZoneInfoNotFoundError('No time zone found with key %s' % key) from None
        obj = tzinfo.__new__(cls)
        obj._key = key
        return obj

    @classmethod
    def from_file(cls, fobj, key=None):
        raise NotImplementedError('unsupported: zoneinfo.ZoneInfo.from_file')

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for k in only_keys:
                cls._cache.pop(k, None)

    @property
    def key(self):
        return self._key

    def _local(self, dt):
        return _nbzoneinfo.local(self._key, dt.year, dt.month, dt.day, dt.hour, dt.minute,
                                 dt.second, dt.fold)

    def utcoffset(self, dt):
        if dt is None:
            return None
        return timedelta(seconds=self._local(dt)[0])

    def dst(self, dt):
        if dt is None:
            return None
        return timedelta(seconds=self._local(dt)[1])

    def tzname(self, dt):
        if dt is None:
            return None
        return self._local(dt)[2]

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        naive = dt.replace(tzinfo=None)
        delta = naive - _EPOCH
        seconds = delta.days * 86400 + delta.seconds
        off, dst, name, fold = _nbzoneinfo.at_utc(self._key, seconds)
        local = dt + timedelta(seconds=off)
        return local.replace(fold=fold)

    def __str__(self):
        return self._key

    def __repr__(self):
        return '%s(key=%r)' % (self.__class__.__qualname__ if self.__class__ is not ZoneInfo
                               else 'zoneinfo.ZoneInfo', self._key)

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key, 1))

    @classmethod
    def _unpickle(cls, key, from_cache):
        return cls(key)


available_timezones = _unsupported('zoneinfo.available_timezones')
reset_tzpath = _unsupported('zoneinfo.reset_tzpath')
