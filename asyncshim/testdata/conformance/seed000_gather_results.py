import asyncio

@__nbc_coroutine_at(2)
def func(id, sleep_time):
    print(__nbc_cat('coroutine ', __nbc_fmt(id, '', ''), ' executing'))
    __nbc_await(asyncio.sleep(sleep_time))
    print(__nbc_cat('coroutine ', __nbc_fmt(id, '', ''), ' done'))
    return __nbc_cat('result of ', __nbc_fmt(id, '', ''))

@__nbc_coroutine_at(8)
def main():
    results = __nbc_await(asyncio.gather(func(1, 2), func(2, 3), func(3, 1)))
    for result in results:
        print(__nbc_cat('Received Results : '), result)
asyncio.run(main())
