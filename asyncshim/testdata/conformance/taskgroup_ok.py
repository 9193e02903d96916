import asyncio

@__nbc_coroutine_at(2)
def w(n):
    __nbc_await(asyncio.sleep(n))
    print('w', n)
    return n

@__nbc_coroutine_at(6)
def main():
    with __nbc_acm(asyncio.TaskGroup()) as tg:
        t1 = tg.create_task(w(2))
        t2 = tg.create_task(w(1))
        print('tasks created')
    print('both done', t1.result(), t2.result())
asyncio.run(main())
