import asyncio
async def w(n):
    try:
        await asyncio.sleep(n)
        print("w", n)
    except asyncio.CancelledError:
        print("w cancelled", n)
        raise
async def bad():
    await asyncio.sleep(1)
    raise ValueError("bad")
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(w(5))
            tg.create_task(bad())
    except Exception as eg:
        print("caught", type(eg).__name__, eg)
asyncio.run(main())
