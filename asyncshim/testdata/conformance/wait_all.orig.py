import asyncio
async def w(n):
    await asyncio.sleep(n)
    return n
async def main():
    ts = [asyncio.create_task(w(i)) for i in (3, 1, 2)]
    done, pending = await asyncio.wait(ts)
    print(len(done), len(pending))
    print(sorted(t.result() for t in done))
asyncio.run(main())
