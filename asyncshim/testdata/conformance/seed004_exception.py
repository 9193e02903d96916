import asyncio

@__nbc_coroutine_at(2)
def faulty_task():
    raise ValueError('Something went wrong')

@__nbc_coroutine_at(5)
def main():
    try:
        __nbc_await(faulty_task())
    except ValueError as e:
        print(__nbc_cat('Caught an exception: ', __nbc_fmt(e, '', '')))
asyncio.run(main())
