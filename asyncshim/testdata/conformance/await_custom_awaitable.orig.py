import asyncio
class Wait:
    def __await__(self):
        yield
        return "awaited custom"
async def main():
    print(await Wait())
asyncio.run(main())
