import asyncio
async def ok(n):
    await asyncio.sleep(0.01 * n)
    return n
async def bad():
    await asyncio.sleep(0.005)
    raise ValueError("bad")
async def main():
    r = await asyncio.gather(ok(1), bad(), ok(2), return_exceptions=True)
    print([type(x).__name__ if isinstance(x, Exception) else x for x in r])
    try:
        await asyncio.gather(ok(1), bad())
    except ValueError as e:
        print("raised", e)
asyncio.run(main())
