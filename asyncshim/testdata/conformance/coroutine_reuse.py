import asyncio

@__nbc_coroutine
def c():
    return 1

@__nbc_coroutine
def main():
    co = c()
    print(__nbc_await(co))
    try:
        __nbc_await(co)
    except RuntimeError as e:
        print(e)
asyncio.run(main())
