import asyncio

async def coro_fn():
    pass

async def agen_fn():
    yield 1

def plain():
    pass

class K:
    async def method(self):
        pass

c = coro_fn()
print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(agen_fn), asyncio.iscoroutinefunction(plain))
print(asyncio.iscoroutinefunction(K.method), asyncio.iscoroutinefunction(K().method))
print(asyncio.iscoroutine(c), asyncio.iscoroutine(coro_fn), asyncio.iscoroutine(agen_fn()))
print(asyncio.isfuture(c), asyncio.isfuture(asyncio.Future))
c.close()
