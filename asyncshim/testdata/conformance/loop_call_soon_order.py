import asyncio

def cb(x):
    print('cb', x)

@__nbc_coroutine_at(4)
def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 1)
    loop.call_soon(cb, 2)
    h = loop.call_soon(cb, 3)
    h.cancel()
    print('scheduled', h.cancelled())
    __nbc_await(asyncio.sleep(0))
    print('after yield')
asyncio.run(main())
