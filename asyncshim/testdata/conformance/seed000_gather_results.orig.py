import asyncio
async def func(id, sleep_time):
    print(f"coroutine {id} executing")
    await asyncio.sleep(sleep_time)
    print(f'coroutine {id} done')
    return f"result of {id}"

async def main():
    results = await asyncio.gather(func(1,2), func(2,3), func(3,1))
    for result in results:
        print(f'Received Results : ', result)

asyncio.run(main())
