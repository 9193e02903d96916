import asyncio
async def w():
    await asyncio.sleep(1)
    return "in time"
async def main():
    t = asyncio.create_task(w())
    print(await asyncio.wait_for(t, 1.5))
    print(t.done())
asyncio.run(main())
