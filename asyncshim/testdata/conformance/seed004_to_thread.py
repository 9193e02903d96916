import asyncio

def blocking(n):
    return n * 2

@__nbc_coroutine_at(5)
def main():
    r = __nbc_await(asyncio.to_thread(blocking, 21))
    print('result', r)
asyncio.run(main())
