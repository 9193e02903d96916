import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i
async def main():
    out = []
    async for x in agen(4):
        out.append(x * x)
    print(out)
    results = [await asyncio.sleep(0.1, result=i) for i in range(3)]
    print(results)
asyncio.run(main())
