#!/usr/bin/env python3
"""Regenerate the asyncshim conformance cases from their originals.

For each NAME.orig.py (modern Python; cells separated by "# %%" lines; a
first line "# mode: jupyter" selects Jupyter semantics, else script):
  - NAME.py  is the gpython-dialect lowering, as the transpiler will emit it:
    async def -> @__nbc_coroutine_at(line) / @__nbc_asyncgen, await x -> __nbc_await(x),
    async with -> with __nbc_acm(cm), async for -> for x in __nbc_aiter(it),
    f-strings -> __nbc_cat/__nbc_fmt, dict displays -> __nbc_dict, super() ->
    __nbc_super(Class, self), and under
    Jupyter semantics a cell's last expression -> __nbc_display(expr).
  - NAME.out is what CPython 3.11 prints running the original, stderr merged
    into stdout; an uncaught error in a cell prints "!! Type: message"; a
    displayed value prints "Out: repr". Jupyter semantics are emulated as
    ipykernel does under nbclient: one loop always running, a cell with
    top-level await a task on it, any other cell run synchronously inside
    the running loop (so asyncio.run raises); no time passes between cells,
    and what the loop runs between two cells prints into the next one.
    ipykernel's own daemon threads and the task numbers it uses (user code's
    first task is Task-4, first thread Thread-5) are not emulated: Jupyter
    cases must not print task names or thread counts (TestKernelThreads
    pins those).
    asyncio and module time run on a virtual clock (use_virtual_clock) unless
    the first or second line is "# clock: real".
  Each original runs 3 times; differing outputs are reported, not written.
  A case whose first line is "# expected: manual" keeps its hand-written .out.

Usage: python3 gen.py [NAME...]
       python3 gen.py --lower [NAME...]   (rewrites the NAME.py lowerings only)
"""
import ast, asyncio, re, contextlib, glob, inspect, io, os, selectors, subprocess, sys, threading, time

HERE = os.path.dirname(os.path.abspath(__file__))


class Lower(ast.NodeTransformer):
    def __init__(self, jupyter):
        self.jupyter = jupyter

    def _kwprologue(self, node):
        # Keyword order (pyrt/kwargs.go): a def's **kw becomes an ordered
        # dict first, after the docstring.
        if node.args.kwarg is None:
            return
        name = node.args.kwarg.arg
        stmt = ast.Assign([ast.Name(name, ast.Store())],
                          ast.Call(ast.Name('__nbc_kwargs', ast.Load()), [ast.Name(name, ast.Load())], []))
        body = node.body
        at = 1 if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
            and isinstance(body[0].value.value, str) else 0
        node.body = body[:at] + [stmt] + body[at:]

    def visit_FunctionDef(self, node):
        self.generic_visit(node)
        self._kwprologue(node)
        return node

    def visit_Call(self, node):
        # Keyword order: a call passing two or more keywords records their
        # order (__nbc_ko around the last value, or around *args, which
        # gpython evaluates last); f(**m) passes __nbc_kw(m, 'names').
        self.generic_visit(node)
        named = [k for k in node.keywords if k.arg is not None]
        stars = [k for k in node.keywords if k.arg is None]
        names = ' '.join(k.arg for k in named)
        if len(stars) > 1:
            raise SystemExit('gen.py: several ** in a call are not lowered')
        if isinstance(node.func, ast.Name) and node.func.id == 'dict' and len(named) >= 2 and not stars:
            # dict(b=1, a=2) -> __nbc_call(dict, [(args,),] __nbc_dict('b', 1, 'a', 2))
            if any(isinstance(a, ast.Starred) for a in node.args):
                raise SystemExit('gen.py: dict(*a, k=v, ...) is not lowered')
            parts = [ast.Tuple(node.args, ast.Load())] if node.args else []
            kv = []
            for k in named:
                kv += [ast.Constant(k.arg), k.value]
            mapping = ast.Call(ast.Name('__nbc_dict', ast.Load()), kv, [])
            return ast.copy_location(ast.Call(ast.Name('__nbc_call', ast.Load()), [node.func] + parts + [mapping], []), node)
        if stars:
            stars[0].value = ast.Call(ast.Name('__nbc_kw', ast.Load()),
                                      [stars[0].value] + ([ast.Constant(names)] if names else []), [])
        elif len(named) >= 2:
            starred = [a for a in node.args if isinstance(a, ast.Starred)]
            if starred:
                starred[-1].value = ast.Call(ast.Name('__nbc_ko', ast.Load()), [starred[-1].value, ast.Constant(names)], [])
            else:
                named[-1].value = ast.Call(ast.Name('__nbc_ko', ast.Load()), [named[-1].value, ast.Constant(names)], [])
        return node

    def _fn(self, node):
        self.generic_visit(node)
        self._kwprologue(node)
        has_yield = any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in ast.walk(node)
                        if not isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) or n is node)
        if has_yield:
            deco = ast.Name('__nbc_asyncgen', ast.Load())
        else:
            # The def's line as CPython's co_firstlineno (the first
            # decorator's), which task reprs show; gpython's is always 1.
            line = node.decorator_list[0].lineno if node.decorator_list else node.lineno
            deco = ast.Call(ast.Name('__nbc_coroutine_at', ast.Load()), [ast.Constant(line)], [])
        new = ast.FunctionDef(node.name, node.args, node.body, node.decorator_list + [deco],
                              node.returns, getattr(node, 'type_comment', None))
        return ast.copy_location(new, node)

    visit_AsyncFunctionDef = _fn

    def visit_ClassDef(self, node):
        # Zero-argument super() -> __nbc_super(Class, self), as the transpiler does.
        for fn in node.body:
            if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) and fn.args.args:
                first = fn.args.args[0].arg
                for n in ast.walk(fn):
                    if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == 'super' and not n.args:
                        n.func.id = '__nbc_super'
                        n.args = [ast.Name(node.name, ast.Load()), ast.Name(first, ast.Load())]
        self.generic_visit(node)
        return node

    def visit_Await(self, node):
        self.generic_visit(node)
        return ast.copy_location(ast.Call(ast.Name('__nbc_await', ast.Load()), [node.value], []), node)

    def visit_AsyncWith(self, node):
        self.generic_visit(node)
        items = [ast.withitem(ast.Call(ast.Name('__nbc_acm', ast.Load()), [i.context_expr], []), i.optional_vars)
                 for i in node.items]
        return ast.copy_location(ast.With(items, node.body), node)

    def visit_AsyncFor(self, node):
        self.generic_visit(node)
        it = ast.Call(ast.Name('__nbc_aiter', ast.Load()), [node.iter], [])
        return ast.copy_location(ast.For(node.target, it, node.body, node.orelse), node)

    def visit_JoinedStr(self, node):
        parts = []
        for v in node.values:
            if isinstance(v, ast.Constant):
                parts.append(v)
            else:
                parts.append(self.visit_FormattedValue(v))
        return ast.copy_location(ast.Call(ast.Name('__nbc_cat', ast.Load()), parts, []), node)

    def visit_FormattedValue(self, node):
        conv = {-1: '', 115: 's', 114: 'r', 97: 'a'}[node.conversion]
        spec = ast.Constant('')
        if node.format_spec is not None:
            spec = self.visit_JoinedStr(node.format_spec)
        return ast.Call(ast.Name('__nbc_fmt', ast.Load()), [self.visit(node.value), ast.Constant(conv), spec], [])

    def visit_Dict(self, node):
        self.generic_visit(node)
        if any(k is None for k in node.keys):
            raise SystemExit('gen.py: ** in dict displays is not lowered')
        args = []
        for k, v in zip(node.keys, node.values):
            args += [k, v]
        return ast.copy_location(ast.Call(ast.Name('__nbc_dict', ast.Load()), args, []), node)


def split_cells(src):
    cells, cur = [], []
    for line in src.split('\n'):
        if line.startswith('# %%'):
            cells.append('\n'.join(cur))
            cur = []
        else:
            cur.append(line)
    cells.append('\n'.join(cur))
    return cells


def lower(src, jupyter):
    out = []
    for cell in split_cells(src):
        tree = ast.parse(cell)
        tree = Lower(jupyter).visit(tree)
        if jupyter and tree.body and isinstance(tree.body[-1], ast.Expr):
            last = tree.body[-1]
            tree.body[-1] = ast.Expr(ast.Call(ast.Name('__nbc_display', ast.Load()), [last.value], []))
        ast.fix_missing_locations(tree)
        out.append(ast.unparse(tree))
    header = ''.join(l + '\n' for l in src.split('\n')[:3] if l.startswith(('# mode:', '# clock:', '# expected:')))
    return header + '\n# %%\n'.join(out) + '\n'


def err_line(e):
    s = str(e)
    return '!! %s: %s' % (type(e).__name__, s) if s else '!! %s' % type(e).__name__


def run_script(cells):
    g = {'__name__': '__main__'}
    for i, cell in enumerate(cells):
        try:
            exec(compile(cell, '<cell %d>' % i, 'exec'), g)
        except BaseException as e:
            print(err_line(e))
    # Python waits for non-daemon threads at exit.
    for t in threading.enumerate():
        if t is not threading.main_thread() and not t.daemon:
            t.join()


@contextlib.contextmanager
def running(loop):
    """Marks loop as running on this thread, as a kernel's loop is while it
    runs a cell."""
    loop._thread_id = threading.get_ident()
    asyncio.events._set_running_loop(loop)
    try:
        yield
    finally:
        asyncio.events._set_running_loop(None)
        loop._thread_id = None


def run_jupyter(cells):
    """Runs cells as nbclient (nbconvert --execute) drives ipykernel: the
    next cell starts as soon as the previous one is over, so no time passes
    between cells. What the kernel's loop runs between two cells (everything
    ready, no timer due later) prints into the next cell's output; what is
    left after the last cell never prints."""
    loop = asyncio.get_event_loop_policy().new_event_loop()
    asyncio.set_event_loop(loop)
    g = {'__name__': '__main__'}
    keep = []  # keeps tracebacks alive, as IPython's sys.last_traceback does
    flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT

    def split(i, src):
        tree = ast.parse(src)
        last = None
        if tree.body and isinstance(tree.body[-1], ast.Expr):
            last = tree.body.pop()
        code = compile(tree, '<cell %d>' % i, 'exec', flags=flags)
        lcode = None
        if last is not None:
            lcode = compile(ast.Expression(last.value), '<cell %d>' % i, 'eval', flags=flags)
        return code, lcode

    def show(v):
        if v is not None:
            keep.append(v)  # Out[n] keeps displayed values alive
            print('Out: ' + repr(v))

    async def run_async(code, lcode):
        r = eval(code, g)
        if code.co_flags & inspect.CO_COROUTINE:
            await r
        if lcode is not None:
            v = eval(lcode, g)
            if lcode.co_flags & inspect.CO_COROUTINE:
                v = await v
            show(v)

    def run_sync(code, lcode):
        # ipykernel runs a cell without top-level await synchronously,
        # inside a step of its own task on the running loop.
        with running(loop):
            exec(code, g)
            if lcode is not None:
                show(eval(lcode, g))

    def between_cells():
        with running(loop):
            while loop._ready:
                loop._run_once()

    for i, cell in enumerate(cells):
        if i > 0:
            between_cells()
        try:
            code, lcode = split(i, cell)
            is_async = (code.co_flags | (lcode.co_flags if lcode else 0)) & inspect.CO_COROUTINE
        except BaseException as e:
            keep.append(e)
            print(err_line(e))
            continue
        if is_async:
            async def cell_main():
                try:
                    await run_async(code, lcode)
                except BaseException as e:
                    keep.append(e)
                    print(err_line(e))
            loop.run_until_complete(cell_main())
        else:
            try:
                run_sync(code, lcode)
            except BaseException as e:
                keep.append(e)
                print(err_line(e))


LAG = 1e-9     # every wake-up from a timer happens this long after its deadline
VT = [0.0]     # virtual seconds since the start
EPOCH, MONO0 = 1700000000.0, 1000.0


class VirtualSelector(selectors.DefaultSelector):
    """A selector that jumps the virtual clock instead of waiting."""

    def select(self, timeout=None):
        if timeout is None:
            if threading.active_count() > 1:
                return super().select(None)  # an executor thread will wake us
            raise RuntimeError('deadlock: the loop would wait forever')
        if timeout > 0:
            VT[0] += timeout + LAG
        return super().select(0)


class VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__(VirtualSelector())


class VirtualPolicy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = VirtualLoop


def use_virtual_clock():
    """Puts asyncio and module time on a virtual clock with a lag per wake-up
    (see the asyncshim package doc): CPython's own asyncio code then runs
    deterministically, however loaded the machine is."""
    # User-visible clocks do not show the lags (rounded to 0.1 us); the
    # loop's own clock does, so that lags order equal deadlines.
    time.time = lambda: EPOCH + round(VT[0], 7)
    time.time_ns = lambda: int(EPOCH * 1e9) + int(round(VT[0], 7) * 1e9)
    time.monotonic = time.perf_counter = lambda: MONO0 + round(VT[0], 7)
    # Each reading of the loop's clock moves it on by a tick (1e-12 s, far
    # below LAG), as real time moves on while code runs: equal delays set
    # one after the other fall due in creation order, as on a real machine.
    ticks = [0]

    def loop_time(self):
        ticks[0] += 1
        return MONO0 + VT[0] + ticks[0] * 1e-12
    VirtualLoop.time = loop_time

    def sleep(d):
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError('gen.py: time.sleep in a thread needs "# clock: real"')
        VT[0] += d
    time.sleep = sleep
    asyncio.set_event_loop_policy(VirtualPolicy())


def run(src):
    jupyter = src.startswith('# mode: jupyter')
    if '# clock: real' not in src.split('\n', 2)[0:2]:
        use_virtual_clock()
    cells = split_cells(src)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(buf):
        if jupyter:
            run_jupyter(cells)
        else:
            run_script(cells)
    return buf.getvalue()


def main(names, lower_only=False):
    origs = sorted(glob.glob(os.path.join(HERE, '*.orig.py')))
    for orig in origs:
        base = orig[:-len('.orig.py')]
        name = os.path.basename(base)
        if names and name not in names:
            continue
        src = open(orig).read()
        jupyter = src.startswith('# mode: jupyter')
        open(base + '.py', 'w').write(lower(src, jupyter))
        if lower_only or '# expected: manual' in src.split('\n')[:3]:
            continue
        # A fresh process per run: Task-N numbering starts at 1, as in a new kernel.
        outs = [subprocess.run([sys.executable, __file__, '--run', orig], capture_output=True,
                               text=True, timeout=120).stdout for _ in range(3)]
        if len({re.sub(r'0x[0-9a-fA-F]+', '0x', o) for o in outs}) != 1:
            print('%s: CPython output differs between runs; not written' % name, file=sys.stderr)
            continue
        open(base + '.out', 'w').write(outs[0])
        print('%s: ok' % name, file=sys.stderr)


if __name__ == '__main__':
    if sys.argv[1:2] == ['--run']:
        out = run(open(sys.argv[2]).read())
        sys.stdout.write(out)
    elif sys.argv[1:2] == ['--lower']:
        main(sys.argv[2:], lower_only=True)
    else:
        main(sys.argv[1:])
