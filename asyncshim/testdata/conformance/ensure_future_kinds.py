import asyncio

@__nbc_coroutine_at(3)
def coro():
    return 'c'

class Awaitable:

    def __await__(self):
        yield
        return 'custom'

@__nbc_coroutine_at(11)
def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(asyncio.ensure_future(fut) is fut)
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, asyncio.ensure_future(t) is t)
    print(__nbc_await(t))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError:', e)
    fut.set_result(1)
    print(__nbc_await(fut))
asyncio.run(main())
