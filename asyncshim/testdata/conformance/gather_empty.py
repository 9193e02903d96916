import asyncio

@__nbc_coroutine_at(2)
def main():
    print(__nbc_await(asyncio.gather()))
asyncio.run(main())
