import asyncio
async def val(v):
    await asyncio.sleep(0.01)
    return v
def noise(a, b, c):
    return a
async def main():
    fut = asyncio.gather(val(1), val(2), val(3))
    for i in range(10):
        noise(i, i, i)
    print(await fut)
    t = asyncio.create_task(val("task"))
    noise(0, 0, 0)
    print(await t)
asyncio.run(main())
