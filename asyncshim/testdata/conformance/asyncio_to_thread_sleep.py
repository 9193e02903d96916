# clock: real
import asyncio, time

def blocking(n):
    time.sleep(n)
    return n

@__nbc_coroutine_at(6)
def main():
    start = time.time()
    r = __nbc_await(asyncio.gather(asyncio.to_thread(blocking, 1), asyncio.to_thread(blocking, 1)))
    print(r, round(time.time() - start, 1))
asyncio.run(main())
