import asyncio

@__nbc_coroutine_at(2)
def w():
    __nbc_await(asyncio.sleep(5))

@__nbc_coroutine_at(4)
def main():
    t = asyncio.create_task(w())
    __nbc_await(asyncio.sleep(0))
    print(t.cancelling())
    t.cancel()
    t.cancel()
    print(t.cancelling())
    print(t.uncancel())
    try:
        __nbc_await(t)
    except asyncio.CancelledError:
        print('cancelled')
asyncio.run(main())
