import asyncio
async def quick():
    await asyncio.sleep(1)
    return "quick"
async def main():
    print(await asyncio.wait_for(quick(), timeout=2))
    print(await asyncio.wait_for(quick(), None))
asyncio.run(main())
