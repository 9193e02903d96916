import asyncio

@__nbc_asyncgen
def agen(n):
    for i in range(n):
        __nbc_await(asyncio.sleep(0.1))
        yield i

@__nbc_coroutine_at(6)
def main():
    out = []
    for x in __nbc_aiter(agen(4)):
        out.append(x * x)
    print(out)
    results = [__nbc_await(asyncio.sleep(0.1, result=i)) for i in range(3)]
    print(results)
asyncio.run(main())
