import asyncio

@__nbc_coroutine_at(2)
def worker():
    try:
        print('worker start')
        __nbc_await(asyncio.sleep(10))
    except asyncio.CancelledError:
        print('worker cancelled')
        raise
    finally:
        print('worker cleanup')

@__nbc_coroutine_at(11)
def main():
    t = asyncio.create_task(worker())
    __nbc_await(asyncio.sleep(1))
    print(t.cancel())
    try:
        __nbc_await(t)
    except asyncio.CancelledError:
        print('main saw CancelledError')
    print(t.cancelled(), t.done())
asyncio.run(main())
