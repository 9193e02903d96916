import asyncio

@__nbc_coroutine_at(2)
def worker():
    __nbc_await(asyncio.sleep(5))

@__nbc_coroutine_at(4)
def main():
    t = asyncio.create_task(worker())
    __nbc_await(asyncio.sleep(0))
    t.cancel('because')
    try:
        __nbc_await(t)
    except asyncio.CancelledError as e:
        print('args', e.args)
asyncio.run(main())
