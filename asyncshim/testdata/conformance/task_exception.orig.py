import asyncio
async def bad():
    await asyncio.sleep(1)
    raise RuntimeError("boom")
async def main():
    t = asyncio.create_task(bad())
    try:
        await t
    except RuntimeError as e:
        print("caught", e)
    print(t.done(), t.cancelled(), repr(t.exception()))
asyncio.run(main())
