import asyncio

@__nbc_coroutine_at(2)
def noop():
    pass

@__nbc_coroutine_at(4)
def main():
    print(asyncio.current_task().get_name())
    ts = [asyncio.create_task(noop()) for _ in range(3)]
    print([t.get_name() for t in ts])
    named = asyncio.create_task(noop(), name='x')
    t4 = asyncio.ensure_future(noop())
    print(named.get_name(), t4.get_name())
    __nbc_await(asyncio.gather(*ts + [named, t4]))
asyncio.run(main())
