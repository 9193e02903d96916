import asyncio

@__nbc_coroutine_at(2)
def main():
    __nbc_await(asyncio.sleep(1))
    raise KeyError('k')
try:
    asyncio.run(main())
except KeyError as e:
    print('KeyError', e)
