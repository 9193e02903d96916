import asyncio

@__nbc_coroutine_at(3)
def my_task():
    __nbc_await(asyncio.sleep(3))
    return 'Done'

@__nbc_coroutine_at(7)
def main():
    try:
        result = __nbc_await(asyncio.wait_for(my_task(), timeout=2))
    except asyncio.TimeoutError:
        print('Task took too long!')
    else:
        print(result)
asyncio.run(main())
