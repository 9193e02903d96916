import asyncio

async def main_async_function():
    print("Starting main function")
    result1, result2 = await asyncio.gather(my_async_function1(), my_async_function2())
    print("Done with main function")
    return result1, result2

async def my_async_function1():
    print("Hello from my async function 1")
    await asyncio.sleep(3)
    print("Done with async function 1")
    return "my_async_function1 result"

async def my_async_function2():
    print("Hello from my async function 2")
    await asyncio.sleep(2)
    print("Done with async function 2")
    return "my_async_function2 result"

result = asyncio.run(main_async_function())
print(result)
