import asyncio
async def worker(log):
    try:
        log.append("start")
        await asyncio.sleep(10)
        log.append("never")
    except asyncio.CancelledError:
        log.append("cancelled")
        raise
    finally:
        log.append("finally")
async def main():
    log = []
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw cancel")
    print(log, t.cancelled())
asyncio.run(main())
