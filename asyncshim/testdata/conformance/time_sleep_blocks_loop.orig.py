import asyncio, time
async def other():
    print("other runs")
async def main():
    asyncio.create_task(other())
    t0 = time.monotonic()
    time.sleep(1)
    print("blocked for", time.monotonic() - t0)
    await asyncio.sleep(0)
    print("main resumes")
asyncio.run(main())
