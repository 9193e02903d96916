import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout_at(loop.time() + 0.5) as cm:
            print('deadline set', round(cm.when() - start, 3))
            await asyncio.sleep(2)
    except TimeoutError:
        print('timed out after', round(loop.time() - start, 1), cm.expired())
    async with asyncio.timeout_at(None) as cm2:
        await asyncio.sleep(0.1)
    print('no deadline', cm2.when(), cm2.expired())
    async with asyncio.timeout(1) as cm3:
        await asyncio.sleep(0.2)
    print('in time', cm3.expired())

asyncio.run(main())
