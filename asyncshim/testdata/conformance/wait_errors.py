import asyncio

@__nbc_coroutine_at(2)
def c():
    pass

@__nbc_coroutine_at(4)
def main():
    try:
        __nbc_await(asyncio.wait([]))
    except ValueError as e:
        print(e)
    co = c()
    try:
        __nbc_await(asyncio.wait([co]))
    except TypeError as e:
        print(e)
    co.close()
asyncio.run(main())
