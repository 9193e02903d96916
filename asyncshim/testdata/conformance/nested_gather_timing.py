import asyncio, time

@__nbc_coroutine_at(2)
def leaf(n):
    __nbc_await(asyncio.sleep(n))
    return n

@__nbc_coroutine_at(5)
def branch(a, b):
    return sum(__nbc_await(asyncio.gather(leaf(a), leaf(b))))

@__nbc_coroutine_at(7)
def main():
    t0 = time.monotonic()
    print(__nbc_await(asyncio.gather(branch(1, 2), branch(0.5, 3))))
    print('elapsed', time.monotonic() - t0)
asyncio.run(main())
