import asyncio

@__nbc_coroutine_at(3)
def work():
    __nbc_await(asyncio.sleep(0))
    return 1

@__nbc_coroutine_at(7)
def main():
    t = asyncio.create_task(work())
    print(t.get_name())
    t.set_name('renamed')
    print(t.get_name(), t.get_coro().__name__, t.get_coro().__qualname__)
    t.set_name(42)
    print(repr(t.get_name()))
    __nbc_await(t)
    me = asyncio.current_task()
    print(me.get_name(), me.get_coro().__name__, me.done())
    print(t)
asyncio.run(main())
