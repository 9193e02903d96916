import asyncio
async def set_future_value(fut):
    await asyncio.sleep(2)
    fut.set_result("Future is done!")

async def main():
    fut = asyncio.Future()
    asyncio.create_task(set_future_value(fut))
    print(await fut)

asyncio.run(main())
