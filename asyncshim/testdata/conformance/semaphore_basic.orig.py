import asyncio
async def w(n, sem):
    async with sem:
        print("start", n)
        await asyncio.sleep(1)
        print("end", n)
async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(w(i, sem) for i in range(5)))
    b = asyncio.BoundedSemaphore(1)
    try:
        b.release()
    except ValueError as e:
        print(e)
asyncio.run(main())
