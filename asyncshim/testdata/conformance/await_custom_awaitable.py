import asyncio

class Wait:

    def __await__(self):
        yield
        return 'awaited custom'

@__nbc_coroutine
def main():
    print(__nbc_await(Wait()))
asyncio.run(main())
