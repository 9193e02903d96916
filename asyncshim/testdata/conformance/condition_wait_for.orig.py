import asyncio

items = []

async def consumer(cond, name):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        print(name, 'got', items.pop(0))

async def producer(cond):
    for i in range(3):
        await asyncio.sleep(0.1)
        async with cond:
            items.append(i)
            cond.notify(1)
            print('produced', i)

async def main():
    cond = asyncio.Condition()
    await asyncio.gather(consumer(cond, 'c1'), consumer(cond, 'c2'), consumer(cond, 'c3'), producer(cond))
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
