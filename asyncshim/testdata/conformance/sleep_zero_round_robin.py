import asyncio

@__nbc_coroutine_at(3)
def ticker(name, n):
    for i in range(n):
        print(name, i)
        __nbc_await(asyncio.sleep(0))

@__nbc_coroutine_at(8)
def main():
    __nbc_await(asyncio.gather(ticker('a', 3), ticker('b', 2), ticker('c', 4)))
asyncio.run(main())
