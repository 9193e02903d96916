import asyncio
async def w(n):
    print("start", n)
    await asyncio.sleep(0)
    print("resume", n)
async def main():
    for i in range(3):
        asyncio.create_task(w(i))
    print("created")
    await asyncio.sleep(0)
    print("main after first yield")
    await asyncio.sleep(0)
    print("main after second yield")
    await asyncio.sleep(0)
asyncio.run(main())
