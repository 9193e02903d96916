import asyncio

@__nbc_coroutine_at(2)
def c():
    return 1

@__nbc_coroutine_at(4)
def main():
    co = c()
    print(__nbc_await(co))
    try:
        __nbc_await(co)
    except RuntimeError as e:
        print(e)
asyncio.run(main())
