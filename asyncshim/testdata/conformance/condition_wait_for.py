import asyncio
items = []

@__nbc_coroutine_at(5)
def consumer(cond, name):
    with __nbc_acm(cond):
        __nbc_await(cond.wait_for(lambda: len(items) > 0))
        print(name, 'got', items.pop(0))

@__nbc_coroutine_at(10)
def producer(cond):
    for i in range(3):
        __nbc_await(asyncio.sleep(0.1))
        with __nbc_acm(cond):
            items.append(i)
            cond.notify(1)
            print('produced', i)

@__nbc_coroutine_at(18)
def main():
    cond = asyncio.Condition()
    __nbc_await(asyncio.gather(consumer(cond, 'c1'), consumer(cond, 'c2'), consumer(cond, 'c3'), producer(cond)))
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)
asyncio.run(main())
