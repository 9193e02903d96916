import asyncio
async def work():
    await asyncio.sleep(0)
    raise KeyError("boom")
    print("never")
async def main():
    t = asyncio.create_task(work())
    try:
        await t
    except KeyError as e:
        print("KeyError", e)
    print(t.done(), type(t.exception()).__name__)
asyncio.run(main())
