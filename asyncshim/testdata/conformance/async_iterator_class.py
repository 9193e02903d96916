import asyncio

class Countdown:

    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    @__nbc_coroutine_at(7)
    def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        __nbc_await(asyncio.sleep(0.5))
        self.n -= 1
        return self.n

@__nbc_coroutine_at(13)
def main():
    for v in __nbc_aiter(Countdown(3)):
        print(v)
asyncio.run(main())
