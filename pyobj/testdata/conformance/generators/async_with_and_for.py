import asyncio
class ACM:
    async def __aenter__(self):
        print("aenter")
        return self
    async def __aexit__(self, t, v, tb):
        print("aexit", t.__name__ if t else None)
        return True
class AIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        return self.i
async def main():
    async with ACM() as c:
        async for v in AIt():
            print("v", v)
        raise KeyError
    print("after", [v async for v in AIt()])
asyncio.run(main())
