import asyncio

@__nbc_coroutine_at(2)
def w(i):
    __nbc_await(asyncio.sleep(i % 3 * 0.5))
    return i

@__nbc_coroutine_at(5)
def main():
    ts = [asyncio.create_task(w(i)) for i in range(9)]
    for coro in asyncio.as_completed(ts):
        print(__nbc_await(coro), end=' ')
    print()
asyncio.run(main())
