import asyncio
async def w(n):
    await asyncio.sleep(n)
    print("w", n)
    return n
async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(w(2))
        t2 = tg.create_task(w(1))
        print("tasks created")
    print("both done", t1.result(), t2.result())
asyncio.run(main())
