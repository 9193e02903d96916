import asyncio

@__nbc_coroutine
def chain():
    for i in range(10):
        __nbc_await(asyncio.sleep(0.1))
    print('chain of ten 0.1 done')

@__nbc_coroutine
def single():
    __nbc_await(asyncio.sleep(1))
    print('single 1 done')

@__nbc_coroutine
def main():
    __nbc_await(asyncio.gather(single(), chain()))
asyncio.run(main())
