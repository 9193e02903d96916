import asyncio
async def important():
    await asyncio.sleep(2)
    print("important finished")
    return "done"
async def main():
    t = asyncio.create_task(important())
    s = asyncio.shield(t)
    await asyncio.sleep(1)
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("shield cancelled")
    print(await t)
asyncio.run(main())
