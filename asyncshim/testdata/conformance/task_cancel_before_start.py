import asyncio

@__nbc_coroutine_at(2)
def worker():
    print('never printed')

@__nbc_coroutine_at(4)
def main():
    t = asyncio.create_task(worker())
    t.cancel()
    try:
        __nbc_await(t)
    except asyncio.CancelledError:
        print('cancelled before start', t.cancelled())
asyncio.run(main())
