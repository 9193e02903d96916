import asyncio

@__nbc_coroutine_at(2)
def quick():
    __nbc_await(asyncio.sleep(1))
    return 'quick'

@__nbc_coroutine_at(5)
def main():
    print(__nbc_await(asyncio.wait_for(quick(), timeout=2)))
    print(__nbc_await(asyncio.wait_for(quick(), None)))
asyncio.run(main())
