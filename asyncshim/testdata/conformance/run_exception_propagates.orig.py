import asyncio
async def main():
    await asyncio.sleep(1)
    raise KeyError("k")
try:
    asyncio.run(main())
except KeyError as e:
    print("KeyError", e)
