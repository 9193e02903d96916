import asyncio
async def ticker(n):
    for i in range(n):
        await asyncio.sleep(1)
        yield i
async def main():
    async for v in ticker(3):
        print("tick", v)
    agen = ticker(2)
    print(await agen.__anext__())
    print(await agen.__anext__())
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("exhausted")
asyncio.run(main())
