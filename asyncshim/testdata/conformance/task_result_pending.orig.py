import asyncio
async def w():
    await asyncio.sleep(1)
async def main():
    t = asyncio.create_task(w())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError", e)
    await t
asyncio.run(main())
