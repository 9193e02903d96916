import asyncio
class Res:
    async def __aenter__(self):
        print("enter")
        await asyncio.sleep(1)
        return "resource"
    async def __aexit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return False
async def main():
    async with Res() as r:
        print("using", r)
    try:
        async with Res():
            raise ValueError("inside")
    except ValueError:
        print("propagated")
asyncio.run(main())
