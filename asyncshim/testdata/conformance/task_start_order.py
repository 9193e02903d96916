import asyncio

@__nbc_coroutine_at(2)
def w(n):
    print('start', n)
    __nbc_await(asyncio.sleep(0))
    print('resume', n)

@__nbc_coroutine_at(6)
def main():
    for i in range(3):
        asyncio.create_task(w(i))
    print('created')
    __nbc_await(asyncio.sleep(0))
    print('main after first yield')
    __nbc_await(asyncio.sleep(0))
    print('main after second yield')
    __nbc_await(asyncio.sleep(0))
asyncio.run(main())
