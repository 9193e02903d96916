import asyncio

@__nbc_coroutine_at(2)
def w(n):
    __nbc_await(asyncio.sleep(n))
    return n

@__nbc_coroutine_at(5)
def main():
    t1 = asyncio.create_task(w(1))
    t2 = asyncio.create_task(w(3))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    __nbc_await(asyncio.sleep(2))
    t2.cancel()
    print(__nbc_await(g))
asyncio.run(main())
