# mode: jupyter
import asyncio

@__nbc_coroutine_at(4)
def fetchData():
    print('Start fetching')
    __nbc_await(asyncio.sleep(2))
    print('Done fetching')
    return __nbc_dict('data', 1)

@__nbc_coroutine_at(10)
def printNumbers():
    for i in range(10):
        print(i)
        __nbc_await(asyncio.sleep(0.25))

@__nbc_coroutine_at(15)
def main():
    task1 = asyncio.create_task(fetchData())
    task2 = asyncio.create_task(printNumbers())
    value = __nbc_await(task1)
    print(value)
__nbc_display(__nbc_await(main()))
