import asyncio

@__nbc_coroutine_at(2)
def ok(n):
    __nbc_await(asyncio.sleep(n))
    print('ok', n)
    return n

@__nbc_coroutine_at(6)
def bad():
    __nbc_await(asyncio.sleep(1))
    raise ValueError('bad one')

@__nbc_coroutine_at(9)
def main():
    try:
        __nbc_await(asyncio.gather(ok(2), bad(), ok(0.5)))
    except ValueError as e:
        print('gather raised', e)
    __nbc_await(asyncio.sleep(2))
asyncio.run(main())
