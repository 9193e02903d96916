import asyncio

@__nbc_coroutine
def inner():
    __nbc_await(asyncio.sleep(1))
    raise ZeroDivisionError('inner failed')

@__nbc_coroutine
def middle():
    try:
        __nbc_await(inner())
    finally:
        print('middle finally')

@__nbc_coroutine
def main():
    try:
        __nbc_await(middle())
    except ZeroDivisionError as e:
        print('main caught', e)
asyncio.run(main())
