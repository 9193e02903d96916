"""Utilities for with-statement contexts (nbcheck's contextlib)."""

import sys as _sys
from collections import deque as _deque
from functools import wraps as _wraps

__all__ = ['asynccontextmanager', 'contextmanager', 'closing', 'nullcontext',
           'AbstractContextManager', 'AbstractAsyncContextManager',
           'AsyncExitStack', 'ContextDecorator', 'ExitStack',
           'redirect_stdout', 'redirect_stderr', 'suppress', 'aclosing',
           'chdir']


class AbstractContextManager:
    """An abstract base class for context managers."""
    __module__ = 'contextlib'
    __class_getitem__ = classmethod(type(list[int]))

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class AbstractAsyncContextManager:
    """An abstract base class for asynchronous context managers."""
    __module__ = 'contextlib'
    __class_getitem__ = classmethod(type(list[int]))

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


class _Recreating:
    """The function a ContextDecorator returns: each call runs in a fresh
    context manager."""

    def __init__(self, cm, func):
        self._cm = cm
        self._func = func
        _wraps(func)(self)

    def __call__(self, *args, **kwds):
        with self._cm._recreate_cm():
            return self._func(*args, **kwds)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return _BoundRecreating(self, obj)


class _BoundRecreating:
    def __init__(self, r, obj):
        self._r = r
        self._obj = obj

    def __call__(self, *args, **kwds):
        return self._r(self._obj, *args, **kwds)


class ContextDecorator:
    """A base class or mixin that enables context managers to work as
    decorators."""
    __module__ = 'contextlib'

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        return _Recreating(self, func)


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """Helper for @contextmanager."""
    __module__ = 'contextlib'

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, '__doc__', None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, _kwdict(self.kwds))

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def _kwdict(kwds):
    return dict(kwds)


class _AsyncGeneratorContextManager(AbstractAsyncContextManager):
    """Helper for @asynccontextmanager."""
    __module__ = 'contextlib'

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds

    async def __aenter__(self):
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after athrow()")


class _CMHelper:
    def __init__(self, func, cls):
        self._func = func
        self._cls = cls
        _wraps(func)(self)

    def __call__(self, *args, **kwds):
        return self._cls(self._func, args, kwds)


def contextmanager(func):
    """@contextmanager decorator: a generator function becomes a factory of
    context managers."""
    return _CMHelper(func, _GeneratorContextManager)


def asynccontextmanager(func):
    """@asynccontextmanager decorator."""
    return _CMHelper(func, _AsyncGeneratorContextManager)


class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block."""
    __module__ = 'contextlib'

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Async context manager for safely finalizing an asynchronous
    generator."""
    __module__ = 'contextlib'

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(_sys, self._stream))
        setattr(_sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(_sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager for temporarily redirecting stdout to another file."""
    __module__ = 'contextlib'
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """Context manager for temporarily redirecting stderr to another file."""
    __module__ = 'contextlib'
    _stream = 'stderr'


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions."""
    __module__ = 'contextlib'

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        for e in self._exceptions:
            if issubclass(exctype, e):
                return True
        return False


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager that does no additional processing."""
    __module__ = 'contextlib'

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Non thread-safe context manager to change the current working
    directory."""
    __module__ = 'contextlib'

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


class _ExitCallback:
    """A callback(*args, **kwds) pushed on an ExitStack, as an exit
    function."""

    def __init__(self, callback, args, kwds):
        self.__wrapped__ = callback
        self._args = args
        self._kwds = kwds

    def __call__(self, exc_type, exc, tb):
        self.__wrapped__(*self._args, **self._kwds)


class _ExitMethod:
    def __init__(self, cm, cm_exit):
        self.__self__ = cm
        self._exit = cm_exit

    def __call__(self, exc_type, exc, tb):
        return self._exit(self.__self__, exc_type, exc, tb)


class ExitStack(AbstractContextManager):
    """Context manager for dynamic management of a stack of exit
    callbacks."""
    __module__ = 'contextlib'

    def __init__(self):
        self._exit_callbacks = _deque()

    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = _deque()
        return new_stack

    def push(self, exit):
        _cb_type = type(exit)
        try:
            exit_method = _cb_type.__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, _ExitMethod(exit, exit_method)))
        return exit

    def enter_context(self, cm):
        cls = type(cm)
        try:
            _enter = cls.__enter__
            _exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = _enter(cm)
        self._exit_callbacks.append((True, _ExitMethod(cm, _exit)))
        return result

    def callback(self, callback, /, *args, **kwds):
        self._exit_callbacks.append((True, _ExitCallback(callback, args, _kwdict(kwds))))
        return callback

    def close(self):
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        pending_raise = False
        suppressed_exc = False
        exc = exc_details[1] if received_exc else None
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if exc is None:
                    args = (None, None, None)
                else:
                    args = (type(exc), exc, getattr(exc, '__traceback__', None))
                if cb(*args):
                    suppressed_exc = True
                    pending_raise = False
                    exc = None
            except BaseException as new_exc:
                if exc is not None and new_exc is not exc and new_exc.__context__ is None:
                    new_exc.__context__ = exc
                pending_raise = True
                exc = new_exc
        if pending_raise:
            raise exc
        return received_exc and suppressed_exc


class AsyncExitStack(ExitStack):
    """Async context manager for dynamic management of a stack of exit
    callbacks."""
    __module__ = 'contextlib'

    async def enter_async_context(self, cm):
        cls = type(cm)
        try:
            _enter = cls.__aenter__
            _exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol") from None
        result = await _enter(cm)
        self._exit_callbacks.append((False, _ExitMethod(cm, _exit)))
        return result

    def push_async_callback(self, callback, /, *args, **kwds):
        self._exit_callbacks.append((False, _ExitCallback(callback, args, _kwdict(kwds))))
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        pending_raise = False
        suppressed_exc = False
        exc = exc_details[1] if received_exc else None
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if exc is None:
                    args = (None, None, None)
                else:
                    args = (type(exc), exc, getattr(exc, '__traceback__', None))
                if is_sync:
                    cb_suppress = cb(*args)
                else:
                    cb_suppress = await cb(*args)
                if cb_suppress:
                    suppressed_exc = True
                    pending_raise = False
                    exc = None
            except BaseException as new_exc:
                if exc is not None and new_exc is not exc and new_exc.__context__ is None:
                    new_exc.__context__ = exc
                pending_raise = True
                exc = new_exc
        if pending_raise:
            raise exc
        return received_exc and suppressed_exc
