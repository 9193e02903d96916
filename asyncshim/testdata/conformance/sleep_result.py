import asyncio

@__nbc_coroutine_at(2)
def main():
    v = __nbc_await(asyncio.sleep(1, result='slept'))
    print(v)
    print(__nbc_await(asyncio.sleep(0, 'zero')))
    print(__nbc_await(asyncio.sleep(-1)))
asyncio.run(main())
