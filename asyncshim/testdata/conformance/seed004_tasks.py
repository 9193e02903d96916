import asyncio

@__nbc_coroutine_at(3)
def task_one():
    print('Task one start')
    __nbc_await(asyncio.sleep(2))
    print('Task one done')

@__nbc_coroutine_at(8)
def task_two():
    print('Task two start')
    __nbc_await(asyncio.sleep(1))
    print('Task two done')

@__nbc_coroutine_at(13)
def main():
    task1 = asyncio.create_task(task_one())
    task2 = asyncio.create_task(task_two())
    __nbc_await(task1)
    __nbc_await(task2)
asyncio.run(main())
