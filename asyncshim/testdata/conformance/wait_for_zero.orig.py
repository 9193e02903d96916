import asyncio
async def slow():
    await asyncio.sleep(5)
async def main():
    try:
        await asyncio.wait_for(slow(), 0)
    except asyncio.TimeoutError:
        print("timed out at once")
asyncio.run(main())
