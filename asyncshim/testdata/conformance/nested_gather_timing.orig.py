import asyncio, time
async def leaf(n):
    await asyncio.sleep(n)
    return n
async def branch(a, b):
    return sum(await asyncio.gather(leaf(a), leaf(b)))
async def main():
    t0 = time.monotonic()
    print(await asyncio.gather(branch(1, 2), branch(0.5, 3)))
    print("elapsed", time.monotonic() - t0)
asyncio.run(main())
