import asyncio

@__nbc_coroutine_at(3)
def leaf(name, d):
    __nbc_await(asyncio.sleep(d))
    print('leaf', name)
    return name

@__nbc_coroutine_at(8)
def main():
    inner1 = asyncio.gather(leaf('a', 0.3), leaf('b', 0.1))
    inner2 = asyncio.gather(leaf('c', 0.2), leaf('d', 0.4))
    res = __nbc_await(asyncio.gather(inner1, inner2, leaf('e', 0)))
    print(res)
    print(inner1.done(), inner1.result())
asyncio.run(main())
