import asyncio
async def w():
    await asyncio.sleep(5)
async def main():
    t = asyncio.create_task(w())
    await asyncio.sleep(0)
    print(t.cancelling())
    t.cancel()
    t.cancel()
    print(t.cancelling())
    print(t.uncancel())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
asyncio.run(main())
