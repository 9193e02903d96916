import asyncio
async def noop():
    pass
async def main():
    print(asyncio.current_task().get_name())
    ts = [asyncio.create_task(noop()) for _ in range(3)]
    print([t.get_name() for t in ts])
    named = asyncio.create_task(noop(), name="x")
    t4 = asyncio.ensure_future(noop())
    print(named.get_name(), t4.get_name())
    await asyncio.gather(*(ts + [named, t4]))
asyncio.run(main())
