import asyncio

@__nbc_coroutine_at(2)
def bad():
    __nbc_await(asyncio.sleep(1))
    raise RuntimeError('boom')

@__nbc_coroutine_at(5)
def main():
    t = asyncio.create_task(bad())
    try:
        __nbc_await(t)
    except RuntimeError as e:
        print('caught', e)
    print(t.done(), t.cancelled(), repr(t.exception()))
asyncio.run(main())
