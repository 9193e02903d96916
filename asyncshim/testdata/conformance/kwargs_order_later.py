import asyncio

@__nbc_coroutine_at(3)
def show(n, **kw):
    kw = __nbc_kwargs(kw)
    print(n, kw)
    __nbc_await(asyncio.sleep(0.1))
    print(n, list(kw.items()))

@__nbc_coroutine_at(8)
def named(n, *, zeta, alpha, **kw):
    kw = __nbc_kwargs(kw)
    print(n, zeta, alpha, kw)

@__nbc_asyncgen
def agen(**kw):
    kw = __nbc_kwargs(kw)
    for k, v in kw.items():
        yield (k, v)

@__nbc_coroutine_at(15)
def main():
    coros = [show(1, z=1, y=2, x=__nbc_ko(3, 'z y x')), show(2, b=1, a=__nbc_ko(2, 'b a'))]
    coros += [show(3, q=1, p=2, **__nbc_kw(__nbc_dict('m', 1, 'l', 2), 'q p')), named(4, alpha=5, zeta=6, d=1, c=__nbc_ko(2, 'alpha zeta d c'))]
    __nbc_await(asyncio.gather(*coros))
    t1 = asyncio.create_task(show(5, k=1, j=2, i=__nbc_ko(3, 'k j i')))
    t2 = asyncio.ensure_future(show(6, c=1, b=2, a=__nbc_ko(3, 'c b a')))
    __nbc_await(asyncio.wait([t1, t2]))
    g1 = agen(z=1, y=__nbc_ko(2, 'z y'))
    g2 = agen(b=1, a=__nbc_ko(2, 'b a'))
    for g in (g1, g2):
        for p in __nbc_aiter(g):
            print(p)
    opts = __nbc_dict('zz', 1, 'aa', 2, 'mm', 3)
    __nbc_await(asyncio.gather(show(7, **__nbc_kw(opts)), show(8, **__nbc_kw(dict(reversed(list(opts.items())))))))
asyncio.run(main())
