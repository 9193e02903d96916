import asyncio

async def waiter(cond, name):
    async with cond:
        print(name, 'waiting')
        r = await cond.wait()
        print(name, 'woke', r, cond.locked())

async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(cond, n)) for n in 'abc']
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
        print('notified', cond.locked())
    await asyncio.gather(*tasks)
    print(cond.locked())

asyncio.run(main())
