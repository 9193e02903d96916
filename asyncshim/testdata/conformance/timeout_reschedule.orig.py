import asyncio
async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 1)
            await asyncio.sleep(3)
    except TimeoutError:
        print("rescheduled timeout fired", cm.expired())
    try:
        async with asyncio.timeout_at(loop.time() + 0.5):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired")
asyncio.run(main())
