import asyncio
async def w(n):
    await asyncio.sleep(n)
    return n
async def main():
    ts = [asyncio.create_task(w(i)) for i in (3, 1, 2)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()
asyncio.run(main())
