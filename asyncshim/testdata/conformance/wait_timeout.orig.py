import asyncio, time
async def w(n):
    await asyncio.sleep(n)
async def main():
    start = time.monotonic()
    ts = [asyncio.create_task(w(i)) for i in (1, 5)]
    done, pending = await asyncio.wait(ts, timeout=2)
    print(len(done), len(pending), time.monotonic() - start)
    pending.pop().cancel()
asyncio.run(main())
