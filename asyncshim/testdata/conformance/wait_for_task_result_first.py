import asyncio

@__nbc_coroutine_at(2)
def w():
    __nbc_await(asyncio.sleep(1))
    return 'in time'

@__nbc_coroutine_at(5)
def main():
    t = asyncio.create_task(w())
    print(__nbc_await(asyncio.wait_for(t, 1.5)))
    print(t.done())
asyncio.run(main())
