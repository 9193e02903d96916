import asyncio

@__nbc_coroutine_at(3)
def stubborn():
    try:
        __nbc_await(asyncio.sleep(10))
    except asyncio.CancelledError:
        print('inner cancelled, cleaning up')
        __nbc_await(asyncio.sleep(0.5))
        print('cleanup done')
        raise

@__nbc_coroutine_at(12)
def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        __nbc_await(asyncio.wait_for(stubborn(), timeout=1))
    except asyncio.TimeoutError:
        print('timeout after', round(loop.time() - t0, 1))
asyncio.run(main())
