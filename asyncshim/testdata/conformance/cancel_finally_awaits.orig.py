import asyncio

async def worker():
    try:
        print('working')
        await asyncio.sleep(5)
    finally:
        print('finally: releasing')
        await asyncio.sleep(0.2)
        print('finally: released')

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    t.cancel('stop now')
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled with', e.args, round(loop.time() - t0, 1))
    print(t.cancelled(), t.done())

asyncio.run(main())
