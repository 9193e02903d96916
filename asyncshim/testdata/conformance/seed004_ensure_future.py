import asyncio

@__nbc_coroutine_at(2)
def slow_operation():
    __nbc_await(asyncio.sleep(2))
    return 'Slow operation result'

@__nbc_coroutine_at(6)
def main():
    future = asyncio.ensure_future(slow_operation())
    __nbc_await(asyncio.sleep(1))
    result = __nbc_await(future)
    print(result)
asyncio.run(main())
