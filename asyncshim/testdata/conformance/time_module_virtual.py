import asyncio, time

@__nbc_coroutine_at(2)
def main():
    t0 = time.time()
    m0 = time.monotonic()
    p0 = time.perf_counter()
    __nbc_await(asyncio.sleep(2.5))
    print(time.time() - t0, time.monotonic() - m0, time.perf_counter() - p0)
asyncio.run(main())
