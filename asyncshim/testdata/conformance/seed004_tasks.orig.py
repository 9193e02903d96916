import asyncio

async def task_one():
    print("Task one start")
    await asyncio.sleep(2)
    print("Task one done")

async def task_two():
    print("Task two start")
    await asyncio.sleep(1)
    print("Task two done")

async def main():
    task1 = asyncio.create_task(task_one())
    task2 = asyncio.create_task(task_two())
    await task1
    await task2

asyncio.run(main())
