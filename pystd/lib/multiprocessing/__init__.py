"""nbcheck's multiprocessing: processes emulated as threads.

A Process runs its target on an emulated thread of the kernel's scheduler,
in a copy of the parent's module namespace made when it starts (see Go
module _nbc_fork), so what the child changes in globals stays in the
child, as with fork(2). Queues, locks, events, Value and Array are shared
between the emulated processes, as their real counterparts are. Pool and
concurrent.futures.ProcessPoolExecutor run their tasks on worker threads.
Differences from CPython: there is no real parallelism (nor a need for it:
time is virtual), os.getpid() is the same in every process, and objects
sent through a Queue are copied with copy.deepcopy rather than pickled.
"""

import copy as _copy
import threading as _threading
import queue as _queue
import time as _time

from _nbc_fork import fork as _fork


class ProcessError(Exception):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


class BufferTooShort(ProcessError):
    pass


_by_ident = {}
_counter = [0]
_children = []


def cpu_count():
    import os
    n = os.cpu_count()
    if n is None:
        raise NotImplementedError('cannot determine number of cpus')
    return n


class _MainProcess:
    name = 'MainProcess'
    daemon = False
    pid = 1
    ident = 1
    exitcode = None
    _identity = ()

    def is_alive(self):
        return True

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


_main = _MainProcess()


def current_process():
    return _by_ident.get(_threading.get_ident(), _main)


def parent_process():
    p = current_process()
    return None if p is _main else _main


def active_children():
    return [p for p in _children if p.is_alive()]


class Process:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError('group argument must be None for now')
        _counter[0] += 1
        self._number = _counter[0]
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs) if kwargs else {}
        self._name = name if name is not None else '%s-%d' % (type(self).__name__, self._number)
        self._daemon = bool(daemon) if daemon is not None else False
        self._thread = None
        self._started = False
        self._exitcode = None
        self._pid = None

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def _bootstrap(self):
        _by_ident[_threading.get_ident()] = self
        try:
            self.run()
            self._exitcode = 0
        except SystemExit as e:
            code = e.args[0] if e.args else 0
            self._exitcode = code if isinstance(code, int) else 1
        except BaseException as e:
            import sys
            sys.stderr.write('Process %s:\n' % self._name)
            try:
                import traceback
                sys.stderr.write(traceback.format_exc())
            except Exception:
                sys.stderr.write('Traceback (most recent call last):\n%s: %s\n' % (type(e).__name__, e))
            self._exitcode = 1

    def start(self):
        if self._started:
            raise AssertionError('cannot start a process twice')
        self._started = True
        self._pid = 1000 + self._number
        if type(self).run is Process.run:
            target, args, kwargs = _fork(self._target, self._args, self._kwargs)
            self._target, self._args, self._kwargs = target, args, kwargs
        else:
            run = _fork(self.run, (), {})[0]
            self.run = run
        self._thread = _threading.Thread(target=self._bootstrap, name=self._name, daemon=True)
        _children.append(self)
        self._thread.start()

    def join(self, timeout=None):
        if not self._started:
            raise AssertionError('can only join a started process')
        self._thread.join(timeout)

    def is_alive(self):
        return self._started and self._exitcode is None and self._thread.is_alive()

    def terminate(self):
        if self._exitcode is None:
            self._exitcode = -15

    kill = terminate

    def close(self):
        pass

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = value

    @property
    def daemon(self):
        return self._daemon

    @daemon.setter
    def daemon(self, value):
        self._daemon = bool(value)

    @property
    def pid(self):
        return self._pid

    ident = pid

    @property
    def exitcode(self):
        return self._exitcode

    def __repr__(self):
        if not self._started:
            status = 'initial'
        elif self._exitcode is None:
            status = 'started'
        elif self._exitcode == 0:
            status = 'stopped'
        else:
            status = 'stopped exitcode=%s' % self._exitcode
        daemon = ' daemon' if self._daemon else ''
        return '<Process name=%r parent=1 %s%s>' % (self._name, status, daemon)


class _Shared:
    """Shared objects are the same object in every emulated process."""

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self


class Queue(_Shared):
    def __init__(self, maxsize=0):
        self._q = _queue.Queue(maxsize)

    def put(self, obj, block=True, timeout=None):
        self._q.put(_copy.deepcopy(obj), block, timeout)

    def get(self, block=True, timeout=None):
        return self._q.get(block, timeout)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._q.qsize()

    def empty(self):
        return self._q.empty()

    def full(self):
        return self._q.full()

    def close(self):
        pass

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    def task_done(self):
        self._q.task_done()

    def join(self):
        self._q.join()


class SimpleQueue(Queue):
    pass


class _Wrapped(_Shared):
    def __init__(self, obj):
        self._obj = obj

    def __getattr__(self, name):
        return getattr(self._obj, name)

    def __enter__(self):
        return self._obj.__enter__()

    def __exit__(self, *exc):
        return self._obj.__exit__(*exc)


def Lock():
    return _Wrapped(_threading.Lock())


def RLock():
    return _Wrapped(_threading.RLock())


def Event():
    return _Wrapped(_threading.Event())


def Semaphore(value=1):
    return _Wrapped(_threading.Semaphore(value))


def BoundedSemaphore(value=1):
    return _Wrapped(_threading.BoundedSemaphore(value))


def Condition(lock=None):
    return _Wrapped(_threading.Condition(lock))


def Barrier(parties, action=None, timeout=None):
    return _Wrapped(_threading.Barrier(parties, action, timeout))


_typecodes = {'i': 'c_int', 'l': 'c_long', 'd': 'c_double', 'f': 'c_float', 'c': 'c_char', 'b': 'c_byte', 'I': 'c_uint', 'L': 'c_ulong', 'h': 'c_short', 'q': 'c_longlong'}


class _Value(_Shared):
    def __init__(self, typecode, value, lock):
        self._typecode = typecode
        self.value = value
        self._lock = _threading.RLock()

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        name = _typecodes.get(self._typecode, str(self._typecode))
        return '<Synchronized wrapper for %s(%r)>' % (name, self.value)


def Value(typecode_or_type, *args, lock=True):
    value = args[0] if args else (0.0 if typecode_or_type in ('d', 'f') else 0)
    return _Value(typecode_or_type, value, lock)


class _Array(_Shared):
    def __init__(self, typecode, items):
        self._typecode = typecode
        self._items = items
        self._lock = _threading.RLock()

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __iter__(self):
        return iter(self._items)

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        return '<SynchronizedArray wrapper for %r>' % (self._items,)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    if isinstance(size_or_initializer, int):
        zero = 0.0 if typecode_or_type in ('d', 'f') else 0
        items = [zero] * size_or_initializer
    else:
        items = list(size_or_initializer)
    return _Array(typecode_or_type, items)


class AsyncResult:
    def __init__(self, callback=None, error_callback=None):
        self._event = _threading.Event()
        self._ok = None
        self._value = None
        self._callback = callback
        self._error_callback = error_callback

    def _set(self, ok, value):
        self._ok, self._value = ok, value
        self._event.set()
        if ok and self._callback is not None:
            self._callback(value)
        if not ok and self._error_callback is not None:
            self._error_callback(value)

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError('%r not ready' % self)
        return self._ok

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._ok:
            return self._value
        raise self._value


ApplyResult = AsyncResult


class Pool:
    """A pool of worker processes, emulated as threads."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        if processes is None:
            processes = cpu_count()
        if processes < 1:
            raise ValueError('Number of processes must be at least 1')
        self._processes = processes
        self._tasks = _queue.Queue()
        self._state = 'RUN'
        self._workers = []
        for i in range(processes):
            p = Process(target=self._work, args=(initializer, initargs), name='ForkPoolWorker-%d' % (i + 1))
            p.daemon = True
            p._started = True
            p._pid = 1000 + p._number
            p._thread = _threading.Thread(target=p._bootstrap, name=p._name, daemon=True)
            self._workers.append(p)
            _children.append(p)
            p._thread.start()

    def _work(self, initializer, initargs):
        if initializer is not None:
            initializer(*initargs)
        while True:
            task = self._tasks.get()
            if task is None:
                break
            func, args, kwargs, result = task
            try:
                value = func(*args, **kwargs)
            except BaseException as e:
                result._set(False, e)
            else:
                result._set(True, _copy.deepcopy(value))

    def _check_running(self):
        if self._state != 'RUN':
            raise ValueError('Pool not running')

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        r = AsyncResult(callback, error_callback)
        self._tasks.put((func, tuple(args), dict(kwds), r))
        return r

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def _map_results(self, func, iterable, star):
        self._check_running()
        results = []
        for item in iterable:
            r = AsyncResult()
            args = tuple(item) if star else (item,)
            self._tasks.put((func, args, {}, r))
            results.append(r)
        return results

    def map(self, func, iterable, chunksize=None):
        return [r.get() for r in self._map_results(func, iterable, False)]

    def starmap(self, func, iterable, chunksize=None):
        return [r.get() for r in self._map_results(func, iterable, True)]

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return _MapResult(self._map_results(func, iterable, False), callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return _MapResult(self._map_results(func, iterable, True), callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        for r in self._map_results(func, iterable, False):
            yield r.get()

    def imap_unordered(self, func, iterable, chunksize=1):
        pending = self._map_results(func, iterable, False)
        while pending:
            for r in pending:
                if r.ready():
                    pending.remove(r)
                    yield r.get()
                    break
            else:
                pending[0].wait()

    def close(self):
        if self._state == 'RUN':
            self._state = 'CLOSE'
            for _ in self._workers:
                self._tasks.put(None)

    def terminate(self):
        self.close()
        self._state = 'TERMINATE'

    def join(self):
        if self._state == 'RUN':
            raise ValueError('Pool is still running')
        for p in self._workers:
            p.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __repr__(self):
        return '<multiprocessing.pool.Pool state=%s pool_size=%d>' % (self._state, self._processes)


class _MapResult(AsyncResult):
    def __init__(self, results, callback, error_callback):
        AsyncResult.__init__(self, callback, error_callback)
        self._results = results

    def ready(self):
        return all(r.ready() for r in self._results)

    def successful(self):
        if not self.ready():
            raise ValueError('%r not ready' % self)
        return all(r._ok for r in self._results)

    def wait(self, timeout=None):
        for r in self._results:
            r.wait(timeout)

    def get(self, timeout=None):
        values = [r.get(timeout) for r in self._results]
        if self._callback is not None:
            self._callback(values)
        return values


def freeze_support():
    pass


def set_start_method(method, force=False):
    if method not in ('fork', 'spawn', 'forkserver'):
        raise ValueError('cannot find context for %r' % method)


def get_start_method(allow_none=False):
    return 'fork'


def get_context(method=None):
    import sys
    return sys.modules[__name__] if hasattr(sys, 'modules') else None
