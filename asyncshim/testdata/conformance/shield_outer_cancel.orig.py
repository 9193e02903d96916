import asyncio

async def important():
    await asyncio.sleep(0.5)
    print('important work finished')
    return 'saved'

async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.ensure_future(asyncio.shield(inner))
    await asyncio.sleep(0.1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled', inner.done())
    print(await inner)

asyncio.run(main())
