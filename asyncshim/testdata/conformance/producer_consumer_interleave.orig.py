import asyncio
async def producer(q, n):
    for i in range(n):
        await asyncio.sleep(0.3)
        await q.put(i)
        print("produced", i)
async def consumer(q, n):
    for _ in range(n):
        i = await q.get()
        await asyncio.sleep(0.5)
        print("consumed", i)
async def main():
    q = asyncio.Queue()
    await asyncio.gather(producer(q, 4), consumer(q, 4))
asyncio.run(main())
