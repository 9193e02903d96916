import asyncio

@__nbc_coroutine_at(2)
def w(n):
    try:
        __nbc_await(asyncio.sleep(n))
        print('finished', n)
    except asyncio.CancelledError:
        print('cancelled', n)
        raise

@__nbc_coroutine_at(9)
def main():
    g = asyncio.gather(w(1), w(5))
    __nbc_await(asyncio.sleep(2))
    print(g.cancel())
    try:
        __nbc_await(g)
    except asyncio.CancelledError:
        print('gather cancelled')
asyncio.run(main())
