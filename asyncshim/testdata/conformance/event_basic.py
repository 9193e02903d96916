import asyncio

@__nbc_coroutine_at(2)
def waiter(name, ev):
    print(name, 'waiting')
    __nbc_await(ev.wait())
    print(name, 'woke')

@__nbc_coroutine_at(6)
def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(n, ev)) for n in 'ab']
    __nbc_await(asyncio.sleep(1))
    print('setting', ev.is_set())
    ev.set()
    __nbc_await(asyncio.gather(*ts))
    print(ev.is_set())
    ev.clear()
    print(ev.is_set())
asyncio.run(main())
