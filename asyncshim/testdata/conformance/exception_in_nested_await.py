import asyncio

@__nbc_coroutine_at(2)
def inner():
    __nbc_await(asyncio.sleep(1))
    raise ZeroDivisionError('inner failed')

@__nbc_coroutine_at(5)
def middle():
    try:
        __nbc_await(inner())
    finally:
        print('middle finally')

@__nbc_coroutine_at(10)
def main():
    try:
        __nbc_await(middle())
    except ZeroDivisionError as e:
        print('main caught', e)
asyncio.run(main())
