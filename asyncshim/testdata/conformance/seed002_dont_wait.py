import asyncio

@__nbc_coroutine_at(3)
def main_async_function():
    print('Starting main function')
    task1 = asyncio.create_task(my_async_function1())
    task2 = asyncio.create_task(my_async_function2())
    print('main function doing other work')
    __nbc_await(asyncio.sleep(3))
    print('Done with main function')

@__nbc_coroutine_at(11)
def my_async_function1():
    print('Hello from my async function 1')
    __nbc_await(asyncio.sleep(2))
    print('Done with async function 1')

@__nbc_coroutine_at(16)
def my_async_function2():
    print('Hello from my async function 2')
    __nbc_await(asyncio.sleep(1))
    print('Done with async function 2')
asyncio.run(main_async_function())
