import asyncio
async def chain():
    for i in range(10):
        await asyncio.sleep(0.1)
    print("chain of ten 0.1 done")
async def single():
    await asyncio.sleep(1)
    print("single 1 done")
async def main():
    await asyncio.gather(single(), chain())
asyncio.run(main())
