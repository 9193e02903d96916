import asyncio

@__nbc_coroutine_at(2)
def worker(name, q):
    while True:
        item = __nbc_await(q.get())
        __nbc_await(asyncio.sleep(item))
        print(name, 'done', item)
        q.task_done()

@__nbc_coroutine_at(8)
def main():
    q = asyncio.Queue()
    for i in (3, 1, 2, 1):
        q.put_nowait(i)
    ws = [asyncio.create_task(worker('w%d' % i, q)) for i in range(2)]
    __nbc_await(q.join())
    print('all work done')
    for w in ws:
        w.cancel()
    __nbc_await(asyncio.gather(*ws, return_exceptions=True))
asyncio.run(main())
