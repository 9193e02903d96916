import asyncio

@__nbc_coroutine_at(3)
def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        with __nbc_acm(asyncio.timeout_at(loop.time() + 0.5)) as cm:
            print('deadline set', round(cm.when() - start, 3))
            __nbc_await(asyncio.sleep(2))
    except TimeoutError:
        print('timed out after', round(loop.time() - start, 1), cm.expired())
    with __nbc_acm(asyncio.timeout_at(None)) as cm2:
        __nbc_await(asyncio.sleep(0.1))
    print('no deadline', cm2.when(), cm2.expired())
    with __nbc_acm(asyncio.timeout(1)) as cm3:
        __nbc_await(asyncio.sleep(0.2))
    print('in time', cm3.expired())
asyncio.run(main())
