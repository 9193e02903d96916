import asyncio

@__nbc_coroutine_at(2)
def stubborn():
    try:
        __nbc_await(asyncio.sleep(5))
    except asyncio.CancelledError:
        print('ignoring cancel')
    __nbc_await(asyncio.sleep(1))
    return 'finished anyway'

@__nbc_coroutine_at(9)
def main():
    t = asyncio.create_task(stubborn())
    __nbc_await(asyncio.sleep(1))
    t.cancel()
    print(__nbc_await(t))
    print(t.cancelled())
asyncio.run(main())
