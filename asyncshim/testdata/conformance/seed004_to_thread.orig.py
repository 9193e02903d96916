import asyncio
def blocking(n):
    return n * 2

async def main():
    r = await asyncio.to_thread(blocking, 21)
    print("result", r)

asyncio.run(main())
