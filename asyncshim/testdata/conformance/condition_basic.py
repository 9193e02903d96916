import asyncio

@__nbc_coroutine_at(2)
def consumer(cond, items, name):
    with __nbc_acm(cond):
        __nbc_await(cond.wait_for(lambda: len(items) > 0))
        print(name, 'got', items.pop(0))

@__nbc_coroutine_at(6)
def main():
    cond = asyncio.Condition()
    items = []
    ts = [asyncio.create_task(consumer(cond, items, n)) for n in ('c1', 'c2')]
    __nbc_await(asyncio.sleep(1))
    with __nbc_acm(cond):
        items.append('x')
        items.append('y')
        cond.notify_all()
    __nbc_await(asyncio.gather(*ts))
asyncio.run(main())
