import asyncio
async def worker():
    await asyncio.sleep(5)
async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel("because")
    try:
        await t
    except asyncio.CancelledError as e:
        print("args", e.args)
asyncio.run(main())
