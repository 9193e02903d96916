import asyncio

@__nbc_coroutine_at(2)
def w(n):
    __nbc_await(asyncio.sleep(n))
    return n

@__nbc_coroutine_at(5)
def main():
    ts = [asyncio.create_task(w(i)) for i in (3, 1, 2)]
    done, pending = __nbc_await(asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED))
    print([t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()
asyncio.run(main())
