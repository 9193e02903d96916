import asyncio

@__nbc_coroutine_at(2)
def main():
    try:
        with __nbc_acm(asyncio.timeout(1)):
            __nbc_await(asyncio.sleep(2))
    except TimeoutError:
        print('timed out')
    with __nbc_acm(asyncio.timeout(3)) as cm:
        __nbc_await(asyncio.sleep(1))
    print('expired?', cm.expired())
    with __nbc_acm(asyncio.timeout(None)) as cm:
        __nbc_await(asyncio.sleep(0.5))
    print(cm.when())
asyncio.run(main())
