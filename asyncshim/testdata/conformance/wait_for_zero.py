import asyncio

@__nbc_coroutine
def slow():
    __nbc_await(asyncio.sleep(5))

@__nbc_coroutine
def main():
    try:
        __nbc_await(asyncio.wait_for(slow(), 0))
    except asyncio.TimeoutError:
        print('timed out at once')
asyncio.run(main())
