"""Functions creating iterators for efficient looping (nbcheck's
itertools). Each iterator is a class named as CPython's, so that
type(x).__name__ and the default repr read the same."""

import builtins as _builtins

_lt = getattr(_builtins, '__nbc_' + 'lt')
_maxsize = 9223372036854775807

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']


def _index(x):
    if isinstance(x, int):
        return int(x)
    if hasattr(type(x), '__index__'):
        return x.__index__()
    raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")


class _Gen:
    """An iterator class over a generator made by _gen()."""
    __module__ = 'itertools'

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._g)


class count:
    __module__ = 'itertools'

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(type(v), '__add__'):
                raise TypeError('a number is required')
        if isinstance(start, str) or isinstance(step, str):
            raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and not isinstance(step, bool) and step == 1:
            return f'count({self._n!r})'
        return f'count({self._n!r}, {step!r})'


class repeat:
    __module__ = 'itertools'

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            times = _index(times)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._obj!r})'
        return f'repeat({self._obj!r}, {self._times})'


class cycle(_Gen):
    def __init__(self, iterable):
        self._g = self._gen(iter(iterable))

    def _gen(self, it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        while saved:
            for element in saved:
                yield element


def _add(a, b):
    return a + b


class accumulate(_Gen):
    def __init__(self, iterable, func=None, *, initial=None):
        self._g = self._gen(iter(iterable), func, initial)

    def _gen(self, it, func, initial):
        if func is None:
            func = _add
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for element in it:
            total = func(total, element)
            yield total


class chain(_Gen):
    def __init__(self, *iterables):
        self._g = self._gen(iterables)

    def _gen(self, iterables):
        for it in iterables:
            for element in it:
                yield element

    @classmethod
    def from_iterable(cls, iterable):
        self = cls.__new__(cls)
        self._g = self._gen_from(iter(iterable))
        return self

    def _gen_from(self, iterables):
        for it in iterables:
            for element in it:
                yield element


class compress(_Gen):
    def __init__(self, data, selectors):
        self._g = self._gen(iter(data), iter(selectors))

    def _gen(self, data, selectors):
        for d, s in zip(data, selectors):
            if s:
                yield d


class dropwhile(_Gen):
    def __init__(self, predicate, iterable):
        self._g = self._gen(predicate, iter(iterable))

    def _gen(self, predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x


class takewhile(_Gen):
    def __init__(self, predicate, iterable):
        self._g = self._gen(predicate, iter(iterable))

    def _gen(self, predicate, it):
        for x in it:
            if predicate(x):
                yield x
            else:
                break


class filterfalse(_Gen):
    def __init__(self, function, iterable):
        self._g = self._gen(function, iter(iterable))

    def _gen(self, function, it):
        if function is None:
            function = bool
        for x in it:
            if not function(x):
                yield x


class starmap(_Gen):
    def __init__(self, function, iterable):
        self._g = self._gen(function, iter(iterable))

    def _gen(self, function, it):
        for args in it:
            yield function(*args)


class pairwise(_Gen):
    def __init__(self, iterable):
        self._g = self._gen(iter(iterable))

    def _gen(self, it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield (a, b)
            a = b


class islice(_Gen):
    def __init__(self, iterable, *args):
        n = len(args)
        if n == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        if n > 3:
            raise TypeError(f'islice expected at most 4 arguments, got {n + 1}')
        stop_msg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        idx_msg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        start, step = 0, 1
        stop = args[0] if n == 1 else args[1]
        if stop is not None:
            try:
                stop = _index(stop)
            except TypeError:
                raise ValueError(stop_msg) from None
            if stop == -1:
                raise ValueError(stop_msg)
        if n >= 2 and args[0] is not None:
            try:
                start = _index(args[0])
            except TypeError:
                raise ValueError(idx_msg) from None
        if start < 0 or (stop is not None and stop < -1):
            raise ValueError(idx_msg)
        if n == 3 and args[2] is not None:
            try:
                step = _index(args[2])
            except TypeError:
                step = -1
            if step <= 0:
                raise ValueError('Step for islice() must be a positive integer or None.')
        self._g = self._gen(iter(iterable), start, stop, step)

    def _check(self, v, msg):
        try:
            v = _index(v)
        except TypeError:
            raise ValueError(msg) from None
        if v < 0 or v > _maxsize:
            raise ValueError(msg)
        return v

    def _gen(self, it, start, stop, step):
        i = 0
        nexti = start
        if stop is not None and start >= stop:
            # An empty range consumes the iterable up to start.
            while i < start:
                try:
                    next(it)
                except StopIteration:
                    return
                i += 1
            return
        while True:
            if stop is not None and nexti >= stop:
                # Consume the iterable up to stop.
                while i < stop:
                    try:
                        next(it)
                    except StopIteration:
                        return
                    i += 1
                return
            while i < nexti:
                try:
                    next(it)
                except StopIteration:
                    return
                i += 1
            try:
                element = next(it)
            except StopIteration:
                return
            i += 1
            yield element
            nexti += step


class zip_longest(_Gen):
    def __init__(self, *iterables, fillvalue=None):
        its = []
        for i, x in enumerate(iterables):
            its.append(iter(x))
        self._g = self._gen(its, fillvalue)

    def _gen(self, its, fillvalue):
        n = len(its)
        if not n:
            return
        active = n
        done = [False] * n
        while True:
            values = []
            for i in range(n):
                if done[i]:
                    values.append(fillvalue)
                    continue
                try:
                    values.append(next(its[i]))
                except StopIteration:
                    done[i] = True
                    active -= 1
                    if not active:
                        return
                    values.append(fillvalue)
            yield tuple(values)


class product(_Gen):
    def __init__(self, *iterables, repeat=1):
        repeat = _index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables]
        self._g = self._gen(pools * repeat)

    def _gen(self, pools):
        n = len(pools)
        for p in pools:
            if not p:
                return
        idx = [0] * n
        while True:
            yield tuple([pools[i][idx[i]] for i in range(n)])
            i = n - 1
            while i >= 0:
                idx[i] += 1
                if idx[i] < len(pools[i]):
                    break
                idx[i] = 0
                i -= 1
            if i < 0:
                return


class permutations(_Gen):
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            r = _index(r)
            if r < 0:
                raise ValueError('r must be non-negative')
        self._g = self._gen(pool, n, r)

    def _gen(self, pool, n, r):
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple([pool[i] for i in indices[:r]])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    moved = indices[i]
                    del indices[i]
                    indices.append(moved)
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple([pool[k] for k in indices[:r]])
                    break
            else:
                return


class combinations(_Gen):
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._g = self._gen(pool, r)

    def _gen(self, pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple([pool[i] for i in indices])
        while True:
            i = r - 1
            while i >= 0 and indices[i] == i + n - r:
                i -= 1
            if i < 0:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple([pool[k] for k in indices])


class combinations_with_replacement(_Gen):
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._g = self._gen(pool, r)

    def _gen(self, pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple([pool[i] for i in indices])
        while True:
            i = r - 1
            while i >= 0 and indices[i] == n - 1:
                i -= 1
            if i < 0:
                return
            v = indices[i] + 1
            for j in range(i, r):
                indices[j] = v
            yield tuple([pool[k] for k in indices])


_marker = object()


class groupby:
    __module__ = 'itertools'

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = _marker
        self._currkey = _marker
        self._currvalue = _marker
        self._id = None

    def __iter__(self):
        return self

    def _key(self, v):
        return v if self._keyfunc is None else self._keyfunc(v)

    def __next__(self):
        self._id = object()
        while self._currkey is self._tgtkey or (
                self._currkey is not _marker and self._tgtkey is not _marker
                and self._currkey == self._tgtkey):
            self._currvalue = next(self._it)
            self._currkey = self._key(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey, self._id))


class _grouper(_Gen):
    def __init__(self, parent, tgtkey, id):
        self._g = self._gen(parent, tgtkey, id)

    def _gen(self, parent, tgtkey, id):
        while parent._id is id and (parent._currkey is tgtkey or parent._currkey == tgtkey):
            yield parent._currvalue
            try:
                parent._currvalue = next(parent._it)
            except StopIteration:
                return
            parent._currkey = parent._key(parent._currvalue)


class _tee:
    __module__ = 'itertools'

    def __init__(self, source, buffers, index):
        self._source = source
        self._buffers = buffers
        self._index = index

    def __iter__(self):
        return self

    def __next__(self):
        buf = self._buffers[self._index]
        if buf:
            return buf.pop(0)
        value = next(self._source)
        for i, b in enumerate(self._buffers):
            if i != self._index:
                b.append(value)
        return value

    def __copy__(self):
        buffers = self._buffers
        buffers.append(list(buffers[self._index]))
        return _tee(self._source, buffers, len(buffers) - 1)


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    source = iter(iterable)
    buffers = [[] for _ in range(n)]
    return tuple([_tee(source, buffers, i) for i in range(n)])
