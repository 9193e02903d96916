import asyncio
async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        print(name, "got", items.pop(0))
async def main():
    cond = asyncio.Condition()
    items = []
    ts = [asyncio.create_task(consumer(cond, items, n)) for n in ("c1", "c2")]
    await asyncio.sleep(1)
    async with cond:
        items.append("x")
        items.append("y")
        cond.notify_all()
    await asyncio.gather(*ts)
asyncio.run(main())
