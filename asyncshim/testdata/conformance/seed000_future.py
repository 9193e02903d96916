import asyncio

@__nbc_coroutine_at(2)
def set_future_value(fut):
    __nbc_await(asyncio.sleep(2))
    fut.set_result('Future is done!')

@__nbc_coroutine_at(6)
def main():
    fut = asyncio.Future()
    asyncio.create_task(set_future_value(fut))
    print(__nbc_await(fut))
asyncio.run(main())
