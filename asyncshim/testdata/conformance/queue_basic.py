import asyncio

@__nbc_coroutine_at(2)
def producer(q):
    for i in range(3):
        __nbc_await(q.put(i))
        print('put', i)
    __nbc_await(q.put(None))

@__nbc_coroutine_at(7)
def consumer(q):
    while True:
        item = __nbc_await(q.get())
        if item is None:
            break
        print('got', item)
        __nbc_await(asyncio.sleep(1))

@__nbc_coroutine_at(14)
def main():
    q = asyncio.Queue()
    __nbc_await(asyncio.gather(producer(q), consumer(q)))
asyncio.run(main())
