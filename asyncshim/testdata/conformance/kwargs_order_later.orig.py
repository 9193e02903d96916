import asyncio

async def show(n, **kw):
    print(n, kw)
    await asyncio.sleep(0.1)
    print(n, list(kw.items()))

async def named(n, *, zeta, alpha, **kw):
    print(n, zeta, alpha, kw)

async def agen(**kw):
    for k, v in kw.items():
        yield k, v

async def main():
    coros = [show(1, z=1, y=2, x=3), show(2, b=1, a=2)]
    coros += [show(3, q=1, p=2, **{'m': 1, 'l': 2}), named(4, alpha=5, zeta=6, d=1, c=2)]
    await asyncio.gather(*coros)
    t1 = asyncio.create_task(show(5, k=1, j=2, i=3))
    t2 = asyncio.ensure_future(show(6, c=1, b=2, a=3))
    await asyncio.wait([t1, t2])
    g1 = agen(z=1, y=2)
    g2 = agen(b=1, a=2)
    for g in (g1, g2):
        async for p in g:
            print(p)
    opts = {'zz': 1, 'aa': 2, 'mm': 3}
    await asyncio.gather(show(7, **opts), show(8, **dict(reversed(list(opts.items())))))

asyncio.run(main())
