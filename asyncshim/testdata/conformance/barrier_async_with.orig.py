import asyncio

barrier = asyncio.Barrier(3)

async def service(name, delay):
    print('service', name, 'ready')
    await asyncio.sleep(delay)
    async with barrier as position:
        print('started service', name, 'at position', position, barrier.n_waiting)
    return name

async def main():
    async with asyncio.TaskGroup() as g:
        tasks = [g.create_task(service(n, d)) for n, d in (('a', 0.3), ('b', 0.1), ('c', 0.2))]
    print([t.result() for t in tasks], barrier)
    async with asyncio.TaskGroup() as g:
        for n in 'xyz':
            g.create_task(service(n, 0))
    print(barrier)

asyncio.run(main())
