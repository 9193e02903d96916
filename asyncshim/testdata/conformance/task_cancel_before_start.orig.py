import asyncio
async def worker():
    print("never printed")
async def main():
    t = asyncio.create_task(worker())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start", t.cancelled())
asyncio.run(main())
