import asyncio

@__nbc_coroutine_at(2)
def ok(n):
    __nbc_await(asyncio.sleep(n))
    return n

@__nbc_coroutine_at(5)
def bad():
    raise ValueError('bad one')

@__nbc_coroutine_at(7)
def main():
    res = __nbc_await(asyncio.gather(ok(1), bad(), ok(2), return_exceptions=True))
    print(res)
asyncio.run(main())
