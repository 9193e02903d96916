import asyncio

@__nbc_coroutine_at(3)
def important():
    __nbc_await(asyncio.sleep(0.5))
    print('important work finished')
    return 'saved'

@__nbc_coroutine_at(8)
def main():
    inner = asyncio.create_task(important())
    outer = asyncio.ensure_future(asyncio.shield(inner))
    __nbc_await(asyncio.sleep(0.1))
    outer.cancel()
    try:
        __nbc_await(outer)
    except asyncio.CancelledError:
        print('outer cancelled', inner.done())
    print(__nbc_await(inner))
asyncio.run(main())
