import asyncio
async def ok(n):
    await asyncio.sleep(n)
    return n
async def bad():
    raise ValueError("bad one")
async def main():
    res = await asyncio.gather(ok(1), bad(), ok(2), return_exceptions=True)
    print(res)
asyncio.run(main())
