import asyncio
async def ok(n):
    await asyncio.sleep(n)
    print("ok", n)
    return n
async def bad():
    await asyncio.sleep(1)
    raise ValueError("bad one")
async def main():
    try:
        await asyncio.gather(ok(2), bad(), ok(0.5))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(2)
asyncio.run(main())
