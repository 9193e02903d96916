import asyncio
async def slow_operation():
    await asyncio.sleep(2)
    return "Slow operation result"

async def main():
    future = asyncio.ensure_future(slow_operation())
    await asyncio.sleep(1)
    result = await future
    print(result)

asyncio.run(main())
