import asyncio
async def worker():
    try:
        print("worker start")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("worker cancelled")
        raise
    finally:
        print("worker cleanup")
async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main saw CancelledError")
    print(t.cancelled(), t.done())
asyncio.run(main())
