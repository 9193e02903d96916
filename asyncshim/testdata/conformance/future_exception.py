import asyncio

@__nbc_coroutine_at(2)
def main():
    f = asyncio.get_running_loop().create_future()
    f.set_exception(ValueError('bad'))
    print(repr(f))
    print(repr(f.exception()))
    try:
        __nbc_await(f)
    except ValueError as e:
        print('caught', e)
    g = asyncio.get_running_loop().create_future()
    g.set_exception(KeyError)
    print(type(g.exception()).__name__)
asyncio.run(main())
