import asyncio

async def my_task():
    await asyncio.sleep(3)
    return "Done"

async def main():
    try:
        result = await asyncio.wait_for(my_task(), timeout=2)
    except asyncio.TimeoutError:
        print("Task took too long!")
    else:
        print(result)

asyncio.run(main())
