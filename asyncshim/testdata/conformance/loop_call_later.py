import asyncio

def cb(x):
    print('cb', x)

@__nbc_coroutine_at(4)
def main():
    loop = asyncio.get_running_loop()
    loop.call_later(2, cb, 'two')
    loop.call_later(1, cb, 'one')
    loop.call_at(loop.time() + 1.5, cb, 'one and a half')
    loop.call_later(0, cb, 'zero')
    __nbc_await(asyncio.sleep(3))
asyncio.run(main())
