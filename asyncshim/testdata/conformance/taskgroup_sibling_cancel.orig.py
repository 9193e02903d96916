import asyncio

async def slow(name):
    try:
        await asyncio.sleep(1)
        print(name, 'finished')
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
    finally:
        print(name, 'finally')

async def failing():
    await asyncio.sleep(0.1)
    raise RuntimeError('boom')

# TaskGroup cancels the other tasks in the order of a set of tasks
# (CPython: by address), so one sibling only.
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow('s1'))
            tg.create_task(failing())
    except Exception as eg:
        print('caught', type(eg).__name__, len(eg.exceptions))
        for e in eg.exceptions:
            print(type(e).__name__, e)

asyncio.run(main())
