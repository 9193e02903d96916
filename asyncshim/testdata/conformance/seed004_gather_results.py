import asyncio

@__nbc_coroutine_at(2)
def task_one():
    __nbc_await(asyncio.sleep(1))
    return 'Task one result'

@__nbc_coroutine_at(6)
def task_two():
    __nbc_await(asyncio.sleep(2))
    return 'Task two result'

@__nbc_coroutine_at(10)
def main():
    results = __nbc_await(asyncio.gather(task_one(), task_two()))
    print(results)
asyncio.run(main())
