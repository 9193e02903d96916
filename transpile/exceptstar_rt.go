package transpile

// This file defines the runtime half of the except* lowering
// (lower_exceptstar.go): the builtins BaseExceptionGroup and
// ExceptionGroup (PEP 654, as CPython 3.11 has them) and the helpers
//
//	__nbc_eg_start(exc) -> state        the exception the try body raised
//	__nbc_eg_match(state, type) -> eg   the part of what is left that
//	                                    matches type, as a group, or None
//	__nbc_eg_raised(state, exc)         an exception an except* clause raised
//	__nbc_eg_end(state) -> bool         raises what is left and what the
//	                                    clauses raised, as CPython's
//	                                    _PyExc_PrepReraiseStar combines them,
//	                                    or returns True when that is the
//	                                    original exception unchanged
//
// They are Python, in gpython's dialect, run once per context after the
// class machinery is installed; if that fails (a context without pyobj),
// the builtins are simply not defined.

const exceptStarSource = `
class BaseExceptionGroup(BaseException):
    __module__ = "builtins"

    def __new__(cls, message, exceptions):
        if not isinstance(message, str):
            raise TypeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + type(message).__name__)
        if isinstance(exceptions, (set, frozenset, dict, str)) or not hasattr(exceptions, '__getitem__') or not hasattr(exceptions, '__len__'):
            raise TypeError("second argument (exceptions) must be a sequence")
        excs = tuple(exceptions)
        if not excs:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        i = 0
        for e in excs:
            if not isinstance(e, BaseException):
                raise ValueError("Item " + str(i) + " of second argument (exceptions) is not an exception")
            i += 1
        if cls is BaseExceptionGroup:
            nested = False
            for e in excs:
                if not isinstance(e, Exception):
                    nested = True
            if not nested:
                cls = ExceptionGroup
        elif issubclass(cls, Exception):
            for e in excs:
                if not isinstance(e, Exception):
                    if cls is ExceptionGroup:
                        raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
                    raise TypeError("Cannot nest BaseExceptions in '" + cls.__name__ + "'")
        self = BaseException.__new__(cls, message, exceptions)
        self._nbc_message = message
        self._nbc_exceptions = excs
        return self

    def __init__(self, *args):
        BaseException.__init__(self, *args)

    @property
    def message(self):
        return self._nbc_message

    @property
    def exceptions(self):
        return self._nbc_exceptions

    def __str__(self):
        n = len(self._nbc_exceptions)
        s = ""
        if n > 1:
            s = "s"
        return self._nbc_message + " (" + str(n) + " sub-exception" + s + ")"

    def derive(self, excs):
        return BaseExceptionGroup(self._nbc_message, excs)

    def split(self, condition):
        return _nbc_split(self, _nbc_matcher(condition))

    def subgroup(self, condition):
        return _nbc_split(self, _nbc_matcher(condition))[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = "builtins"


def _nbc_is_exc_type(t):
    return isinstance(t, type) and issubclass(t, BaseException)


def _nbc_matcher(condition):
    # gpython loses arguments captured by closures: copy to a local.
    cond = condition
    if _nbc_is_exc_type(cond):
        return lambda e: isinstance(e, cond)
    if isinstance(cond, tuple):
        ok = True
        for c in cond:
            if not _nbc_is_exc_type(c):
                ok = False
        if ok:
            return lambda e: isinstance(e, cond)
    if callable(cond) and not isinstance(cond, type):
        return cond
    raise TypeError("expected an exception type, a tuple of exception types, or a callable (other than a class)")


def _nbc_copy_meta(dst, src):
    for name in ("__traceback__", "__cause__", "__context__"):
        try:
            setattr(dst, name, getattr(src, name))
        except Exception:
            pass
    try:
        dst.__notes__ = list(src.__notes__)
    except Exception:
        pass


def _nbc_split(exc, match):
    if match(exc):
        return (exc, None)
    if not isinstance(exc, BaseExceptionGroup):
        return (None, exc)
    ms = []
    rs = []
    for e in exc.exceptions:
        m, r = _nbc_split(e, match)
        if m is not None:
            ms.append(m)
        if r is not None:
            rs.append(r)
    mg = None
    rg = None
    if ms:
        mg = exc.derive(ms)
        _nbc_copy_meta(mg, exc)
    if rs:
        rg = exc.derive(rs)
        _nbc_copy_meta(rg, exc)
    return (mg, rg)


def _nbc_leaves(exc, out):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _nbc_leaves(e, out)
    else:
        out.append(exc)


class _nbc_EGState(object):
    def __init__(self, exc):
        self.orig = exc
        self.rest = exc
        self.raised = []
        self.handed = []
        self.copies = []
        self.current = None


def __nbc_eg_start(exc):
    return _nbc_EGState(exc)


def _nbc_check_star_type(t):
    ts = t
    if not isinstance(t, tuple):
        ts = (t,)
    for c in ts:
        if not _nbc_is_exc_type(c):
            raise TypeError("catching classes that do not inherit from BaseException is not allowed")
        if issubclass(c, BaseExceptionGroup):
            raise TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")


def __nbc_eg_match(st, t):
    _nbc_check_star_type(t)
    rest = st.rest
    if rest is None:
        return None
    if isinstance(rest, t):
        m = rest
        if not isinstance(rest, BaseExceptionGroup):
            m = BaseExceptionGroup("", (rest,))
            try:
                m.__traceback__ = rest.__traceback__
            except Exception:
                pass
        st.rest = None
    elif isinstance(rest, BaseExceptionGroup):
        m, st.rest = rest.split(t)
    else:
        return None
    if m is not None:
        # The clause runs while a copy of m is being handled, so that a
        # bare raise (the copy) can be told from raise name (m itself),
        # which CPython counts as a new exception.
        st.handed.append(m)
        try:
            c = m.derive(m.args[1])
        except Exception:
            c = BaseExceptionGroup(m.message, m.exceptions)
        _nbc_copy_meta(c, m)
        st.copies.append(c)
        st.current = c
    return m


def __nbc_eg_raised(st, exc):
    # gpython chains no exception implicitly: a new exception raised in
    # a clause gets the group the clause handled as its __context__.
    new = True
    for h in st.copies:
        if exc is h:
            new = False
    if new and st.handed and exc is not st.handed[-1]:
        try:
            if exc.__context__ is None:
                exc.__context__ = st.handed[-1]
        except Exception:
            pass
    st.raised.append(exc)


def _nbc_same(a, b):
    if a is b:
        return True
    if not isinstance(a, BaseExceptionGroup) or type(a) is not type(b):
        return False
    if a.message != b.message or len(a.exceptions) != len(b.exceptions):
        return False
    i = 0
    for e in a.exceptions:
        if not _nbc_same(e, b.exceptions[i]):
            return False
        i += 1
    return True


def __nbc_eg_end(st):
    # Returns True when the original exception is to be raised again as
    # it is: the lowered code then re-raises it with a bare raise, which
    # keeps its traceback.
    excs = list(st.raised)
    if st.rest is not None:
        excs.append(st.rest)
    if not excs:
        return False
    orig = st.orig
    if not isinstance(orig, BaseExceptionGroup):
        if excs[0] is orig:
            return True
        raise excs[0]
    raised = []
    ids = []
    for e in excs:
        again = e is st.rest
        for h in st.copies:
            if e is h:
                again = True
        if again:
            leaves = []
            _nbc_leaves(e, leaves)
            for x in leaves:
                ids.append(id(x))
        else:
            raised.append(e)
    again = None
    if ids:
        again = _nbc_split(orig, lambda x: (not isinstance(x, BaseExceptionGroup)) and id(x) in ids)[0]
    if not raised:
        if again is not None:
            if _nbc_same(again, orig):
                return True
            raise again
        return False
    if again is not None:
        raised.append(again)
    if len(raised) == 1:
        raise raised[0]
    raise BaseExceptionGroup("", raised)
`

var exceptStarRT = newRuntimeSource("exceptstar", "<nbcheck exception groups>", exceptStarSource)

// exceptStarNames are the names the source defines for the builtins.
var exceptStarNames = []string{"BaseExceptionGroup", "ExceptionGroup", "__nbc_eg_start", "__nbc_eg_match", "__nbc_eg_raised", "__nbc_eg_end"}
