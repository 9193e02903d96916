import asyncio

@__nbc_coroutine_at(2)
def foo():
    __nbc_await(asyncio.sleep(1))
    return 5

@__nbc_coroutine_at(5)
def main():
    t = asyncio.create_task(foo())
    print(t.get_name(), t.done())
    __nbc_await(t)
    print(t.get_name(), t.done(), t.result())
    t2 = asyncio.create_task(foo(), name='worker')
    print(t2.get_name())
    t2.set_name('renamed')
    print(t2.get_name())
    __nbc_await(t2)
    print(repr(t2).startswith("<Task finished name='renamed' coro=<foo() done"))
asyncio.run(main())
