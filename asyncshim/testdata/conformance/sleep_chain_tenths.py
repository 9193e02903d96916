import asyncio

@__nbc_coroutine_at(2)
def chain():
    for i in range(10):
        __nbc_await(asyncio.sleep(0.1))
    print('chain of ten 0.1 done')

@__nbc_coroutine_at(6)
def single():
    __nbc_await(asyncio.sleep(1))
    print('single 1 done')

@__nbc_coroutine_at(9)
def main():
    __nbc_await(asyncio.gather(single(), chain()))
asyncio.run(main())
