import asyncio

@__nbc_coroutine_at(2)
def w(n):
    __nbc_await(asyncio.sleep(n))
    return n

@__nbc_coroutine_at(5)
def main():
    for fut in asyncio.as_completed([w(3), w(1), w(2)]):
        print(__nbc_await(fut))
asyncio.run(main())
