import asyncio
async def waiter(name, ev):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke")
async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(n, ev)) for n in "ab"]
    await asyncio.sleep(1)
    print("setting", ev.is_set())
    ev.set()
    await asyncio.gather(*ts)
    print(ev.is_set())
    ev.clear()
    print(ev.is_set())
asyncio.run(main())
