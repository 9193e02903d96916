import asyncio

@__nbc_coroutine_at(2)
def w(name, d):
    __nbc_await(asyncio.sleep(d))
    print(name)

@__nbc_coroutine_at(5)
def main():
    __nbc_await(asyncio.gather(w('a', 1), w('b', 1), w('c', 1)))
asyncio.run(main())
