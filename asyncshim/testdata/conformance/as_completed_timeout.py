import asyncio

@__nbc_coroutine_at(2)
def w(n):
    __nbc_await(asyncio.sleep(n))
    return n

@__nbc_coroutine_at(5)
def main():
    try:
        for fut in asyncio.as_completed([w(1), w(5)], timeout=2):
            print(__nbc_await(fut))
    except asyncio.TimeoutError:
        print('as_completed timed out')
asyncio.run(main())
