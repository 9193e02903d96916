"""Timing small pieces of code (nbcheck's timeit).

The timer is time.perf_counter on the kernel's clock: with the virtual
clock, code that does not sleep takes no time, so timings are 0.0 (and
deterministic); sleeps count their virtual duration. autorange() stops
at 1000 loops when the clock does not move at all, where CPython would
loop for ever.
"""

import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


# gpython's exec takes only its own str-keyed dicts, which ** makes (in a
# lambda: a def's **kw becomes an ordered dict, docs/lowering.md).
_namespace = lambda **kw: kw


def _indent(src, spaces):
    return src.replace('\n', '\n' + ' ' * spaces)


class Timer:
    """Class for timing execution speed of small code snippets."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        local_ns = _namespace()
        global_ns = globals if globals is not None else _module_globals
        params = ['_it', '_timer']
        if isinstance(setup, str):
            compile(setup, dummy_src_name, 'exec')
            setup_src = _indent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            params.append('_setup=_setup')
            setup_src = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            if isinstance(setup, str):
                compile(setup + '\n' + stmt, dummy_src_name, 'exec')
            else:
                compile(stmt, dummy_src_name, 'exec')
            stmt_src = _indent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            params.append('_stmt=_stmt')
            stmt_src = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        src = ('def inner(%s):\n'
               '    %s\n'
               '    _t0 = _timer()\n'
               '    for _i in _it:\n'
               '        %s\n'
               '    _t1 = _timer()\n'
               '    return _t1 - _t0\n') % (', '.join(params), setup_src, stmt_src)
        self.src = src
        code = compile(src, dummy_src_name, 'exec')
        # The default values (_stmt=_stmt) are looked up in local_ns.
        exec(code, global_ns, local_ns)
        self.inner = local_ns['inner']

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Time number executions of the main statement."""
        return self.inner(range(number), self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit() a few times; returns a list of results."""
        r = []
        for _ in range(repeat):
            r.append(self.timeit(number))
        return r

    def autorange(self, callback=None):
        """Return the number of loops and time taken so that total time >= 0.2."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
                if time_taken <= 0 and number >= 1000:
                    # A clock that does not move (nbcheck's virtual clock).
                    return (number, time_taken)
            i *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    """Convenience function to create Timer object and call timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat, number=default_number,
           globals=None):
    """Convenience function to create Timer object and call repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_module_globals = globals()
