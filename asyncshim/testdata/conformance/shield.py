import asyncio

@__nbc_coroutine_at(2)
def important():
    __nbc_await(asyncio.sleep(2))
    print('important finished')
    return 'done'

@__nbc_coroutine_at(6)
def main():
    t = asyncio.create_task(important())
    s = asyncio.shield(t)
    __nbc_await(asyncio.sleep(1))
    s.cancel()
    try:
        __nbc_await(s)
    except asyncio.CancelledError:
        print('shield cancelled')
    print(__nbc_await(t))
asyncio.run(main())
