import asyncio

@__nbc_coroutine
def main():
    print(__nbc_await(asyncio.gather()))
asyncio.run(main())
