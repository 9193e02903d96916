import asyncio
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.5)
        self.n -= 1
        return self.n
async def main():
    async for v in Countdown(3):
        print(v)
asyncio.run(main())
