import asyncio

@__nbc_coroutine_at(2)
def w(n):
    try:
        __nbc_await(asyncio.sleep(n))
        print('w', n)
    except asyncio.CancelledError:
        print('w cancelled', n)
        raise

@__nbc_coroutine_at(9)
def bad():
    __nbc_await(asyncio.sleep(1))
    raise ValueError('bad')

@__nbc_coroutine_at(12)
def main():
    try:
        with __nbc_acm(asyncio.TaskGroup()) as tg:
            tg.create_task(w(5))
            tg.create_task(bad())
    except Exception as eg:
        print('caught', type(eg).__name__, eg)
asyncio.run(main())
