import asyncio

@__nbc_coroutine
def chain():
    for i in range(4):
        __nbc_await(asyncio.sleep(0.5))
    print('chain of four 0.5 done')

@__nbc_coroutine
def single():
    __nbc_await(asyncio.sleep(2))
    print('single 2 done')

@__nbc_coroutine
def main():
    __nbc_await(asyncio.gather(chain(), single()))
asyncio.run(main())
