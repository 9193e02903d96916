import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('inner cancelled, cleaning up')
        await asyncio.sleep(0.5)
        print('cleanup done')
        raise

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        await asyncio.wait_for(stubborn(), timeout=1)
    except asyncio.TimeoutError:
        print('timeout after', round(loop.time() - t0, 1))

asyncio.run(main())
