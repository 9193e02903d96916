import asyncio

class Wait:

    def __await__(self):
        yield
        return 'awaited custom'

@__nbc_coroutine_at(6)
def main():
    print(__nbc_await(Wait()))
asyncio.run(main())
