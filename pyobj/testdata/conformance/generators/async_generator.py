import asyncio
async def agen(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("agen finally")
async def main():
    print([x async for x in agen(3)])
    g = agen(5)
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
asyncio.run(main())
