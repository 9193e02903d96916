import asyncio
async def main():
    await asyncio.sleep(1)
    return "value", 42
print(asyncio.run(main()))
