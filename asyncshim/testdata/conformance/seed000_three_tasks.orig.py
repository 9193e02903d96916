import asyncio, time
async def func(id, sleep_time):
    print(f"coroutine {id} executing")
    await asyncio.sleep(sleep_time)
    print(f'coroutine {id} done')

async def main():
    task1 = asyncio.create_task(func(1, 1))
    task2 = asyncio.create_task(func(2, 3))
    task3 = asyncio.create_task(func(3, 2))
    await task1
    await task2
    await task3

start = time.time()
asyncio.run(main())
print(time.time() - start)
print("All tasks are done")
