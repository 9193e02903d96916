import asyncio, time

@__nbc_coroutine_at(2)
def w(n):
    __nbc_await(asyncio.sleep(n))

@__nbc_coroutine_at(4)
def main():
    start = time.monotonic()
    ts = [asyncio.create_task(w(i)) for i in (1, 5)]
    done, pending = __nbc_await(asyncio.wait(ts, timeout=2))
    print(len(done), len(pending), time.monotonic() - start)
    pending.pop().cancel()
asyncio.run(main())
