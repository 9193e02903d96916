import asyncio

@__nbc_coroutine_at(2)
def producer(q, n):
    for i in range(n):
        __nbc_await(asyncio.sleep(0.3))
        __nbc_await(q.put(i))
        print('produced', i)

@__nbc_coroutine_at(7)
def consumer(q, n):
    for _ in range(n):
        i = __nbc_await(q.get())
        __nbc_await(asyncio.sleep(0.5))
        print('consumed', i)

@__nbc_coroutine_at(12)
def main():
    q = asyncio.Queue()
    __nbc_await(asyncio.gather(producer(q, 4), consumer(q, 4)))
asyncio.run(main())
