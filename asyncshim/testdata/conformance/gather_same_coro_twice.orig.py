import asyncio
async def w():
    await asyncio.sleep(1)
    return "x"
async def main():
    t = asyncio.create_task(w())
    print(await asyncio.gather(t, t))
asyncio.run(main())
