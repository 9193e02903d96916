import asyncio

@__nbc_asyncgen
def ticker(n):
    for i in range(n):
        __nbc_await(asyncio.sleep(1))
        yield i

@__nbc_coroutine_at(6)
def main():
    for v in __nbc_aiter(ticker(3)):
        print('tick', v)
    agen = ticker(2)
    print(__nbc_await(agen.__anext__()))
    print(__nbc_await(agen.__anext__()))
    try:
        __nbc_await(agen.__anext__())
    except StopAsyncIteration:
        print('exhausted')
asyncio.run(main())
