import asyncio
async def chain():
    for i in range(4):
        await asyncio.sleep(0.5)
    print("chain of four 0.5 done")
async def single():
    await asyncio.sleep(2)
    print("single 2 done")
async def main():
    await asyncio.gather(chain(), single())
asyncio.run(main())
