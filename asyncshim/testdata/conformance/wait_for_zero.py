import asyncio

@__nbc_coroutine_at(2)
def slow():
    __nbc_await(asyncio.sleep(5))

@__nbc_coroutine_at(4)
def main():
    try:
        __nbc_await(asyncio.wait_for(slow(), 0))
    except asyncio.TimeoutError:
        print('timed out at once')
asyncio.run(main())
