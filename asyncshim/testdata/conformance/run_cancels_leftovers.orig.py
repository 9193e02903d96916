import asyncio
async def forever():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("leftover cancelled at shutdown")
        raise
async def main():
    asyncio.create_task(forever())
    await asyncio.sleep(1)
    print("main done")
asyncio.run(main())
print("after run")
