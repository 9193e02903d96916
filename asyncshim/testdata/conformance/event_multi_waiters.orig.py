import asyncio

async def waiter(ev, name):
    print(name, 'waiting', ev.is_set())
    r = await ev.wait()
    print(name, 'released', r)

async def main():
    ev = asyncio.Event()
    print(ev)
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ('w1', 'w2', 'w3')]
    await asyncio.sleep(0.1)
    ev.set()
    print(ev)
    await asyncio.gather(*tasks)
    ev.clear()
    print(ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.1)
    except TimeoutError:
        print('timed out waiting')

asyncio.run(main())
