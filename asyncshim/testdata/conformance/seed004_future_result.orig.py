import asyncio

async def wait_for_result(future):
    await asyncio.sleep(1)
    future.set_result("Result is ready!")
    print("Result set!")

async def main():
    future = asyncio.Future()
    await asyncio.create_task(wait_for_result(future))
    print(await future)

asyncio.run(main())
