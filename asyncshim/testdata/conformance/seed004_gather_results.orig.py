import asyncio
async def task_one():
    await asyncio.sleep(1)
    return "Task one result"

async def task_two():
    await asyncio.sleep(2)
    return "Task two result"

async def main():
    results = await asyncio.gather(task_one(), task_two())
    print(results)

asyncio.run(main())
