import asyncio

def deco(f):
    return f

@deco
async def decorated():
    await asyncio.sleep(0)

async def plain(
    x,
):
    """A docstring."""
    await asyncio.sleep(0)

class C:
    async def method(self):
        await asyncio.sleep(0)

    @staticmethod
    async def static():
        return 1

async def main():
    tasks = [asyncio.create_task(c) for c in (decorated(), plain(1), C().method(), C.static())]
    for t in tasks:
        print(t)
    await asyncio.gather(*tasks)
    for t in tasks:
        print(t)

asyncio.run(main())
# %%


async def in_second_cell():
    pass

async def main2():
    t = asyncio.ensure_future(in_second_cell())
    print(t)
    await t
    print(t)

asyncio.run(main2())
