import asyncio
async def w(name, d):
    await asyncio.sleep(d)
    print(name)
async def main():
    await asyncio.gather(w("a", 1), w("b", 1), w("c", 1))
asyncio.run(main())
