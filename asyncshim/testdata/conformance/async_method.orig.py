import asyncio
class Svc:
    def __init__(self, name):
        self.name = name
    async def fetch(self, d):
        await asyncio.sleep(d)
        return self.name + " fetched"
async def main():
    s = Svc("svc")
    print(await s.fetch(1))
    print(await asyncio.gather(s.fetch(2), Svc("other").fetch(1)))
    print(asyncio.iscoroutinefunction(s.fetch))
asyncio.run(main())
