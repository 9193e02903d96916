import asyncio
async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(name, "done", item)
        q.task_done()
async def main():
    q = asyncio.Queue()
    for i in (3, 1, 2, 1):
        q.put_nowait(i)
    ws = [asyncio.create_task(worker("w%d" % i, q)) for i in range(2)]
    await q.join()
    print("all work done")
    for w in ws:
        w.cancel()
    await asyncio.gather(*ws, return_exceptions=True)
asyncio.run(main())
