import asyncio
async def w(n):
    try:
        await asyncio.sleep(n)
        print("finished", n)
    except asyncio.CancelledError:
        print("cancelled", n)
        raise
async def main():
    g = asyncio.gather(w(1), w(5))
    await asyncio.sleep(2)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
asyncio.run(main())
