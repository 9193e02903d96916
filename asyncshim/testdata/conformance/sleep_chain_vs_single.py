import asyncio

@__nbc_coroutine_at(2)
def chain():
    for i in range(4):
        __nbc_await(asyncio.sleep(0.5))
    print('chain of four 0.5 done')

@__nbc_coroutine_at(6)
def single():
    __nbc_await(asyncio.sleep(2))
    print('single 2 done')

@__nbc_coroutine_at(9)
def main():
    __nbc_await(asyncio.gather(chain(), single()))
asyncio.run(main())
