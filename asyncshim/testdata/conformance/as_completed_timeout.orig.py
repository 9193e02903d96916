import asyncio
async def w(n):
    await asyncio.sleep(n)
    return n
async def main():
    try:
        for fut in asyncio.as_completed([w(1), w(5)], timeout=2):
            print(await fut)
    except asyncio.TimeoutError:
        print("as_completed timed out")
asyncio.run(main())
