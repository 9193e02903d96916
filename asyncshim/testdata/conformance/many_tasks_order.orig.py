import asyncio
async def w(i):
    await asyncio.sleep((i % 3) * 0.5)
    return i
async def main():
    ts = [asyncio.create_task(w(i)) for i in range(9)]
    for coro in asyncio.as_completed(ts):
        print(await coro, end=" ")
    print()
asyncio.run(main())
