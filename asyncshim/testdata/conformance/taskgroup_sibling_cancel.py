import asyncio

@__nbc_coroutine_at(3)
def slow(name):
    try:
        __nbc_await(asyncio.sleep(1))
        print(name, 'finished')
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
    finally:
        print(name, 'finally')

@__nbc_coroutine_at(13)
def failing():
    __nbc_await(asyncio.sleep(0.1))
    raise RuntimeError('boom')

@__nbc_coroutine_at(19)
def main():
    try:
        with __nbc_acm(asyncio.TaskGroup()) as tg:
            tg.create_task(slow('s1'))
            tg.create_task(failing())
    except Exception as eg:
        print('caught', type(eg).__name__, len(eg.exceptions))
        for e in eg.exceptions:
            print(type(e).__name__, e)
asyncio.run(main())
