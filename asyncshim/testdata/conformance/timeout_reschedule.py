import asyncio

@__nbc_coroutine_at(2)
def main():
    loop = asyncio.get_running_loop()
    try:
        with __nbc_acm(asyncio.timeout(None)) as cm:
            cm.reschedule(loop.time() + 1)
            __nbc_await(asyncio.sleep(3))
    except TimeoutError:
        print('rescheduled timeout fired', cm.expired())
    try:
        with __nbc_acm(asyncio.timeout_at(loop.time() + 0.5)):
            __nbc_await(asyncio.sleep(1))
    except TimeoutError:
        print('timeout_at fired')
asyncio.run(main())
