import asyncio

@__nbc_coroutine_at(3)
def main_async_function():
    print('Starting main function')
    task1 = asyncio.create_task(my_async_function1())
    task2 = asyncio.create_task(my_async_function2())
    result1 = __nbc_await(task1)
    result2 = __nbc_await(task2)
    print('Done with main function')
    return (result1, result2)

@__nbc_coroutine_at(12)
def my_async_function1():
    print('Hello from my async function 1')
    __nbc_await(asyncio.sleep(3))
    print('Done with async function 1')
    return 'my_async_function1 result'

@__nbc_coroutine_at(18)
def my_async_function2():
    print('Hello from my async function 2')
    __nbc_await(asyncio.sleep(2))
    print('Done with async function 2')
    return 'my_async_function2 result'
result = asyncio.run(main_async_function())
print(result)
