import asyncio
async def main():
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(2)
    except TimeoutError:
        print("timed out")
    async with asyncio.timeout(3) as cm:
        await asyncio.sleep(1)
    print("expired?", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.5)
    print(cm.when())
asyncio.run(main())
