import asyncio

@__nbc_coroutine_at(2)
def forever():
    try:
        __nbc_await(asyncio.sleep(100))
    except asyncio.CancelledError:
        print('leftover cancelled at shutdown')
        raise

@__nbc_coroutine_at(8)
def main():
    asyncio.create_task(forever())
    __nbc_await(asyncio.sleep(1))
    print('main done')
asyncio.run(main())
print('after run')
