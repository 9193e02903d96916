import asyncio

@__nbc_coroutine_at(3)
def job(n):
    __nbc_await(asyncio.sleep(n))
    return n

@__nbc_coroutine_at(7)
def main():
    tasks = {asyncio.create_task(job(n), name=__nbc_cat('job', __nbc_fmt(n, '', ''))) for n in (0.3, 0.1, 0.2)}
    while tasks:
        done, tasks = __nbc_await(asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED))
        print(sorted((t.result() for t in done)), len(tasks))
    done, pending = __nbc_await(asyncio.wait([asyncio.create_task(job(1))], timeout=0.5))
    print(len(done), len(pending))
    for t in pending:
        t.cancel()
asyncio.run(main())
