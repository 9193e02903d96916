import asyncio

@__nbc_coroutine_at(3)
def waiter(ev, name):
    print(name, 'waiting', ev.is_set())
    r = __nbc_await(ev.wait())
    print(name, 'released', r)

@__nbc_coroutine_at(8)
def main():
    ev = asyncio.Event()
    print(ev)
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ('w1', 'w2', 'w3')]
    __nbc_await(asyncio.sleep(0.1))
    ev.set()
    print(ev)
    __nbc_await(asyncio.gather(*tasks))
    ev.clear()
    print(ev.is_set())
    try:
        __nbc_await(asyncio.wait_for(ev.wait(), 0.1))
    except TimeoutError:
        print('timed out waiting')
asyncio.run(main())
