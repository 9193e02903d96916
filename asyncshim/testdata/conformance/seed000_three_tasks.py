import asyncio, time

@__nbc_coroutine_at(2)
def func(id, sleep_time):
    print(__nbc_cat('coroutine ', __nbc_fmt(id, '', ''), ' executing'))
    __nbc_await(asyncio.sleep(sleep_time))
    print(__nbc_cat('coroutine ', __nbc_fmt(id, '', ''), ' done'))

@__nbc_coroutine_at(7)
def main():
    task1 = asyncio.create_task(func(1, 1))
    task2 = asyncio.create_task(func(2, 3))
    task3 = asyncio.create_task(func(3, 2))
    __nbc_await(task1)
    __nbc_await(task2)
    __nbc_await(task3)
start = time.time()
asyncio.run(main())
print(time.time() - start)
print('All tasks are done')
