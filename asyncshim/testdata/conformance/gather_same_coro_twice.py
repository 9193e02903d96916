import asyncio

@__nbc_coroutine_at(2)
def w():
    __nbc_await(asyncio.sleep(1))
    return 'x'

@__nbc_coroutine_at(5)
def main():
    t = asyncio.create_task(w())
    print(__nbc_await(asyncio.gather(t, t)))
asyncio.run(main())
