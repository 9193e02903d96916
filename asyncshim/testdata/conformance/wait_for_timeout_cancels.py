import asyncio

@__nbc_coroutine_at(2)
def slow():
    try:
        __nbc_await(asyncio.sleep(5))
    except asyncio.CancelledError:
        print('slow was cancelled')
        raise

@__nbc_coroutine_at(8)
def main():
    try:
        __nbc_await(asyncio.wait_for(slow(), 1))
    except TimeoutError as e:
        print('timeout', type(e).__name__, isinstance(e, asyncio.TimeoutError))
asyncio.run(main())
