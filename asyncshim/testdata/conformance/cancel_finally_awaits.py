import asyncio

@__nbc_coroutine_at(3)
def worker():
    try:
        print('working')
        __nbc_await(asyncio.sleep(5))
    finally:
        print('finally: releasing')
        __nbc_await(asyncio.sleep(0.2))
        print('finally: released')

@__nbc_coroutine_at(12)
def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    t = asyncio.create_task(worker())
    __nbc_await(asyncio.sleep(0.1))
    t.cancel('stop now')
    try:
        __nbc_await(t)
    except asyncio.CancelledError as e:
        print('cancelled with', e.args, round(loop.time() - t0, 1))
    print(t.cancelled(), t.done())
asyncio.run(main())
