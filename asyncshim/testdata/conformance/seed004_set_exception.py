import asyncio

@__nbc_coroutine_at(2)
def fail_later(future):
    __nbc_await(asyncio.sleep(1))
    future.set_exception(ValueError('An error occurred'))

@__nbc_coroutine_at(6)
def main():
    future = asyncio.Future()
    __nbc_await(asyncio.create_task(fail_later(future)))
    try:
        result = __nbc_await(future)
    except ValueError as e:
        print(__nbc_cat('Caught exception: ', __nbc_fmt(e, '', '')))
asyncio.run(main())
