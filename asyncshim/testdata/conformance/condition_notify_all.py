import asyncio

@__nbc_coroutine_at(3)
def waiter(cond, name):
    with __nbc_acm(cond):
        print(name, 'waiting')
        r = __nbc_await(cond.wait())
        print(name, 'woke', r, cond.locked())

@__nbc_coroutine_at(9)
def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(cond, n)) for n in 'abc']
    __nbc_await(asyncio.sleep(0))
    with __nbc_acm(cond):
        cond.notify_all()
        print('notified', cond.locked())
    __nbc_await(asyncio.gather(*tasks))
    print(cond.locked())
asyncio.run(main())
