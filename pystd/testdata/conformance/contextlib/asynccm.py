import asyncio
from contextlib import asynccontextmanager, AsyncExitStack, nullcontext


@asynccontextmanager
async def session(name):
    print('open', name)
    await asyncio.sleep(0.1)
    try:
        yield name.upper()
    finally:
        print('close', name)


async def main():
    async with session('db') as s:
        print('using', s)
    try:
        async with session('x'):
            raise ValueError('fail')
    except ValueError as e:
        print('ValueError', e)
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(session('a'))
        b = await stack.enter_async_context(session('b'))
        print(a, b)
    async with nullcontext(5) as v:
        print(v)


asyncio.run(main())
