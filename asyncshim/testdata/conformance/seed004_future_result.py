import asyncio

@__nbc_coroutine_at(3)
def wait_for_result(future):
    __nbc_await(asyncio.sleep(1))
    future.set_result('Result is ready!')
    print('Result set!')

@__nbc_coroutine_at(8)
def main():
    future = asyncio.Future()
    __nbc_await(asyncio.create_task(wait_for_result(future)))
    print(__nbc_await(future))
asyncio.run(main())
