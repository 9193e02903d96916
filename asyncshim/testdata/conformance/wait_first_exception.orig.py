import asyncio
async def w(n):
    await asyncio.sleep(n)
    return n
async def bad():
    await asyncio.sleep(1.5)
    raise ValueError("x")
async def main():
    ts = [asyncio.create_task(w(1)), asyncio.create_task(bad()), asyncio.create_task(w(3))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    await asyncio.wait(pending)
asyncio.run(main())
