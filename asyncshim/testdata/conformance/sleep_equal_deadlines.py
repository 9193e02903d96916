import asyncio

@__nbc_coroutine
def w(name, d):
    __nbc_await(asyncio.sleep(d))
    print(name)

@__nbc_coroutine
def main():
    __nbc_await(asyncio.gather(w('a', 1), w('b', 1), w('c', 1)))
asyncio.run(main())
