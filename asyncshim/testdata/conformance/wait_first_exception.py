import asyncio

@__nbc_coroutine_at(2)
def w(n):
    __nbc_await(asyncio.sleep(n))
    return n

@__nbc_coroutine_at(5)
def bad():
    __nbc_await(asyncio.sleep(1.5))
    raise ValueError('x')

@__nbc_coroutine_at(8)
def main():
    ts = [asyncio.create_task(w(1)), asyncio.create_task(bad()), asyncio.create_task(w(3))]
    done, pending = __nbc_await(asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION))
    print(len(done), len(pending))
    __nbc_await(asyncio.wait(pending))
asyncio.run(main())
