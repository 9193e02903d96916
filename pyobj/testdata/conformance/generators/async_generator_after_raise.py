import asyncio
async def agen():
    yield 1
    raise ValueError("in agen")
    yield 2
async def main():
    g = agen()
    print(await g.__anext__())
    try:
        await g.__anext__()
    except ValueError as e:
        print("ValueError", e)
    try:
        print(await g.__anext__())
    except StopAsyncIteration:
        print("StopAsyncIteration")
asyncio.run(main())
