import asyncio
async def w(n):
    await asyncio.sleep(n)
    return n
async def main():
    t1 = asyncio.create_task(w(1))
    t2 = asyncio.create_task(w(3))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(2)
    t2.cancel()
    print(await g)
asyncio.run(main())
