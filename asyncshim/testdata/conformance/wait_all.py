import asyncio

@__nbc_coroutine_at(2)
def w(n):
    __nbc_await(asyncio.sleep(n))
    return n

@__nbc_coroutine_at(5)
def main():
    ts = [asyncio.create_task(w(i)) for i in (3, 1, 2)]
    done, pending = __nbc_await(asyncio.wait(ts))
    print(len(done), len(pending))
    print(sorted((t.result() for t in done)))
asyncio.run(main())
