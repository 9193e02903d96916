import asyncio

@__nbc_coroutine_at(2)
def producer(q):
    for i in range(4):
        __nbc_await(q.put(i))
        print('put', i, q.qsize(), q.full())

@__nbc_coroutine_at(6)
def consumer(q):
    for _ in range(4):
        __nbc_await(asyncio.sleep(1))
        print('got', __nbc_await(q.get()))

@__nbc_coroutine_at(10)
def main():
    q = asyncio.Queue(maxsize=2)
    __nbc_await(asyncio.gather(producer(q), consumer(q)))
asyncio.run(main())
