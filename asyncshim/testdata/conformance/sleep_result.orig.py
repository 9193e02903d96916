import asyncio
async def main():
    v = await asyncio.sleep(1, result="slept")
    print(v)
    print(await asyncio.sleep(0, "zero"))
    print(await asyncio.sleep(-1))
asyncio.run(main())
